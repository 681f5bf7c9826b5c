// Polls the watched feeds that are due: a conditional fetch, then each entry not seen before through the ingest
// pipeline. A feed that fails backs off; one feed's failure never stops the others.
import { randomBytes } from "node:crypto";
import type { WatchedFeed } from "../model.js";
import type { Store } from "../store/store.js";
import type { DocumentSource } from "./document-sources.js";
import { type Feed, type FeedEntry, looksLikeFeed, readFeed } from "./feed-entries.js";
import { FeedFetchError, fetchFeed } from "./fetch-feed.js";
import { type Extractor, type IngestOutcome, ingestDocuments, type JoinedHook } from "./ingest-documents.js";
import { nextPollAt } from "./poll-schedule.js";
import type { StoryLedger } from "./story-ledger.js";

/** An entry link that failed this many polls in a row is left alone: the page is gone or never was an article. */
export const MAX_ENTRY_ATTEMPTS = 3;

export interface FeedPollerOptions {
  store: Store;
  ledger: StoryLedger;
  extractor?: Extractor;
  onJoined?: JoinedHook;
  workerId?: string;
  now?: () => Date;
  /** How long a poller may hold a feed before another may take it (a crashed poller's feeds come back). */
  leaseMs?: number;
  /** Feeds claimed per round. */
  batchSize?: number;
  fetchTimeoutMs?: number;
  /** Told of every poll, for logs. */
  onPolled?: (report: FeedPollReport) => void;
}

export interface FeedPollReport {
  feedId: string;
  url: string;
  /** What is recorded as the feed's last outcome. */
  outcome: string;
  added: number;
  /** Entries stored before, by this feed or elsewhere. */
  known: number;
  failed: number;
  failedEntries: { source: string; error: string }[];
  error: string | null;
  nextPollAt: string;
}

interface PollResult {
  outcome: string;
  title: string | null;
  validators: { etag: string | null; lastModified: string | null };
  counts: { added: number; known: number; failed: number };
  failedEntries: { source: string; error: string }[];
}

export class FeedPoller {
  private readonly workerId: string;
  private readonly now: () => Date;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;

  constructor(private readonly options: FeedPollerOptions) {
    this.workerId = options.workerId ?? `poller-${process.pid}-${randomBytes(4).toString("hex")}`;
    this.now = options.now ?? (() => new Date());
  }

  /** Polls every feed due now, one after another (the clusterer takes articles one at a time anyway). */
  async runOnce(): Promise<FeedPollReport[]> {
    const reports: FeedPollReport[] = [];
    for (;;) {
      const started = this.now();
      const claimed = await this.options.store.transaction((session) =>
        session.feeds.claimDue({
          now: started.toISOString(),
          leaseUntil: new Date(started.getTime() + (this.options.leaseMs ?? 600_000)).toISOString(),
          workerId: this.workerId,
          limit: this.options.batchSize ?? 8,
        }),
      );
      if (claimed.length === 0) return reports;
      for (const feed of claimed) {
        const report = await this.poll(feed);
        reports.push(report);
        this.options.onPolled?.(report);
      }
    }
  }

