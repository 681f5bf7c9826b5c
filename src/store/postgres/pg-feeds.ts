// Watched feeds and the entry links they have shown, in PostgreSQL; pollers skip each other's leased feeds.
import type { WatchedFeed } from "../../model.js";
import { type FeedRow, toWatchedFeed } from "../row-mappers.js";
import type { FeedItemState, FeedPollRecord, FeedRepository, LeaseRequest } from "../store.js";
import { firstRow, type Queryable } from "./queryable.js";

/** $1 now, $2 lease end, $3 worker, $4 limit. */
const CLAIM = `WITH due AS (
    SELECT id FROM feeds WHERE status = 'active' AND next_poll_at <= $1 AND (locked_until IS NULL OR locked_until < $1)
    ORDER BY next_poll_at, id LIMIT $4 FOR UPDATE SKIP LOCKED)
  UPDATE feeds SET locked_until = $2, locked_by = $3 FROM due WHERE feeds.id = due.id RETURNING feeds.*`;

export class PgFeeds implements FeedRepository {
  constructor(private readonly db: Queryable) {}

  async insert(feed: WatchedFeed): Promise<boolean> {
    const result = await this.db.query(
      `INSERT INTO feeds (id, url, title, interval_seconds, status, created_at, next_poll_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (url) DO NOTHING`,
      [feed.id, feed.url, feed.title, feed.intervalSeconds, feed.status, feed.createdAt, feed.nextPollAt],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async byId(id: string): Promise<WatchedFeed | null> {
    const row = await firstRow<FeedRow>(this.db, "SELECT * FROM feeds WHERE id = $1", [id]);
    return row ? toWatchedFeed(row) : null;
  }

  async byUrl(url: string): Promise<WatchedFeed | null> {
    const row = await firstRow<FeedRow>(this.db, "SELECT * FROM feeds WHERE url = $1", [url]);
    return row ? toWatchedFeed(row) : null;
  }

  async list(): Promise<WatchedFeed[]> {
    return (await this.db.query<FeedRow>("SELECT * FROM feeds ORDER BY created_at, id")).rows.map(toWatchedFeed);
  }

  async remove(id: string): Promise<boolean> {
    return ((await this.db.query("DELETE FROM feeds WHERE id = $1", [id])).rowCount ?? 0) > 0;
  }

  async claimDue(options: LeaseRequest): Promise<WatchedFeed[]> {
    const result = await this.db.query<FeedRow>(CLAIM, [
      options.now,
      options.leaseUntil,
      options.workerId,
      options.limit,
    ]);
    return result.rows
      .map(toWatchedFeed)
      .sort((a, b) => a.nextPollAt.localeCompare(b.nextPollAt) || a.id.localeCompare(b.id));
  }

  async recordPoll(id: string, workerId: string, poll: FeedPollRecord): Promise<boolean> {
    const result = await this.db.query(
      `UPDATE feeds SET last_polled_at = $3, next_poll_at = $4, last_outcome = $5, title = coalesce($6, title),
         etag = CASE WHEN $9 THEN etag ELSE $7 END, last_modified = CASE WHEN $9 THEN last_modified ELSE $8 END,
         consecutive_failures = CASE WHEN $9 THEN consecutive_failures + 1 ELSE 0 END,
         locked_until = NULL, locked_by = NULL
       WHERE id = $1 AND locked_by = $2`,
      [id, workerId, poll.at, poll.nextPollAt, poll.outcome, poll.title, poll.etag, poll.lastModified, poll.failed],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async itemStates(feedId: string, links: readonly string[]): Promise<Map<string, FeedItemState>> {
    const states = new Map<string, FeedItemState>();
    if (links.length === 0) return states;
    const result = await this.db.query<{ link: string; attempts: number; done: boolean }>(
      "SELECT link, attempts, done FROM feed_items WHERE feed_id = $1 AND link = ANY($2::text[])",
      [feedId, links],
    );
    for (const row of result.rows) states.set(row.link, { attempts: row.attempts, done: row.done });
    return states;
  }

  async recordItems(feedId: string, items: readonly { link: string; done: boolean }[], at: string): Promise<void> {
    if (items.length === 0) return;
    await this.db.query(
      `INSERT INTO feed_items (feed_id, link, seen_at, attempts, done)
       SELECT $1, link, $2, 1, done FROM unnest($3::text[], $4::boolean[]) AS t(link, done)
       ON CONFLICT (feed_id, link) DO UPDATE SET attempts = feed_items.attempts + 1,
         done = feed_items.done OR excluded.done`,
      [feedId, at, items.map((item) => item.link), items.map((item) => item.done)],
    );
  }
}
