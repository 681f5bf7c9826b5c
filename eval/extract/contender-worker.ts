// Worker thread that runs one extractor for the extraction eval, in its own heap: jsdom keeps memory that would
// otherwise slow down whatever runs after it in the same isolate.
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parentPort } from "node:worker_threads";
import { z } from "zod";
import { extractArticle } from "../../src/extract/extract.js";
import type { ExtractorOutput } from "./page-scores.js";
import { extractWithReadability } from "./readability-baseline.js";

const Message = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("init"),
    extractor: z.enum(["storyline", "readability"]),
    pages: z.array(z.object({ html: z.string(), url: z.string().optional() })),
  }),
  z.object({ type: z.literal("turn"), start: z.number().int(), end: z.number().int() }),
]);

type Extract = (html: string, url: string | undefined) => ExtractorOutput;

const extractors: Record<"storyline" | "readability", Extract> = {
  storyline: (html, url) => {
    const article = extractArticle(html, { kind: "html", url });
    return {
      text: article.text,
      title: article.title,
      author: article.author,
      published: article.published,
      confidence: article.confidence,
    };
  },
  readability: extractWithReadability,
};

setFlagsFromString("--expose-gc");
const gc: unknown = runInNewContext("gc");
const collectGarbage = typeof gc === "function" ? () => gc() : () => undefined;

const port = parentPort;
if (port === null) throw new Error("contender-worker must run as a worker thread");

let extract: Extract | null = null;
let pages: { html: string; url?: string | undefined }[] = [];

port.on("message", (raw: unknown) => {
  const message = Message.parse(raw);
  if (message.type === "init") {
    extract = extractors[message.extractor];
    pages = message.pages;
    port.postMessage({ type: "ready" });
    return;
  }
  if (extract === null) throw new Error("turn before init");
  collectGarbage();
  const baseline = getHeapStatistics().used_heap_size;
  let peak = 0;
  let seconds = 0;
  const outputs: ExtractorOutput[] = [];
  for (const page of pages.slice(message.start, message.end)) {
    const started = performance.now();
    outputs.push(extract(page.html, page.url));
    seconds += (performance.now() - started) / 1000;
    peak = Math.max(peak, getHeapStatistics().used_heap_size - baseline);
  }
  port.postMessage({ type: "turn", outputs, seconds, peakHeapBytes: peak });
});
