// The transactional outbox in SQLite: rows written with their update, leased to delivery workers one at a time.
import type Database from "better-sqlite3";
import { type OutboxRow, outboxCounts, readJsonText, toOutboxEntry } from "../row-mappers.js";
import type {
  LeaseRequest,
  OutboxEnqueue,
  OutboxEntry,
  OutboxRepository,
  OutboxStatus,
  WaitingHold,
} from "../store.js";
import { StatementCache } from "./statement-cache.js";

/**
 * Due rows that are the oldest pending row of their subscription and story. PostgreSQL would add
 * `FOR UPDATE SKIP LOCKED`; the lease check in CLAIM keeps the same promise on SQLite.
 */
const DUE = `SELECT id FROM outbox o
  WHERE o.status = 'pending' AND o.next_attempt_at <= @now AND (o.locked_until IS NULL OR o.locked_until < @now)
    AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.subscription_id = o.subscription_id AND p.story_id = o.story_id
                    AND p.status = 'pending' AND p.id < o.id)
  ORDER BY o.next_attempt_at, o.id LIMIT @limit`;

const CLAIM = `UPDATE outbox SET locked_until = @leaseUntil, locked_by = @workerId, attempts = attempts + 1
  WHERE id = @id AND status = 'pending' AND (locked_until IS NULL OR locked_until < @now) RETURNING *`;

/** Per subscription in the JSON array @subscriptions, its latest entry about @story that was sent or may be. */
const LATEST_MESSAGES = `SELECT o.* FROM outbox o
  WHERE o.story_id = @story AND o.subscription_id IN (SELECT value FROM json_each(@subscriptions))
    AND o.id = (SELECT max(p.id) FROM outbox p WHERE p.subscription_id = o.subscription_id AND p.story_id = o.story_id
                AND p.status IN ('pending', 'delivered'))`;

export class SqliteOutbox implements OutboxRepository {
  private readonly sql: StatementCache;

  constructor(db: Database.Database) {
    this.sql = new StatementCache(db);
  }

  async enqueue(entries: readonly OutboxEnqueue[]): Promise<number> {
    const insert = this.sql.get(
      `INSERT INTO outbox (delivery_id, subscription_id, story_id, update_ids, next_attempt_at, created_at)
       VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (delivery_id) DO NOTHING`,
    );
    let written = 0;
    for (const entry of entries) {
      written += insert.run(
        entry.deliveryId,
        entry.subscriptionId,
        entry.storyId,
        JSON.stringify(entry.updateIds),
        entry.nextAttemptAt,
        entry.createdAt,
      ).changes;
    }
    return written;
  }

  async latestMessages(storyId: string, subscriptionIds: readonly string[]): Promise<Map<string, OutboxEntry>> {
    if (subscriptionIds.length === 0) return new Map();
    const rows = this.sql
      .get(LATEST_MESSAGES)
      .all({ story: storyId, subscriptions: JSON.stringify(subscriptionIds) }) as OutboxRow[];
    return new Map(rows.map((row) => [row.subscription_id, toEntry(row)]));
  }

  async addToWaiting(ids: readonly number[], updateId: string): Promise<number[]> {
    if (ids.length === 0) return [];
    const rows = this.sql
      .get(
        `UPDATE outbox SET update_ids = json_insert(update_ids, '$[#]', @update)
         WHERE id IN (SELECT value FROM json_each(@ids)) AND status = 'pending' AND attempts = 0
           AND locked_until IS NULL RETURNING id`,
      )
      .all({ update: updateId, ids: JSON.stringify(ids) }) as { id: number }[];
    return rows.map((row) => Number(row.id));
  }

  async holdWaiting(holds: readonly WaitingHold[]): Promise<void> {
    // Without the hint the planner walks the due-time index over every pending row, once per hold.
    const hold = this.sql.get(
      `UPDATE outbox INDEXED BY outbox_order SET next_attempt_at = @notBefore
       WHERE subscription_id = @subscriptionId AND story_id = @storyId
         AND status = 'pending' AND attempts = 0 AND next_attempt_at < @notBefore`,
    );
    for (const { subscriptionId, storyId, notBefore } of holds) hold.run({ subscriptionId, storyId, notBefore });
  }

