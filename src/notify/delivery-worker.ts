// The delivery worker: leases due outbox rows, sends them through their channel, and records what happened —
// delivered, retried later with backoff, dead-lettered, or the subscription switched off because it is gone.
import { randomBytes } from "node:crypto";
import type { OutboxEntry, Store } from "../store/store.js";
import type { ChannelSet, Delivery, DeliveryResult } from "./channel.js";
import { DeliveryLoader } from "./load-delivery.js";
import type { NotificationLinks } from "./notification-links.js";
import { DEFAULT_RETRY_POLICY, type RetryPolicy, retryDelayMs } from "./retry-backoff.js";

export interface DeliveryWorkerOptions {
  store: Store;
  channels: ChannelSet;
  links: NotificationLinks;
  now?: () => Date;
  random?: () => number;
  workerId?: string;
  /** Rows leased per round. */
  batchSize?: number;
  /** Messages in flight at once. */
  concurrency?: number;
  /** How long a lease lasts: a worker that dies mid-round leaves its rows to others after this. */
  leaseMs?: number;
  retry?: RetryPolicy;
  /** Told of every row that did not go out, for the command line to print. */
  onProblem?: (entry: OutboxEntry, result: Exclude<DeliveryResult, { outcome: "delivered" }>, state: string) => void;
}

export interface DeliveryTally {
  claimed: number;
  delivered: number;
  retrying: number;
  dead: number;
  /** Rows whose subscription was switched off meanwhile. */
  cancelled: number;
}

const EMPTY_TALLY: DeliveryTally = { claimed: 0, delivered: 0, retrying: 0, dead: 0, cancelled: 0 };

type Outcome = {
  entry: OutboxEntry;
  result: DeliveryResult | { outcome: "cancelled"; error: string };
  /** The subscription's minimum gap between two messages about one story, in seconds (0 when unknown). */
  minGapSeconds: number;
};

export class DeliveryWorker {
  readonly workerId: string;
  private readonly now: () => Date;
  private running: Promise<void> | null = null;
  private stopping = false;
  private wake: (() => void) | null = null;

  constructor(private readonly options: DeliveryWorkerOptions) {
    this.workerId = options.workerId ?? `worker-${process.pid}-${randomBytes(4).toString("hex")}`;
    this.now = options.now ?? (() => new Date());
  }

  /** One round: lease what is due, send it, record the results. */
  async runOnce(): Promise<DeliveryTally> {
    const { store } = this.options;
    const started = this.now();
    const claimed = await store.transaction((session) =>
      session.outbox.claimDue({
        now: started.toISOString(),
        leaseUntil: new Date(started.getTime() + (this.options.leaseMs ?? 120_000)).toISOString(),
        workerId: this.workerId,
        limit: this.options.batchSize ?? 200,
      }),
    );
    if (claimed.length === 0) return { ...EMPTY_TALLY };
    const loader = new DeliveryLoader(store, this.options.links);
    const outcomes = await mapConcurrently(claimed, this.options.concurrency ?? 32, async (entry): Promise<Outcome> => {
      const loaded = await loader.load(entry);
      if (!loaded.ok) return { entry, result: { outcome: "cancelled", error: loaded.reason }, minGapSeconds: 0 };
      const { subscription } = loaded.delivery;
      return { entry, result: await this.send(loaded.delivery), minGapSeconds: subscription.minGapSeconds };
    });
    return this.record(outcomes);
  }

  /** Rounds until nothing is due; rows waiting for a later retry are left and their time reported. */
  async drain(): Promise<{ tally: DeliveryTally; nextDueAt: string | null }> {
    const tally = { ...EMPTY_TALLY };
    for (;;) {
      const round = await this.runOnce();
      for (const key of Object.keys(tally) as (keyof DeliveryTally)[]) tally[key] += round[key];
      if (round.claimed === 0) break;
    }
    return { tally, nextDueAt: await this.options.store.outbox.nextDueAt() };
  }

