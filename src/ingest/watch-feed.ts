// Adding a feed to poll: the request as the CLI and the HTTP API accept it, checked, and stored due at once.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { httpUrlSchema } from "../http-url.js";
import type { WatchedFeed } from "../model.js";
import type { Store } from "../store/store.js";
import { DEFAULT_POLL_SECONDS, MAX_POLL_SECONDS, MIN_POLL_SECONDS } from "./poll-schedule.js";

export const watchFeedRequestSchema = z.object({
  url: httpUrlSchema,
  intervalSeconds: z
    .number()
    .int()
    .min(MIN_POLL_SECONDS, `a feed is polled at most once a minute (${MIN_POLL_SECONDS} s)`)
    .max(MAX_POLL_SECONDS, `a feed is polled at least once a day (${MAX_POLL_SECONDS} s)`)
    .default(DEFAULT_POLL_SECONDS),
});

export type WatchFeedRequest = z.infer<typeof watchFeedRequestSchema>;

/** The feed, and whether it was watched already (then nothing changed). */
export async function watchFeed(
  store: Store,
  request: WatchFeedRequest,
  now: Date,
): Promise<{ feed: WatchedFeed; added: boolean }> {
  return store.transaction(async (session) => {
    const known = await session.feeds.byUrl(request.url);
    if (known) return { feed: known, added: false };
    const feed: WatchedFeed = {
      id: `feed_${randomBytes(9).toString("base64url")}`,
      url: request.url,
      title: null,
      intervalSeconds: request.intervalSeconds,
      status: "active",
      createdAt: now.toISOString(),
      nextPollAt: now.toISOString(),
      etag: null,
      lastModified: null,
      lastPolledAt: null,
      lastOutcome: null,
      consecutiveFailures: 0,
    };
    await session.feeds.insert(feed);
    return { feed, added: true };
  });
}

/** A feed by its id or its URL. */
export async function findWatchedFeed(store: Store, idOrUrl: string): Promise<WatchedFeed | null> {
  return (await store.feeds.byId(idOrUrl)) ?? (await store.feeds.byUrl(idOrUrl));
}
