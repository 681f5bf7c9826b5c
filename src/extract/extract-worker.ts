// Worker-thread entry of the extract pool: runs extractArticle on each page the pool sends and posts the result.
import { parentPort } from "node:worker_threads";
import { z } from "zod";
import { extractArticle } from "./extract.js";

const JobMessage = z.object({
  id: z.number().int(),
  content: z.string(),
  options: z
    .object({ kind: z.enum(["html", "text"]).optional(), url: z.string().optional(), now: z.date().optional() })
    .default({}),
});

const port = parentPort;
if (port === null) throw new Error("extract-worker must run as a worker thread");

port.on("message", (message: unknown) => {
  const job = JobMessage.safeParse(message);
  if (!job.success) {
    port.postMessage({ id: -1, ok: false, error: `malformed job: ${job.error.message}` });
    return;
  }
  const { id, content, options } = job.data;
  try {
    port.postMessage({ id, ok: true, article: extractArticle(content, options) });
  } catch (error) {
    port.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
port.postMessage({ ready: true });