  /** Runs rounds until `stop()`: at once while there is work, then every `pollMs`. */
  start(pollMs = 1000): void {
    if (this.running) return;
    this.stopping = false;
    this.running = (async () => {
      while (!this.stopping) {
        let busy = false;
        try {
          busy = (await this.runOnce()).claimed > 0;
        } catch (error) {
          process.stderr.write(`storyline deliver: ${(error as Error).message}\n`);
        }
        if (!busy && !this.stopping)
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, pollMs);
            this.wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
      }
    })();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.running;
    this.running = null;
  }

  private async send(delivery: Delivery): Promise<DeliveryResult> {
    const kind = delivery.subscription.channel.kind;
    const channel = this.options.channels[kind];
    if (!channel) return { outcome: "retry", error: `no ${kind} channel is configured` };
    try {
      return await channel.send(delivery);
    } catch (error) {
      return { outcome: "retry", error: `the ${kind} channel failed: ${(error as Error).message}` };
    }
  }

  private async record(outcomes: Outcome[]): Promise<DeliveryTally> {
    const tally: DeliveryTally = { ...EMPTY_TALLY, claimed: outcomes.length };
    const policy = this.options.retry ?? DEFAULT_RETRY_POLICY;
    const at = this.now();
    const stamp = at.toISOString();
    await this.options.store.transaction(async (session) => {
      const delivered = outcomes.filter(({ result }) => result.outcome === "delivered").map(({ entry }) => entry.id);
      tally.delivered = await session.outbox.markDelivered(delivered, this.workerId, stamp);
      // What waits behind a message just sent (a retried one may have gone out late) keeps the follower's gap.
      await session.outbox.holdWaiting(
        outcomes.flatMap(({ entry, result, minGapSeconds }) =>
          result.outcome === "delivered" && minGapSeconds > 0
            ? [
                {
                  subscriptionId: entry.subscriptionId,
                  storyId: entry.storyId,
                  notBefore: new Date(at.getTime() + minGapSeconds * 1000).toISOString(),
                },
              ]
            : [],
        ),
      );
      for (const { entry, result } of outcomes) {
        switch (result.outcome) {
          case "delivered":
            break;
          case "cancelled":
            tally.cancelled +=
              (await session.outbox.cancelPending(entry.subscriptionId, stamp, result.error)) > 0 ? 1 : 0;
            break;
          case "gone":
            await session.subscriptions.setStatus(entry.subscriptionId, "gone", stamp);
            await session.outbox.markDead(entry.id, this.workerId, stamp, result.error);
            await session.outbox.cancelPending(entry.subscriptionId, stamp, `the receiver is gone: ${result.error}`);
            tally.dead++;
            this.options.onProblem?.(entry, result, "dead letter; subscription switched off");
            break;
          case "failed":
            await session.outbox.markDead(entry.id, this.workerId, stamp, result.error);
            tally.dead++;
            this.options.onProblem?.(entry, result, "dead letter");
            break;
          case "retry": {
            if (entry.attempts >= policy.maxAttempts) {
              const error = `${result.error} (gave up after ${entry.attempts} attempts)`;
              await session.outbox.markDead(entry.id, this.workerId, stamp, error);
              tally.dead++;
              this.options.onProblem?.(entry, { ...result, error }, "dead letter");
              break;
            }
            const delay = Math.max(retryDelayMs(entry.attempts, policy, this.options.random), result.retryAfterMs ?? 0);
            const next = new Date(at.getTime() + delay).toISOString();
            await session.outbox.reschedule(entry.id, this.workerId, next, result.error);
            tally.retrying++;
            this.options.onProblem?.(entry, result, `retry at ${next}`);
            break;
          }
        }
      }
    });
    return tally;
  }
}

/** Like Promise.all over `items`, with at most `limit` calls running. */
async function mapConcurrently<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
