// The fan-out: one outbox row per follower of the story, written in the transaction that stored the update.
import { createHash } from "node:crypto";
import type { Subscription } from "../model.js";
import type { OutboxEnqueue, StoreSession, UpdateRecord } from "../store/store.js";
import { parseStoryQuery, type QueryableArticle, queryMatcher } from "./story-query.js";

export interface FanOut {
  /** Outbox rows written (updates that may wait join the message that waits instead: digests, minimum gaps). */
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
    if (pacesMessages(subscription) && (await joinWaitingMessage(session, subscription, update))) fanOut.batched++;
    else entries.push(outboxEntry(subscription, update, await dueAt(session, subscription, update)));
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

/** A digest or a minimum gap lets updates wait for one message; with neither, each update is a message. */
function pacesMessages(subscription: Subscription): boolean {
  return subscription.digestSeconds > 0 || subscription.minGapSeconds > 0;
}

/** Adds the update to the story's message that waits for this subscriber, unless a worker is already sending it. */
async function joinWaitingMessage(session: StoreSession, subscription: Subscription, update: UpdateRecord) {
  const waiting = await session.outbox.openBatch(subscription.id, update.storyId);
  if (!waiting) return false;
  if (waiting.updateIds.includes(update.id)) return true;
  return session.outbox.addToBatch(waiting.id, update.id);
}

/**
 * A digest's first update opens a message due one interval later, for the updates until then to join. Otherwise the
 * message goes at once, unless the subscriber heard about this story less than the minimum gap ago.
 */
async function dueAt(session: StoreSession, subscription: Subscription, update: UpdateRecord): Promise<string> {
  const now = Date.parse(update.createdAt);
  if (subscription.digestSeconds > 0) return new Date(now + subscription.digestSeconds * 1000).toISOString();
  if (subscription.minGapSeconds === 0) return update.createdAt;
  const last = await session.outbox.lastMessageAt(subscription.id, update.storyId);
  if (last === null) return update.createdAt;
  return new Date(Math.max(now, Date.parse(last) + subscription.minGapSeconds * 1000)).toISOString();
}

function outboxEntry(subscription: Subscription, update: UpdateRecord, due: string): OutboxEnqueue {
  return {
    deliveryId: deliveryIdFor(subscription.id, update.id),
    subscriptionId: subscription.id,
    storyId: update.storyId,
    updateIds: [update.id],
    nextAttemptAt: due,
    createdAt: update.createdAt,
  };
}
