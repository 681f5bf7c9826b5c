// The transactional outbox in PostgreSQL: rows written with their update, leased to delivery workers that skip
// each other's locked rows, so several worker processes drain one outbox without handing a row out twice.
import { type OutboxRow, outboxCounts, readJsonValue, toOutboxEntry } from "../row-mappers.js";
import type {
  LeaseRequest,
  OutboxEnqueue,
  OutboxEntry,
  OutboxRepository,
  OutboxStatus,
  WaitingHold,
} from "../store.js";
import { firstRow, type Queryable } from "./queryable.js";

/** The oldest pending row of each subscription and story, when due: $1 now, $2 lease end, $3 worker, $4 limit. */
const CLAIM = `WITH due AS (
    SELECT o.id FROM outbox o
    WHERE o.status = 'pending' AND o.next_attempt_at <= $1 AND (o.locked_until IS NULL OR o.locked_until < $1)
      AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.subscription_id = o.subscription_id AND p.story_id = o.story_id
                      AND p.status = 'pending' AND p.id < o.id)
    ORDER BY o.next_attempt_at, o.id LIMIT $4
    FOR UPDATE SKIP LOCKED)
  UPDATE outbox SET locked_until = $2, locked_by = $3, attempts = outbox.attempts + 1
  FROM due WHERE outbox.id = due.id RETURNING outbox.*`;

export class PgOutbox implements OutboxRepository {
  constructor(private readonly db: Queryable) {}

  async enqueue(entries: readonly OutboxEnqueue[]): Promise<number> {
    if (entries.length === 0) return 0;
    // One statement for a whole fan-out: it runs inside the article's transaction, which holds the write lock.
    const column = <T>(pick: (entry: OutboxEnqueue) => T) => entries.map(pick);
    const result = await this.db.query(
      `INSERT INTO outbox (delivery_id, subscription_id, story_id, update_ids, next_attempt_at, created_at)
       SELECT delivery_id, subscription_id, story_id, update_ids::jsonb, next_attempt_at, created_at
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
         AS t(delivery_id, subscription_id, story_id, update_ids, next_attempt_at, created_at)
       ON CONFLICT (delivery_id) DO NOTHING`,
      [
        column((entry) => entry.deliveryId),
        column((entry) => entry.subscriptionId),
        column((entry) => entry.storyId),
        column((entry) => JSON.stringify(entry.updateIds)),
        column((entry) => entry.nextAttemptAt),
        column((entry) => entry.createdAt),
      ],
    );
    return result.rowCount ?? 0;
  }

  async latestMessages(storyId: string, subscriptionIds: readonly string[]): Promise<Map<string, OutboxEntry>> {
    if (subscriptionIds.length === 0) return new Map();
    const result = await this.db.query<OutboxRow>(
      `SELECT o.* FROM outbox o
       WHERE o.story_id = $1 AND o.subscription_id = ANY($2::text[])
         AND o.id = (SELECT max(p.id) FROM outbox p WHERE p.subscription_id = o.subscription_id
                     AND p.story_id = o.story_id AND p.status IN ('pending', 'delivered'))`,
      [storyId, subscriptionIds],
    );
    return new Map(result.rows.map((row) => [row.subscription_id, fromRow(row)]));
  }

  async addToWaiting(ids: readonly number[], updateId: string): Promise<number[]> {
    if (ids.length === 0) return [];
    // Under READ COMMITTED a worker's claim committed meanwhile makes its row fail `attempts = 0` here.
    const result = await this.db.query<{ id: string | number }>(
      `UPDATE outbox SET update_ids = update_ids || jsonb_build_array($2::text)
       WHERE id = ANY($1::bigint[]) AND status = 'pending' AND attempts = 0 AND locked_until IS NULL RETURNING id`,
      [ids, updateId],
    );
    return result.rows.map((row) => Number(row.id));
  }

  async holdWaiting(holds: readonly WaitingHold[]): Promise<void> {
    if (holds.length === 0) return;
    // One statement for a round's holds, matched through the (subscription, story, status) index.
    await this.db.query(
      `UPDATE outbox o SET next_attempt_at = h.not_before
       FROM unnest($1::text[], $2::text[], $3::text[]) AS h(subscription_id, story_id, not_before)
       WHERE o.subscription_id = h.subscription_id AND o.story_id = h.story_id
         AND o.status = 'pending' AND o.attempts = 0 AND o.next_attempt_at < h.not_before`,
      [holds.map((h) => h.subscriptionId), holds.map((h) => h.storyId), holds.map((h) => h.notBefore)],
    );
  }