  async moveToStory(from: string, into: string): Promise<void> {
    this.sql.get("UPDATE outbox SET story_id = ? WHERE story_id = ?").run(into, from);
  }

  async claimDue(options: LeaseRequest): Promise<OutboxEntry[]> {
    const ids = this.sql.get(DUE).all({ now: options.now, limit: options.limit }) as { id: number }[];
    const claim = this.sql.get(CLAIM);
    const claimed: OutboxEntry[] = [];
    for (const { id } of ids) {
      const row = claim.get({ id, now: options.now, leaseUntil: options.leaseUntil, workerId: options.workerId }) as
        | OutboxRow
        | undefined;
      if (row) claimed.push(toEntry(row));
    }
    return claimed;
  }

  async markDelivered(ids: readonly number[], workerId: string, at: string): Promise<number> {
    let finished = 0;
    for (const id of ids) {
      const done = this.finish("status = 'delivered', finished_at = @at, locked_until = NULL, last_error = NULL", {
        id,
        workerId,
        at,
      });
      if (done) finished++;
    }
    return finished;
  }

  async reschedule(id: number, workerId: string, nextAttemptAt: string, error: string): Promise<boolean> {
    return this.finish("next_attempt_at = @nextAttemptAt, locked_until = NULL, last_error = @error", {
      id,
      workerId,
      nextAttemptAt,
      error,
    });
  }

  async markDead(id: number, workerId: string, at: string, error: string): Promise<boolean> {
    return this.finish("status = 'dead', finished_at = @at, locked_until = NULL, last_error = @error", {
      id,
      workerId,
      at,
      error,
    });
  }

  async cancelPending(subscriptionId: string, at: string, reason: string): Promise<number> {
    return this.sql
      .get(
        "UPDATE outbox SET status = 'cancelled', finished_at = ?, last_error = ?, locked_until = NULL WHERE subscription_id = ? AND status = 'pending'",
      )
      .run(at, reason, subscriptionId).changes;
  }

  async nextDueAt(): Promise<string | null> {
    const row = this.sql
      .get(
        `SELECT min(max(o.next_attempt_at, coalesce(o.locked_until, ''))) AS due FROM outbox o WHERE o.status = 'pending'
         AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.subscription_id = o.subscription_id AND p.story_id = o.story_id
                         AND p.status = 'pending' AND p.id < o.id)`,
      )
      .get() as { due: string | null };
    return row.due;
  }

  async countsBySubscription(): Promise<Map<string, Record<OutboxStatus, number>>> {
    const rows = this.sql
      .get("SELECT subscription_id, status, count(*) AS n FROM outbox GROUP BY subscription_id, status")
      .all() as { subscription_id: string; status: OutboxStatus; n: number }[];
    return outboxCounts(rows);
  }

  async list(options: { status: OutboxStatus | null; limit: number }): Promise<OutboxEntry[]> {
    const rows = (
      options.status === null
        ? this.sql.get("SELECT * FROM outbox ORDER BY id DESC LIMIT ?").all(options.limit)
        : this.sql
            .get("SELECT * FROM outbox WHERE status = ? ORDER BY id DESC LIMIT ?")
            .all(options.status, options.limit)
    ) as OutboxRow[];
    return rows.map(toEntry);
  }

  /** Only the worker holding the lease may finish a row, only while leased (a rescheduled row is released) and pending. */
  private finish(assignments: string, parameters: Record<string, string | number>): boolean {
    return (
      this.sql
        .get(
          `UPDATE outbox SET ${assignments} WHERE id = @id AND locked_by = @workerId AND locked_until IS NOT NULL AND status = 'pending'`,
        )
        .run(parameters).changes > 0
    );
  }
}

function toEntry(row: OutboxRow): OutboxEntry {
  return toOutboxEntry(row, readJsonText);
}
