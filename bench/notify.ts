// `npm run bench:notify [-- --subscribers N --concurrency 32,128 --workers 1,2 --postgres URL]`: fan-out of one update
// to N webhook subscribers (default 10,000) on a loopback receiver, drained by one or more delivery workers (each with
// its own connection), on SQLite or on PostgreSQL (a scratch database made on the server URL names); prints the
// outbox write, delivery time and time-to-notify percentiles.

import { fork, type Serializable } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { ingestDocuments, type JoinedHook } from "../src/ingest/ingest-documents.js";
import { StoryLedger } from "../src/ingest/story-ledger.js";
import { DeliveryWorker } from "../src/notify/delivery-worker.js";
import { recordUpdateAndEnqueue } from "../src/notify/follow-hook.js";
import { DEFAULT_MIN_GAP_SECONDS, newWebhookSecret } from "../src/notify/follow-request.js";
import { notificationLinks } from "../src/notify/notification-links.js";
import { WebhookChannel } from "../src/notify/webhook-channel.js";
import { PostgresStore } from "../src/store/postgres/pg-store.js";
import { SqliteStore } from "../src/store/sqlite/sqlite-store.js";
import type { Store } from "../src/store/store.js";
import { createPostgresDatabase } from "../test/support/postgres-scratch.js";
import type { ReceiverReport } from "./notify-receiver.js";
import { parseScriptOptions } from "./script-options.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SEED_000 = path.resolve(repoRoot, "../shared/seeds/000_7b13ad20f772f1d8.txt");
const SEED_001 = path.resolve(repoRoot, "../shared/seeds/001_1d9d58bbc744f926.txt");

const positiveList = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((text) => text.split(",").map((part) => z.coerce.number().int().positive().parse(part)));

const argsSchema = z.object({
  subscribers: z.coerce.number().int().positive().default(10_000),
  concurrency: positiveList("32,128"),
  workers: positiveList("1"),
  /** A PostgreSQL server (admin URL) to run on instead of a SQLite file. */
  postgres: z.string().startsWith("postgres").optional(),
});

/** Where the bench stores things: a SQLite file or a scratch PostgreSQL database; `open` gives a new connection. */
interface BenchDatabase {
  name: string;
  open(): Promise<Store>;
  drop(): Promise<void>;
}

async function benchDatabase(postgres: string | undefined): Promise<BenchDatabase> {
  if (postgres !== undefined) {
    const scratch = await createPostgresDatabase(postgres);
    return { name: "PostgreSQL", open: () => PostgresStore.open(scratch.url), drop: scratch.drop };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "storyline-bench-notify-"));
  return {
    name: "SQLite file",
    open: async () => SqliteStore.open(path.join(dir, "storyline.db")),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The receiver runs in a child process, so the sender's event loop is not also the receiver's. */
interface Receiver {
  url: string;
  send(message: unknown, expect: string): Promise<Record<string, unknown>>;
}

async function startReceiver(): Promise<Receiver> {
  const child = fork(path.join(repoRoot, "bench/notify-receiver.ts"), [], { execArgv: ["--import", "tsx"] });
  const next = (kind: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const onMessage = (message: Record<string, unknown>) => {
        if (message.kind !== kind) return;
        child.off("message", onMessage);
        resolve(message);
      };
      child.on("message", onMessage);
      child.once("exit", (code) => reject(new Error(`the receiver exited (${code}) before "${kind}"`)));
    });
  const { port } = z.object({ port: z.number() }).parse(await next("listening"));
  return {
    url: `http://127.0.0.1:${port}`,
    send: (message, expect) => {
      const answer = next(expect);
      child.send(message as Serializable);
      return answer;
    },
  };
}

const reportSchema = z.object({
  arrivals: z.array(z.number()),
  distinctIds: z.number(),
  verified: z.number(),
  badSignatures: z.number(),
}) satisfies z.ZodType<ReceiverReport>;

/** How long the follow hook (update + outbox rows, inside the article's transaction) took on the last article. */
let hookMs = 0;

async function ingest(store: Store, ledger: StoryLedger, file: string): Promise<string> {
  const onJoined: JoinedHook = async (session, joined) => {
    const started = performance.now();
    await recordUpdateAndEnqueue(session, joined);
    hookMs = performance.now() - started;
  };
  for await (const outcome of ingestDocuments([{ kind: "file", path: file }], { store, ledger, onJoined })) {
    if (outcome.status !== "added") throw new Error(`seed ${file} was not added: ${JSON.stringify(outcome)}`);
    return outcome.storyId;
  }
  throw new Error(`seed ${file} gave no outcome`);
}

interface Row {
  subscribers: number;
  concurrency: number;
  workers: number;
  ingestMs: number;
  fanOutMs: number;
  deliverMs: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  delivered: number;
  unique: number;
  verified: number;
  badSignatures: number;
}

