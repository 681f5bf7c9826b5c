// Watched feeds and the entry links they have shown, in SQLite.
import type Database from "better-sqlite3";
import type { WatchedFeed } from "../../model.js";
import { type FeedRow, toWatchedFeed } from "../row-mappers.js";
import type { FeedItemState, FeedPollRecord, FeedRepository, LeaseRequest } from "../store.js";
import { StatementCache } from "./statement-cache.js";

const DUE = `SELECT id FROM feeds WHERE status = 'active' AND next_poll_at <= @now
  AND (locked_until IS NULL OR locked_until < @now) ORDER BY next_poll_at, id LIMIT @limit`;

const CLAIM = `UPDATE feeds SET locked_until = @leaseUntil, locked_by = @workerId
  WHERE id = @id AND (locked_until IS NULL OR locked_until < @now) RETURNING *`;

export class SqliteFeeds implements FeedRepository {
  private readonly sql: StatementCache;

  constructor(db: Database.Database) {
    this.sql = new StatementCache(db);
  }

  async insert(feed: WatchedFeed): Promise<boolean> {
    const result = this.sql
      .get(
        `INSERT INTO feeds (id, url, title, interval_seconds, status, created_at, next_poll_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO NOTHING`,
      )
      .run(feed.id, feed.url, feed.title, feed.intervalSeconds, feed.status, feed.createdAt, feed.nextPollAt);
    return result.changes > 0;
  }

  async byId(id: string): Promise<WatchedFeed | null> {
    const row = this.sql.get("SELECT * FROM feeds WHERE id = ?").get(id) as FeedRow | undefined;
    return row ? toWatchedFeed(row) : null;
  }

  async byUrl(url: string): Promise<WatchedFeed | null> {
    const row = this.sql.get("SELECT * FROM feeds WHERE url = ?").get(url) as FeedRow | undefined;
    return row ? toWatchedFeed(row) : null;
  }

  async list(): Promise<WatchedFeed[]> {
    return (this.sql.get("SELECT * FROM feeds ORDER BY created_at, id").all() as FeedRow[]).map(toWatchedFeed);
  }

  async remove(id: string): Promise<boolean> {
    return this.sql.get("DELETE FROM feeds WHERE id = ?").run(id).changes > 0;
  }

  async claimDue(options: LeaseRequest): Promise<WatchedFeed[]> {
    const ids = this.sql.get(DUE).all({ now: options.now, limit: options.limit }) as { id: string }[];
    const claimed: WatchedFeed[] = [];
    for (const { id } of ids) {
      const row = this.sql.get(CLAIM).get({ ...options, id }) as FeedRow | undefined;
      if (row) claimed.push(toWatchedFeed(row));
    }
    return claimed;
  }

  async recordPoll(id: string, workerId: string, poll: FeedPollRecord): Promise<boolean> {
    const result = this.sql
      .get(
        `UPDATE feeds SET last_polled_at = @at, next_poll_at = @nextPollAt, last_outcome = @outcome,
           title = coalesce(@title, title), etag = CASE WHEN @failed THEN etag ELSE @etag END,
           last_modified = CASE WHEN @failed THEN last_modified ELSE @lastModified END,
           consecutive_failures = CASE WHEN @failed THEN consecutive_failures + 1 ELSE 0 END,
           locked_until = NULL, locked_by = NULL
         WHERE id = @id AND locked_by = @workerId`,
      )
      .run({ ...poll, failed: poll.failed ? 1 : 0, id, workerId });
    return result.changes > 0;
  }

  async itemStates(feedId: string, links: readonly string[]): Promise<Map<string, FeedItemState>> {
    const states = new Map<string, FeedItemState>();
    if (links.length === 0) return states;
    const rows = this.sql
      .get("SELECT link, attempts, done FROM feed_items WHERE feed_id = ? AND link IN (SELECT value FROM json_each(?))")
      .all(feedId, JSON.stringify(links)) as { link: string; attempts: number; done: number }[];
    for (const row of rows) states.set(row.link, { attempts: row.attempts, done: row.done === 1 });
    return states;
  }

  async recordItems(feedId: string, items: readonly { link: string; done: boolean }[], at: string): Promise<void> {
    const upsert = this.sql.get(
      `INSERT INTO feed_items (feed_id, link, seen_at, attempts, done) VALUES (?, ?, ?, 1, ?)
       ON CONFLICT (feed_id, link) DO UPDATE SET attempts = attempts + 1, done = max(done, excluded.done)`,
    );
    for (const item of items) upsert.run(feedId, item.link, at, item.done ? 1 : 0);
  }
}
