// The fan-out: one outbox row per follower of the story, written in the transaction that stored the update.
import { createHash } from "node:crypto";
import type { Subscription } from "../model.js";
import type { OutboxEnqueue, StoreSession, UpdateRecord } from "../store/store.js";
import { parseStoryQuery, type QueryableArticle, queryMatcher } from "./story-query.js";

export interface FanOut {
  /** Outbox rows written (a digest's later updates join an open row instead). */
  enqueued: number;
  batched: number;
  /** Query subscriptions that caught this story now. */
  caught: number;
}

export async function enqueueDeliveries(
  session: StoreSession,
  update: UpdateRecord,
  article: QueryableArticle,
): Promise<FanOut> {
  const caught = await catchByQueries(session, update, article);
  const fanOut: FanOut = { enqueued: 0, batched: 0, caught };
  if (!update.notable) return fanOut;
  const entries: OutboxEnqueue[] = [];
  for (const subscription of await session.subscriptions.followersOf([update.storyId])) {
    // Feed subscribers read their Atom feed; there is nothing to push.
    if (subscription.channel.kind === "feed") continue;
    if (subscription.digestSeconds > 0 && (await addToDigest(session, subscription, update))) fanOut.batched++;
    else entries.push(outboxEntry(subscription, update));
  }
  fanOut.enqueued = await session.outbox.enqueue(entries);
  return fanOut;
}

/** The idempotency key of one update to one subscription: enqueueing it twice finds the row already there. */
export function deliveryIdFor(subscriptionId: string, updateId: string): string {
  return `msg_${createHash("sha256").update(`${subscriptionId}\n${updateId}`).digest("base64url").slice(0, 27)}`;
}

/** A query follows every story it has matched, so later articles of that story reach the follower too. */
async function catchByQueries(session: StoreSession, update: UpdateRecord, article: QueryableArticle): Promise<number> {
  const queries = await session.subscriptions.activeQueries();
  if (queries.length === 0) return 0;
  const matches = queryMatcher(article);
  let caught = 0;
  for (const subscription of queries) {
    if (subscription.follows.kind !== "query" || !matches(parseStoryQuery(subscription.follows.query))) continue;
    await session.subscriptions.follow(subscription.id, update.storyId, update.createdAt);
    caught++;
  }
  return caught;
}

async function addToDigest(session: StoreSession, subscription: Subscription, update: UpdateRecord): Promise<boolean> {
  const open = await session.outbox.openBatch(subscription.id, update.storyId);
  if (!open) return false;
  if (!open.updateIds.includes(update.id)) await session.outbox.addToBatch(open.id, update.id);
  return true;
}

/** A digest's first update opens a row due one interval later; the updates until then join it. */
function outboxEntry(subscription: Subscription, update: UpdateRecord): OutboxEnqueue {
  const due = new Date(Date.parse(update.createdAt) + subscription.digestSeconds * 1000).toISOString();
  return {
    deliveryId: deliveryIdFor(subscription.id, update.id),
    subscriptionId: subscription.id,
    storyId: update.storyId,
    updateIds: [update.id],
    nextAttemptAt: due,
    createdAt: update.createdAt,
  };
}
