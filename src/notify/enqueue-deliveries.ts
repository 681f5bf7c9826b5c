// The fan-out: one outbox row per follower of the story, written in the transaction that stored the update.
import { createHash } from "node:crypto";
import type { Subscription } from "../model.js";
import type { OutboxEnqueue, OutboxEntry, StoreSession, UpdateRecord } from "../store/store.js";
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
  // Feed subscribers read their Atom feed; there is nothing to push.
  const followers = (await session.subscriptions.followersOf([update.storyId])).filter(
    (subscription) => subscription.channel.kind !== "feed",
  );
  const paced = followers.filter(pacesMessages);
  const latest = await session.outbox.latestMessages(
    update.storyId,
    paced.map((subscription) => subscription.id),
  );
  const carries = (message: OutboxEntry | undefined) => message?.updateIds.includes(update.id) ?? false;
  const waiting = paced.flatMap((subscription) => {
    const message = latest.get(subscription.id);
    return message && isUntried(message) && !carries(message) ? [message.id] : [];
  });
  const joined = new Set(await session.outbox.addToWaiting(waiting, update.id));
  const entries: OutboxEnqueue[] = [];
  for (const subscription of followers) {
    const message = latest.get(subscription.id);
    if (message && (joined.has(message.id) || carries(message))) fanOut.batched++;
    else entries.push(outboxEntry(subscription, update, dueAt(subscription, update, message ?? null)));
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

/** A message no worker has taken yet still takes updates. */
function isUntried(message: OutboxEntry): boolean {
  return message.status === "pending" && message.attempts === 0 && message.lockedUntil === null;
}

/**
 * A digest's first update opens a message due one interval later, for the updates until then to join. Otherwise the
 * message goes at once, unless the subscriber's latest message about this story went out (or is due) less than the
 * minimum gap ago.
 */
function dueAt(subscription: Subscription, update: UpdateRecord, latest: OutboxEntry | null): string {
  const now = Date.parse(update.createdAt);
  if (subscription.digestSeconds > 0) return new Date(now + subscription.digestSeconds * 1000).toISOString();
  if (subscription.minGapSeconds === 0 || latest === null) return update.createdAt;
  const last = Date.parse(latest.finishedAt ?? latest.nextAttemptAt);
  return new Date(Math.max(now, last + subscription.minGapSeconds * 1000)).toISOString();
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