async function runOnce(
  database: BenchDatabase,
  subscribers: number,
  concurrency: number,
  workers: number,
): Promise<Row> {
  const store = await database.open();
  const workerStores = await Promise.all(Array.from({ length: workers }, () => database.open()));
  const secrets: Record<string, string> = {};
  const receiver = await startReceiver();
  try {
    const ledger = new StoryLedger();
    const storyId = await ingest(store, ledger, SEED_000);
    const createdAt = new Date().toISOString();
    await store.transaction(async (session) => {
      for (let index = 0; index < subscribers; index++) {
        const id = `sub_bench_${index}`;
        const secret = newWebhookSecret();
        secrets[id] = secret;
        await session.subscriptions.insert({
          id,
          target: storyId,
          follows: { kind: "story", storyId },
          channel: { kind: "webhook", url: `${receiver.url}/hook/${id}`, secret },
          digestSeconds: 0,
          // The default pace: the fan-out looks up each follower's latest message about the story.
          minGapSeconds: DEFAULT_MIN_GAP_SECONDS,
          unsubscribeToken: randomBytes(24).toString("base64url"),
          status: "active",
          createdAt,
        });
      }
    });

    await receiver.send({ kind: "secrets", secrets }, "ready");

    // The update and its outbox rows: one transaction with the article.
    const enqueueStart = performance.now();
    await ingest(store, ledger, SEED_001);
    const committed = performance.now();
    const committedAt = performance.timeOrigin + committed;

    // Each worker has its own connection, as separate worker processes would.
    const drained = await Promise.all(
      workerStores.map((workerStore) =>
        new DeliveryWorker({
          store: workerStore,
          channels: { webhook: new WebhookChannel() },
          links: notificationLinks("http://127.0.0.1:8080"),
          concurrency,
          batchSize: 500,
        }).drain(),
      ),
    );
    const done = performance.now();
    const tally = { delivered: drained.reduce((sum, { tally: part }) => sum + part.delivered, 0) };
    const report = reportSchema.parse((await receiver.send({ kind: "report" }, "report")).report);
    const latencies = report.arrivals.map((at) => at - committedAt).sort((a, b) => a - b);
    const percentile = (p: number) =>
      Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0);
    return {
      subscribers,
      concurrency,
      workers,
      ingestMs: Math.round(committed - enqueueStart),
      fanOutMs: Math.round(hookMs),
      deliverMs: Math.round(done - committed),
      perSecond: Math.round(tally.delivered / ((done - committed) / 1000)),
      p50: percentile(50),
      p95: percentile(95),
      p99: percentile(99),
      delivered: tally.delivered,
      unique: report.distinctIds,
      verified: report.verified,
      badSignatures: report.badSignatures,
    };
  } finally {
    await Promise.all([store, ...workerStores].map((open) => open.close()));
  }
}

async function main(): Promise<void> {
  const args = parseScriptOptions(argsSchema, process.argv.slice(2));
  if (args.postgres === undefined && args.workers.some((workers) => workers > 1)) {
    // better-sqlite3 is synchronous: a second connection in this process waiting for the write lock would block the
    // thread that holds it. Several SQLite workers must be separate processes; this bench runs them in one.
    throw new Error("--workers above 1 needs --postgres: SQLite workers in one process would wait on each other");
  }
  const rows: Row[] = [];
  let storeName = "";
  for (const workers of args.workers) {
    for (const concurrency of args.concurrency) {
      // A fresh database for every run, so no run drains what another left.
      const database = await benchDatabase(args.postgres);
      storeName = database.name;
      try {
        rows.push(await runOnce(database, args.subscribers, concurrency, workers));
      } finally {
        await database.drop();
      }
    }
  }
  console.log(
    `Fan-out of one update (seed 001 joining seed 000's story) to webhook subscribers on a loopback receiver`,
  );
  console.log(
    `${storeName} store; the receiver, in its own process, checks a sample of signatures; ${cpus().length} cores, node ${process.version}\n`,
  );
  console.log(
    "| subscribers | workers × concurrency | update + outbox rows | whole ingest | delivery | deliveries/s | time to notify p50 / p95 / p99 | delivered | distinct webhook-ids | signatures checked / bad |",
  );
  console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const row of rows) {
    console.log(
      `| ${row.subscribers.toLocaleString("en")} | ${row.workers} × ${row.concurrency} | ${row.fanOutMs} ms | ${row.ingestMs} ms | ${row.deliverMs} ms | ${row.perSecond.toLocaleString("en")} | ${row.p50} / ${row.p95} / ${row.p99} ms | ${row.delivered.toLocaleString("en")} | ${row.unique.toLocaleString("en")} | ${row.verified} / ${row.badSignatures} |`,
    );
  }
}

await main();
