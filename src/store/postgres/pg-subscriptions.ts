// Subscriptions and the stories each one follows, in PostgreSQL.
import type { Subscription } from "../../model.js";
import { readJsonValue, type SubscriptionRow, toSubscription } from "../row-mappers.js";
import type { SubscriptionRepository } from "../store.js";
import { firstRow, type Queryable } from "./queryable.js";

/** Stories followed directly, or through an alias left when the followed story was merged into another. */
const FOLLOWING = `SELECT DISTINCT s.* FROM subscriptions s JOIN subscription_stories f ON f.subscription_id = s.id
  WHERE s.status = 'active' AND (f.story_id = ANY($1::text[])
    OR f.story_id IN (SELECT alias FROM story_aliases WHERE story_id = ANY($1::text[])))
  ORDER BY s.created_at, s.id`;

export class PgSubscriptions implements SubscriptionRepository {
  constructor(private readonly db: Queryable) {}

  async insert(subscription: Subscription): Promise<void> {
    await this.db.query(
      `INSERT INTO subscriptions (id, target, follows, channel_kind, channel, digest_seconds, min_gap_seconds, unsubscribe_token, status, created_at, status_changed_at)
       VALUES ($1, $2, $3::jsonb, $4, $5::jsonb, $6, $7, $8, $9, $10, $10)`,
      [
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
      ],
    );
    if (subscription.follows.kind === "story") {
      await this.follow(subscription.id, subscription.follows.storyId, subscription.createdAt);
    }
  }

  async byId(id: string): Promise<Subscription | null> {
    return this.one("SELECT * FROM subscriptions WHERE id = $1", id);
  }

  async byUnsubscribeToken(token: string): Promise<Subscription | null> {
    return this.one("SELECT * FROM subscriptions WHERE unsubscribe_token = $1", token);
  }

  async list(options: { includeInactive: boolean }): Promise<Subscription[]> {
    const result = await this.db.query<SubscriptionRow>(
      options.includeInactive
        ? "SELECT * FROM subscriptions ORDER BY created_at DESC, id"
        : "SELECT * FROM subscriptions WHERE status = 'active' ORDER BY created_at DESC, id",
    );
    return result.rows.map(fromRow);
  }

  async setStatus(id: string, status: Subscription["status"], at: string): Promise<boolean> {
    const result = await this.db.query("UPDATE subscriptions SET status = $1, status_changed_at = $2 WHERE id = $3", [
      status,
      at,
      id,
    ]);
    return (result.rowCount ?? 0) > 0;
  }

  async follow(subscriptionId: string, storyId: string, at: string): Promise<void> {
    await this.db.query(
      "INSERT INTO subscription_stories (subscription_id, story_id, since) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
      [subscriptionId, storyId, at],
    );
  }

  async followersOf(storyIds: readonly string[]): Promise<Subscription[]> {
    if (storyIds.length === 0) return [];
    const result = await this.db.query<SubscriptionRow>(FOLLOWING, [storyIds]);
    return result.rows.map(fromRow);
  }

  async activeQueries(): Promise<Subscription[]> {
    const result = await this.db.query<SubscriptionRow>(
      "SELECT * FROM subscriptions WHERE status = 'active' AND follows->>'kind' = 'query' ORDER BY created_at, id",
    );
    return result.rows.map(fromRow);
  }

  async followedStories(subscriptionId: string): Promise<string[]> {
    // Each followed story once, at the place of its earliest follow, aliases resolved to the survivor.
    const result = await this.db.query<{ story_id: string }>(
      `SELECT story_id FROM (
         SELECT coalesce(a.story_id, f.story_id) AS story_id, min(f.since) AS since FROM subscription_stories f
         LEFT JOIN story_aliases a ON a.alias = f.story_id WHERE f.subscription_id = $1
         GROUP BY coalesce(a.story_id, f.story_id)) followed
       ORDER BY since, story_id`,
      [subscriptionId],
    );
    return result.rows.map((row) => row.story_id);
  }

  private async one(sql: string, value: string): Promise<Subscription | null> {
    const row = await firstRow<SubscriptionRow>(this.db, sql, [value]);
    return row ? fromRow(row) : null;
  }
}

function fromRow(row: SubscriptionRow): Subscription {
  return toSubscription(row, readJsonValue);
}