  async moveToStory(from: string, into: string): Promise<void> {
    await this.db.query("UPDATE outbox SET story_id = $2 WHERE story_id = $1", [from, into]);
  }

  async claimDue(options: LeaseRequest): Promise<OutboxEntry[]> {
    const result = await this.db.query<OutboxRow>(CLAIM, [
      options.now,
      options.leaseUntil,
      options.workerId,
      options.limit,
    ]);
    return result.rows
      .map(fromRow)
      .sort((a, b) => (a.nextAttemptAt < b.nextAttemptAt ? -1 : a.nextAttemptAt > b.nextAttemptAt ? 1 : a.id - b.id));
  }

  async markDelivered(ids: readonly number[], workerId: string, at: string): Promise<number> {
    if (ids.length === 0) return 0;
    // One statement for the round: a round trip per row is what a remote database makes slow.
    const result = await this.db.query(
      `UPDATE outbox SET status = 'delivered', finished_at = $3, locked_until = NULL, last_error = NULL
       WHERE id = ANY($1::bigint[]) AND locked_by = $2 AND locked_until IS NOT NULL AND status = 'pending'`,
      [ids, workerId, at],
    );
    return result.rowCount ?? 0;
  }

  async reschedule(id: number, workerId: string, nextAttemptAt: string, error: string): Promise<boolean> {
    return this.finish(id, workerId, "next_attempt_at = $3, locked_until = NULL, last_error = $4", [
      nextAttemptAt,
      error,
    ]);
  }

  async markDead(id: number, workerId: string, at: string, error: string): Promise<boolean> {
    return this.finish(id, workerId, "status = 'dead', finished_at = $3, locked_until = NULL, last_error = $4", [
      at,
      error,
    ]);
  }

  async cancelPending(subscriptionId: string, at: string, reason: string): Promise<number> {
    const result = await this.db.query(
      `UPDATE outbox SET status = 'cancelled', finished_at = $1, last_error = $2, locked_until = NULL
       WHERE subscription_id = $3 AND status = 'pending'`,
      [at, reason, subscriptionId],
    );
    return result.rowCount ?? 0;
  }

  async nextDueAt(): Promise<string | null> {
    const row = await firstRow<{ due: string | null }>(
      this.db,
      `SELECT min(greatest(o.next_attempt_at, coalesce(o.locked_until, ''))) AS due FROM outbox o
       WHERE o.status = 'pending'
         AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.subscription_id = o.subscription_id AND p.story_id = o.story_id
                         AND p.status = 'pending' AND p.id < o.id)`,
      [],
    );
    return row?.due ?? null;
  }

  async countsBySubscription(): Promise<Map<string, Record<OutboxStatus, number>>> {
    const result = await this.db.query<{ subscription_id: string; status: OutboxStatus; n: string }>(
      "SELECT subscription_id, status, count(*) AS n FROM outbox GROUP BY subscription_id, status",
    );
    return outboxCounts(result.rows);
  }

  async list(options: { status: OutboxStatus | null; limit: number }): Promise<OutboxEntry[]> {
    const result =
      options.status === null
        ? await this.db.query<OutboxRow>("SELECT * FROM outbox ORDER BY id DESC LIMIT $1", [options.limit])
        : await this.db.query<OutboxRow>("SELECT * FROM outbox WHERE status = $1 ORDER BY id DESC LIMIT $2", [
            options.status,
            options.limit,
          ]);
    return result.rows.map(fromRow);
  }

  /** Only the worker holding the lease may finish a row, only while leased (a rescheduled row is released) and pending ($1 id, $2 worker). */
  private async finish(id: number, workerId: string, assignments: string, values: string[]): Promise<boolean> {
    const result = await this.db.query(
      `UPDATE outbox SET ${assignments} WHERE id = $1 AND locked_by = $2 AND locked_until IS NOT NULL AND status = 'pending'`,
      [id, workerId, ...values],
    );
    return (result.rowCount ?? 0) > 0;
  }
}

function fromRow(row: OutboxRow): OutboxEntry {
  return toOutboxEntry(row, readJsonValue);
}
