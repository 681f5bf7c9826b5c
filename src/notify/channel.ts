// One interface for every channel that pushes to a follower: the delivery worker knows nothing of webhooks, mail or
// push, only what a channel answers.
import type { Subscription, SubscriptionChannel } from "../model.js";
import type { UpdateRecord } from "../store/store.js";

export interface DeliveredArticle {
  id: string;
  title: string;
  url: string | null;
  outlet: string | null;
  author: string | null;
  published: string | null;
}

export interface DeliveredUpdate {
  update: UpdateRecord;
  article: DeliveredArticle;
}

/** One message to one subscription: a single update, or a digest of several of one story. */
export interface Delivery {
  /** The idempotency key: the same on every attempt, so a receiver can drop repeats. */
  id: string;
  /** 1 for the first try. */
  attempt: number;
  subscription: Subscription;
  story: { id: string; headline: string; url: string };
  /** Oldest first. */
  updates: DeliveredUpdate[];
  links: { unsubscribe: string; feed: string };
}

export type DeliveryResult =
  | { outcome: "delivered" }
  /** Worth trying again later: the receiver is down, slow or busy. */
  | { outcome: "retry"; error: string; retryAfterMs?: number }
  /** Trying again would fail the same way (a bad address, a rejected request): dead-letter it now. */
  | { outcome: "failed"; error: string }
  /** The receiver says the subscription no longer exists (HTTP 410, 404 from a push service): stop sending. */
  | { outcome: "gone"; error: string };

export interface Channel {
  readonly kind: SubscriptionChannel["kind"];
  send(delivery: Delivery): Promise<DeliveryResult>;
}

/** The channels a worker can use, by kind; a kind without one is retried until it is configured or dead-lettered. */
export type ChannelSet = Partial<Record<SubscriptionChannel["kind"], Channel>>;
