// Subscriptions and the stories each one follows, in SQLite.
import type Database from "better-sqlite3";
import type { Subscription } from "../../model.js";
import { toSubscription as fromRow, readJsonText, type SubscriptionRow } from "../row-mappers.js";
import type { SubscriptionRepository } from "../store.js";
import { StatementCache } from "./statement-cache.js";

/** Stories followed directly, or through an alias left when the followed story was merged into another. */
const FOLLOWING = `SELECT DISTINCT s.* FROM subscriptions s JOIN subscription_stories f ON f.subscription_id = s.id
  WHERE s.status = 'active' AND (f.story_id IN (SELECT value FROM json_each(?))
    OR f.story_id IN (SELECT alias FROM story_aliases WHERE story_id IN (SELECT value FROM json_each(?))))
  ORDER BY s.created_at, s.id`;

export class SqliteSubscriptions implements SubscriptionRepository {
  private readonly sql: StatementCache;

  constructor(db: Database.Database) {
    this.sql = new StatementCache(db);
  }

  async insert(subscription: Subscription): Promise<void> {
    this.sql
      .get(
        `INSERT INTO subscriptions (id, target, follows, channel_kind, channel, digest_seconds, min_gap_seconds, unsubscribe_token, status, created_at, status_changed_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        subscription.id,
        subscription.target,
        JSON.stringify(subscription.follows),
        subscription.channel.kind,
        JSON.stringify(subscription.channel),
        subscription.digestSeconds,
        subscription.minGapSeconds,
        subscription.unsubscribeToken,
        subscription.status,
        subscription.createdAt,
        subscription.createdAt,
      );
    if (subscription.follows.kind === "story") {
      await this.follow(subscription.id, subscription.follows.storyId, subscription.createdAt);
    }
  }

  async byId(id: string): Promise<Subscription | null> {
    const row = this.sql.get("SELECT * FROM subscriptions WHERE id = ?").get(id) as SubscriptionRow | undefined;
    return row ? toSubscription(row) : null;
  }

  async byUnsubscribeToken(token: string): Promise<Subscription | null> {
    const row = this.sql.get("SELECT * FROM subscriptions WHERE unsubscribe_token = ?").get(token) as
      | SubscriptionRow
      | undefined;
    return row ? toSubscription(row) : null;
  }

  async list(options: { includeInactive: boolean }): Promise<Subscription[]> {
    const rows = (
      options.includeInactive
        ? this.sql.get("SELECT * FROM subscriptions ORDER BY created_at DESC, id").all()
        : this.sql.get("SELECT * FROM subscriptions WHERE status = 'active' ORDER BY created_at DESC, id").all()
    ) as SubscriptionRow[];
    return rows.map(toSubscription);
  }

  async setStatus(id: string, status: Subscription["status"], at: string): Promise<boolean> {
    const result = this.sql
      .get("UPDATE subscriptions SET status = ?, status_changed_at = ? WHERE id = ?")
      .run(status, at, id);
    return result.changes > 0;
  }

  async follow(subscriptionId: string, storyId: string, at: string): Promise<void> {
    this.sql
      .get("INSERT OR IGNORE INTO subscription_stories (subscription_id, story_id, since) VALUES (?, ?, ?)")
      .run(subscriptionId, storyId, at);
  }

  async followersOf(storyIds: readonly string[]): Promise<Subscription[]> {
    if (storyIds.length === 0) return [];
    const ids = JSON.stringify(storyIds);
    return (this.sql.get(FOLLOWING).all(ids, ids) as SubscriptionRow[]).map(toSubscription);
  }

  async activeQueries(): Promise<Subscription[]> {
    const rows = this.sql
      .get(
        "SELECT * FROM subscriptions WHERE status = 'active' AND json_extract(follows, '$.kind') = 'query' ORDER BY created_at, id",
      )
      .all() as SubscriptionRow[];
    return rows.map(toSubscription);
  }

  async followedStories(subscriptionId: string): Promise<string[]> {
    const rows = this.sql
      .get(
        `SELECT DISTINCT coalesce(a.story_id, f.story_id) AS story_id FROM subscription_stories f
         LEFT JOIN story_aliases a ON a.alias = f.story_id WHERE f.subscription_id = ? ORDER BY f.since`,
      )
      .all(subscriptionId) as { story_id: string }[];
    return rows.map((row) => row.story_id);
  }
}

function toSubscription(row: SubscriptionRow): Subscription {
  return fromRow(row, readJsonText);
}
