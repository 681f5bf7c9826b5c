// The feed poller as the CLI and the server run it: extraction in worker threads, followers told in the article's
// transaction, one ledger for the process.
import { ExtractPool } from "../extract/extract-pool.js";
import { FeedPoller, type FeedPollReport } from "../ingest/feed-poller.js";
import { StoryLedger } from "../ingest/story-ledger.js";
import { recordUpdateAndEnqueue } from "../notify/follow-hook.js";
import type { Store } from "../store/store.js";

export interface OpenFeedPoller {
  poller: FeedPoller;
  /** Stops the poller and its extraction threads. */
  close(): Promise<void>;
}

export function openFeedPoller(store: Store, onPolled?: (report: FeedPollReport) => void): OpenFeedPoller {
  // The threads start with the first entry to extract: a server with no feeds never pays for them.
  let pool: ExtractPool | null = null;
  const poller = new FeedPoller({
    store,
    ledger: new StoryLedger(),
    extractor: (content, options) => {
      pool ??= new ExtractPool();
      return pool.extract(content, options);
    },
    onJoined: recordUpdateAndEnqueue,
    ...(onPolled ? { onPolled } : {}),
  });
  return {
    poller,
    close: async () => {
      await poller.stop();
      await pool?.close();
    },
  };
}

/** One line for a poll: what it found, or why it failed and when the feed is tried again. */
export function describePoll(report: FeedPollReport): string {
  return report.error === null
    ? `${report.url}: ${report.outcome}`
    : `${report.url}: failed: ${report.error}; next poll at ${report.nextPollAt}`;
}
