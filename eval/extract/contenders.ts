// Runs each extractor of the eval in its own worker thread (own heap) and lets them take turns on the same pages,
// so that both meet the same load on a shared machine and neither pays for the other's memory.
import { Worker } from "node:worker_threads";
import { z } from "zod";
import type { ExtractorOutput } from "./page-scores.js";
import type { WcxbPage } from "./wcxb-pages.js";

export type ExtractorName = "storyline" | "readability";

export interface ContenderRun {
  extractor: ExtractorName;
  outputs: ExtractorOutput[];
  /** Time spent in extraction calls only. */
  seconds: number;
  /** Largest heap growth over the heap after a forced collection, across turns. */
  peakHeapBytes: number;
}

/** Pages per turn. */
export const TURN_PAGES = 50;

const Output = z.object({
  text: z.string(),
  title: z.string().nullable(),
  author: z.string().nullable(),
  published: z.string().nullable(),
  confidence: z.number().optional(),
});
const Reply = z.discriminatedUnion("type", [
  z.object({ type: z.literal("ready") }),
  z.object({ type: z.literal("turn"), outputs: z.array(Output), seconds: z.number(), peakHeapBytes: z.number() }),
]);
type Reply = z.infer<typeof Reply>;

/** The worker entry: TypeScript under tsx, where a bootstrap registers tsx's loader in the worker first. */
function spawnContender(): Worker {
  const entry = new URL(
    import.meta.url.endsWith(".ts") ? "./contender-worker.ts" : "./contender-worker.js",
    import.meta.url,
  );
  if (!import.meta.url.endsWith(".ts")) return new Worker(entry);
  const tsx = import.meta.resolve("tsx/esm/api");
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true });
}

function nextReply(worker: Worker): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      cleanup();
      resolve(Reply.parse(message));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const cleanup = () => {
      worker.off("message", onMessage);
      worker.off("error", onError);
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
  });
}

export async function runContenders(
  extractors: readonly ExtractorName[],
  pages: readonly WcxbPage[],
): Promise<ContenderRun[]> {
  const workers = extractors.map(() => spawnContender());
  try {
    await Promise.all(
      workers.map((worker, i) => {
        const ready = nextReply(worker);
        worker.postMessage({
          type: "init",
          extractor: extractors[i],
          pages: pages.map(({ html, url }) => ({ html, url })),
        });
        return ready;
      }),
    );
    const runs: ContenderRun[] = extractors.map((extractor) => ({
      extractor,
      outputs: [],
      seconds: 0,
      peakHeapBytes: 0,
    }));
    for (let start = 0; start < pages.length; start += TURN_PAGES) {
      for (const [i, worker] of workers.entries()) {
        const reply = nextReply(worker);
        worker.postMessage({ type: "turn", start, end: start + TURN_PAGES });
        const turn = await reply;
        if (turn.type !== "turn") throw new Error(`unexpected reply from the ${extractors[i]} worker`);
        const run = runs[i]!;
        run.outputs.push(...turn.outputs);
        run.seconds += turn.seconds;
        run.peakHeapBytes = Math.max(run.peakHeapBytes, turn.peakHeapBytes);
      }
    }
    return runs;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
