// The webhook receiver of bench:notify, in its own process as a real one would be: counts and times every POST and
// checks the signature of every so many, then reports to the parent over IPC.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";
import { verifyWebhook } from "../src/notify/webhook-signature.js";

const VERIFY_EVERY = 50;

const messageSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("secrets"), secrets: z.record(z.string(), z.string()) }),
  z.object({ kind: z.literal("report") }),
]);

export interface ReceiverReport {
  /** Arrival times, ms since the epoch with sub-ms precision, comparable across processes. */
  arrivals: number[];
  distinctIds: number;
  verified: number;
  badSignatures: number;
}

let secrets: Record<string, string> = {};
const arrivals: number[] = [];
const ids = new Set<string>();
let verified = 0;
let badSignatures = 0;

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    arrivals.push(performance.timeOrigin + performance.now());
    const id = String(request.headers["webhook-id"]);
    ids.add(id);
    if (arrivals.length % VERIFY_EVERY === 0) {
      const subscriber = request.url?.split("/").at(-1) ?? "";
      const headers = {
        id,
        timestamp: String(request.headers["webhook-timestamp"]),
        signature: String(request.headers["webhook-signature"]),
      };
      verified++;
      if (!verifyWebhook(secrets[subscriber] ?? "", headers, Buffer.concat(chunks).toString("utf8"))) badSignatures++;
    }
    response.writeHead(204).end();
  });
});
server.keepAliveTimeout = 30_000;

process.on("message", (raw) => {
  const message = messageSchema.parse(raw);
  if (message.kind === "secrets") {
    secrets = message.secrets;
    process.send?.({ kind: "ready" });
    return;
  }
  const report: ReceiverReport = { arrivals, distinctIds: ids.size, verified, badSignatures };
  process.send?.({ kind: "report", report }, () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
});

server.listen(0, "127.0.0.1", () =>
  process.send?.({ kind: "listening", port: (server.address() as AddressInfo).port }),
);