  /** Polls in the background every `everyMs` until stopped. */
  start(everyMs = 5_000): void {
    this.stopped = false;
    const tick = () => {
      this.running = this.runOnce()
        .catch((error: unknown) => {
          process.stderr.write(`storyline: feed polling: ${error instanceof Error ? error.message : String(error)}\n`);
        })
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(tick, everyMs);
        });
    };
    tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private async poll(feed: WatchedFeed): Promise<FeedPollReport> {
    const { store } = this.options;
    const polledAt = this.now();
    try {
      const result = await this.fetchAndIngest(feed);
      const next = nextPollAt(polledAt, feed.intervalSeconds, 0, null);
      await store.transaction((session) =>
        session.feeds.recordPoll(feed.id, this.workerId, {
          at: polledAt.toISOString(),
          nextPollAt: next,
          outcome: result.outcome,
          title: result.title,
          etag: result.validators.etag,
          lastModified: result.validators.lastModified,
          failed: false,
        }),
      );
      return {
        feedId: feed.id,
        url: feed.url,
        outcome: result.outcome,
        ...result.counts,
        failedEntries: result.failedEntries,
        error: null,
        nextPollAt: next,
      };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const wait = error instanceof FeedFetchError ? error.retryAfterSeconds : null;
      const next = nextPollAt(polledAt, feed.intervalSeconds, feed.consecutiveFailures + 1, wait);
      await store.transaction((session) =>
        session.feeds.recordPoll(feed.id, this.workerId, {
          at: polledAt.toISOString(),
          nextPollAt: next,
          outcome: message,
          title: null,
          etag: null,
          lastModified: null,
          failed: true,
        }),
      );
      return {
        feedId: feed.id,
        url: feed.url,
        outcome: message,
        added: 0,
        known: 0,
        failed: 0,
        failedEntries: [],
        error: message,
        nextPollAt: next,
      };
    }
  }

  private async fetchAndIngest(feed: WatchedFeed): Promise<PollResult> {
    const { store } = this.options;
    const fetched = await fetchFeed(
      feed.url,
      { etag: feed.etag, lastModified: feed.lastModified },
      { now: this.now(), ...(this.options.fetchTimeoutMs ? { timeoutMs: this.options.fetchTimeoutMs } : {}) },
    );
    const keptValidators = { etag: feed.etag, lastModified: feed.lastModified };
    const empty = { added: 0, known: 0, failed: 0 };
    if (fetched.kind === "not-modified") {
      return { outcome: "not modified", title: null, validators: keptValidators, counts: empty, failedEntries: [] };
    }
    const { document } = fetched;
    if (!looksLikeFeed(document.content)) {
      throw new Error("the address does not serve an RSS, Atom or JSON feed (a web page? add the feed's own URL)");
    }
    const parsed = readFeed(document.content);
    const links = parsed.entries.flatMap((entry) => (entry.link ? [entry.link] : []));
    const states = await store.feeds.itemStates(feed.id, links);
    const passedOver = new Set(
      links.filter((link) => {
        const state = states.get(link);
        return state !== undefined && (state.done || state.attempts >= MAX_ENTRY_ATTEMPTS);
      }),
    );
    const counts = { ...empty, known: [...passedOver].filter((link) => states.get(link)?.done).length };
    const failedEntries: { source: string; error: string }[] = [];
    const items: { link: string; done: boolean }[] = [];
    const entryLinks = new Set(links);
    const fresh = parsed.entries.filter((entry) => entry.link === null || !passedOver.has(entry.link));
    // A feed whose every entry was seen before has nothing to ingest; it is not an empty feed.
    const sources = fresh.length === 0 && parsed.entries.length > 0 ? [] : [feedSource(feed.url, parsed, fresh)];
    for await (const outcome of ingestDocuments(sources, {
      store,
      ledger: this.options.ledger,
      ...(this.options.extractor ? { extractor: this.options.extractor } : {}),
      ...(this.options.onJoined ? { onJoined: this.options.onJoined } : {}),
      ...(this.options.now ? { now: this.options.now } : {}),
    })) {
      tally(outcome, counts, failedEntries);
      const link = entryLinkOf(outcome.source, feed.url);
      if (entryLinks.has(link)) items.push({ link, done: outcome.status !== "failed" });
    }
    await store.transaction(async (session) => {
      await session.feeds.recordItems(feed.id, items, this.now().toISOString());
      await this.options.ledger.flush(session);
    });
    return {
      outcome: `${counts.added} new, ${counts.known} known, ${counts.failed} failed`,
      title: parsed.title,
      validators: fetched.validators,
      counts,
      failedEntries,
    };
  }
}

/** The feed as read, with only the entries not seen before, for the ingest pipeline. */
function feedSource(url: string, feed: Feed, entries: FeedEntry[]): DocumentSource {
  return { kind: "feed", name: url, feed: { ...feed, entries } };
}

function tally(
  outcome: IngestOutcome,
  counts: { added: number; known: number; failed: number },
  failedEntries: { source: string; error: string }[],
): void {
  if (outcome.status === "added") counts.added++;
  else if (outcome.status === "duplicate") counts.known++;
  else {
    counts.failed++;
    failedEntries.push({ source: outcome.source, error: outcome.error });
  }
}

/**
 * The entry link an outcome is about: ingest names an entry with full text `FEED#LINK`, and an entry it fetched
 * from its link by the link itself.
 */
export function entryLinkOf(source: string, feedUrl: string): string {
  const prefix = `${feedUrl}#`;
  return source.startsWith(prefix) ? source.slice(prefix.length) : source;
}
