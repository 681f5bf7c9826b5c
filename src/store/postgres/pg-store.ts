// The scale-out Store: PostgreSQL, shared by several worker processes. Write transactions take one advisory lock,
// which gives them the order SQLite's write lock gives: a worker that reads inside one sees every earlier commit.
import pg from "pg";
import { loadMigrations } from "../migrations.js";
import type { Store, StoreSession } from "../store.js";
import { PgArticles } from "./pg-articles.js";
import { PgFeeds } from "./pg-feeds.js";
import { PgOutbox } from "./pg-outbox.js";
import { PgSettings } from "./pg-settings.js";
import { PgStories } from "./pg-stories.js";
import { PgSubscriptions } from "./pg-subscriptions.js";
import { PgUpdates } from "./pg-updates.js";
import type { Queryable } from "./queryable.js";

/** Advisory lock keys (arbitrary, fixed): one for write transactions, one for schema migrations. */
const WRITE_LOCK = 0x5701_0001;
const MIGRATION_LOCK = 0x5701_0002;

export interface PostgresStoreOptions {
  /** Connections in the pool; reads outside transactions may use several at once. */
  maxConnections?: number;
}

class PgSession implements StoreSession {
  readonly articles: PgArticles;
  readonly stories: PgStories;
  readonly settings: PgSettings;
  readonly subscriptions: PgSubscriptions;
  readonly updates: PgUpdates;
  readonly outbox: PgOutbox;
  readonly feeds: PgFeeds;

  constructor(db: Queryable) {
    this.articles = new PgArticles(db);
    this.stories = new PgStories(db);
    this.settings = new PgSettings(db);
    this.subscriptions = new PgSubscriptions(db);
    this.updates = new PgUpdates(db);
    this.outbox = new PgOutbox(db);
    this.feeds = new PgFeeds(db);
  }
}

export class PostgresStore extends PgSession implements Store {
  readonly dialect = "postgres" as const;

  private constructor(private readonly pool: pg.Pool) {
    super(pool);
  }

  /** Connects to `url` (postgres://…) and brings the schema up to date; fails with the server's reason. */
  static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10 });
    // An idle connection the server drops (restart, timeout) must not crash the process; the next query reconnects.
    pool.on("error", () => undefined);
    try {
      await migrate(pool);
    } catch (error) {
      await pool.end();
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`cannot open the PostgreSQL database at ${redactPassword(url)}: ${reason}`);
    }
    return new PostgresStore(pool);
  }

  async transaction<T>(work: (session: StoreSession) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock($1)", [WRITE_LOCK]);
      const result = await work(new PgSession(client));
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** Applies the numbered migrations not yet applied; workers starting together take turns. */
async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await client.query(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
    );
    const applied = new Set(
      (await client.query<{ version: number }>("SELECT version FROM schema_migrations")).rows.map((row) => row.version),
    );
    for (const migration of loadMigrations("postgres")) {
      if (applied.has(migration.version)) continue;
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)", [
          migration.version,
          migration.name,
          new Date().toISOString(),
        ]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

/** The URL without its password, for error messages. */
export function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== "") parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable URL)";
  }
}
