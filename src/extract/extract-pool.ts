// Runs extractArticle on worker threads, one page per worker at a time, so extraction uses every core; a page
// that overruns its time budget gets an error and its worker is replaced.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { z } from "zod";
import type { ExtractedArticle } from "../model.js";
import type { ExtractOptions } from "./extract.js";

export interface ExtractPoolOptions {
  /** Worker threads; default: the number of cores. */
  size?: number;
  /** Milliseconds one page may take in a worker before the worker is terminated; default 10 s. */
  timeBudgetMs?: number;
}

export interface ExtractJob {
  content: string;
  options?: ExtractOptions;
}

/** One page's result in `extractAll`: the article, or why there is none. */
export type ExtractOutcome = { ok: true; article: ExtractedArticle } | { ok: false; error: string };

/** The page took longer than its budget; the worker that ran it was replaced. */
export class ExtractTimeoutError extends Error {
  constructor(budgetMs: number) {
    super(`extraction took longer than its ${budgetMs} ms budget; the worker was stopped and replaced`);
    this.name = "ExtractTimeoutError";
  }
}

const DEFAULT_TIME_BUDGET_MS = 10_000;
/** Workers that die before they are ready this many times in a row mean a broken install: stop restarting. */
const MAX_FAILED_STARTS = 3;

const Reply = z.union([
  z.object({ ready: z.literal(true) }),
  z.object({
    id: z.number(),
    ok: z.literal(true),
    article: z.custom<ExtractedArticle>((value) => typeof value === "object"),
  }),
  z.object({ id: z.number(), ok: z.literal(false), error: z.string() }),
]);

interface PendingJob {
  id: number;
  job: ExtractJob;
  budgetMs: number;
  resolve: (article: ExtractedArticle) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  running: PendingJob | null;
  timer: NodeJS.Timeout | null;
}

/**
 * A worker running the entry beside this module: the compiled JavaScript under dist/, or the TypeScript source
 * under tsx or vitest, where a small bootstrap registers tsx's loader first (Node 20 does not apply loader hooks
 * given in a worker's execArgv to the worker's own entry).
 */
function spawnWorker(): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./extract-worker.js", import.meta.url));
  const entry = new URL("./extract-worker.ts", import.meta.url).href;
  const tsx = typeof import.meta.resolve === "function" ? import.meta.resolve("tsx/esm/api") : "tsx/esm/api";
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true });
}

export class ExtractPool {
  readonly size: number;
  private readonly timeBudgetMs: number;
  private readonly slots: Slot[] = [];
  private readonly queue: PendingJob[] = [];
  private nextId = 0;
  private closed = false;
  private failedStarts = 0;

  constructor(options: ExtractPoolOptions = {}) {
    this.size = Math.max(1, options.size ?? availableParallelism());
    this.timeBudgetMs = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
    for (let i = 0; i < this.size; i++) this.slots.push(this.startWorker());
  }

  /** Extract one page; rejects with ExtractTimeoutError past the budget, or with the worker's error. */
  extract(content: string, options: ExtractOptions = {}, budgetMs = this.timeBudgetMs): Promise<ExtractedArticle> {
    if (this.closed) return Promise.reject(new Error("extract pool is closed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job: { content, options }, budgetMs, resolve, reject });
      this.dispatch();
    });
  }

  /** Extract many pages; outcomes come back in submission order, failures included. */
  extractAll(jobs: readonly ExtractJob[]): Promise<ExtractOutcome[]> {
    return Promise.all(
      jobs.map((job) =>
        this.extract(job.content, job.options).then(
          (article): ExtractOutcome => ({ ok: true, article }),
          (error: unknown): ExtractOutcome => ({
            ok: false,
            error: error instanceof Error ? error.message : String(error),
          }),
        ),
      ),
    );
  }

  /** Stop every worker; queued and running pages are rejected. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const stopped = new Error("extract pool is closed");
    for (const pending of this.queue.splice(0)) pending.reject(stopped);
    await Promise.all(
      this.slots.map((slot) => {
        if (slot.timer) clearTimeout(slot.timer);
        slot.running?.reject(stopped);
        slot.running = null;
        return slot.worker.terminate();
      }),
    );
  }

  private startWorker(): Slot {
    const worker = spawnWorker();
    const slot: Slot = { worker, ready: false, running: null, timer: null };
    worker.on("message", (message: unknown) => this.onMessage(slot, message));
    worker.on("error", (error) => this.onFailure(slot, error));
    worker.on("exit", (code) => {
      if (!this.closed && this.slots.includes(slot)) this.onFailure(slot, new Error(`extract worker exited (${code})`));
    });
    return slot;
  }

  private onMessage(slot: Slot, message: unknown): void {
    const reply = Reply.safeParse(message);
    if (!reply.success) return;
    const data = reply.data;
    if ("ready" in data) {
      slot.ready = true;
      this.failedStarts = 0;
      this.dispatch();
      return;
    }
    const pending = slot.running;
    if (pending === null || pending.id !== data.id) return;
    this.finish(slot);
    if (data.ok) pending.resolve(data.article);
    else pending.reject(new Error(data.error));
    this.dispatch();
  }

  /** A worker that crashed or was stopped: fail its page, put a fresh worker in its place. */
  private onFailure(slot: Slot, error: Error): void {
    const pending = slot.running;
    this.finish(slot);
    if (!slot.ready && ++this.failedStarts >= MAX_FAILED_STARTS) {
      pending?.reject(error);
      for (const queued of this.queue.splice(0)) queued.reject(error);
      void this.close();
      return;
    }
    this.replace(slot);
    pending?.reject(error);
    this.dispatch();
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.running = null;
  }

  private replace(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    this.slots.splice(index, 1);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    if (!this.closed) this.slots.push(this.startWorker());
  }

  private dispatch(): void {
    if (this.closed) return;
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.running !== null) continue;
      const pending = this.queue.shift()!;
      slot.running = pending;
      // The budget starts when a ready worker gets the page, so start-up time never counts against it.
      slot.timer = setTimeout(() => this.onFailure(slot, new ExtractTimeoutError(pending.budgetMs)), pending.budgetMs);
      slot.worker.postMessage({ id: pending.id, content: pending.job.content, options: pending.job.options ?? {} });
    }
  }
}
