// Creating a subscription: the request as the CLI and the HTTP API accept it, checked, and stored with fresh secrets.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { httpUrlSchema as httpUrl } from "../http-url.js";
import type { Subscription, SubscriptionChannel } from "../model.js";
import type { Store, StoryRecord } from "../store/store.js";
import { resolveFollowTarget } from "./follow-target.js";

/** A browser's `PushSubscription.toJSON()`: the push service endpoint and the keys that encrypt for it (RFC 8291). */
export const pushSubscriptionSchema = z.object({
  endpoint: httpUrl,
  expirationTime: z.number().nullable().optional(),
  keys: z.object({
    p256dh: z
      .base64url()
      .refine((key) => Buffer.from(key, "base64url").length === 65, "p256dh must be a 65-byte P-256 public key"),
    auth: z.base64url().refine((key) => Buffer.from(key, "base64url").length === 16, "auth must be a 16-byte secret"),
  }),
});

export const channelRequestSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("webhook"), url: httpUrl }),
  z.object({ kind: z.literal("email"), address: z.email() }),
  z.object({ kind: z.literal("push"), subscription: pushSubscriptionSchema }),
  z.object({ kind: z.literal("feed") }),
]);

/** A week: a digest any longer is not news. */
const MAX_DIGEST_SECONDS = 7 * 86_400;
/**
 * Ten minutes between two messages about one story, unless asked otherwise: a breaking story may take an article a
 * minute, and a follower wants to hear of it, not be paged by it. A day is the most: slower is a digest.
 */
export const DEFAULT_MIN_GAP_SECONDS = 600;
const MAX_MIN_GAP_SECONDS = 86_400;

export const followRequestSchema = z.object({
  target: z.string().trim().min(1).max(2000),
  /** Treat the target as a search query even if it names a story, headline or URL. */
  asQuery: z.boolean().default(false),
  channel: channelRequestSchema,
  digestSeconds: z.number().int().min(0).max(MAX_DIGEST_SECONDS).default(0),
  minGapSeconds: z.number().int().min(0).max(MAX_MIN_GAP_SECONDS).default(DEFAULT_MIN_GAP_SECONDS),
});

export type FollowRequest = z.infer<typeof followRequestSchema>;

export interface Followed {
  subscription: Subscription;
  story: StoryRecord | null;
  matchedBy: string;
}

export async function createSubscription(store: Store, request: FollowRequest, now: Date): Promise<Followed> {
  return store.transaction(async (session) => {
    const resolved = await resolveFollowTarget(session, request.target, { asQuery: request.asQuery });
    const subscription: Subscription = {
      id: `sub_${randomBytes(12).toString("base64url")}`,
      target: request.target,
      follows: resolved.follows,
      channel: channelOf(request.channel),
      digestSeconds: request.digestSeconds,
      minGapSeconds: request.minGapSeconds,
      unsubscribeToken: randomBytes(24).toString("base64url"),
      status: "active",
      createdAt: now.toISOString(),
    };
    await session.subscriptions.insert(subscription);
    return { subscription, story: resolved.story, matchedBy: resolved.matchedBy };
  });
}

/** Standard Webhooks secrets: `whsec_` and base64 of 24 random bytes (the spec asks for 24 to 64). */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

function channelOf(request: FollowRequest["channel"]): SubscriptionChannel {
  switch (request.kind) {
    case "webhook":
      return { kind: "webhook", url: request.url, secret: newWebhookSecret() };
    case "email":
      return { kind: "email", address: request.address };
    case "push":
      return { kind: "push", endpoint: request.subscription.endpoint, keys: request.subscription.keys };
    case "feed":
      return { kind: "feed" };
  }
}
