// The default Store: one SQLite file in the data directory, WAL mode, numbered migrations.
import Database from "better-sqlite3";
import { loadMigrations } from "../migrations.js";
import type { Store, StoreSession } from "../store.js";
import { SqliteArticles } from "./sqlite-articles.js";
import { SqliteFeeds } from "./sqlite-feeds.js";
import { SqliteOutbox } from "./sqlite-outbox.js";
import { SqliteSettings } from "./sqlite-settings.js";
import { SqliteStories } from "./sqlite-stories.js";
import { SqliteSubscriptions } from "./sqlite-subscriptions.js";
import { SqliteUpdates } from "./sqlite-updates.js";

export class SqliteStore implements Store {
  readonly dialect = "sqlite" as const;
  readonly articles: SqliteArticles;
  readonly stories: SqliteStories;
  readonly settings: SqliteSettings;
  readonly subscriptions: SqliteSubscriptions;
  readonly updates: SqliteUpdates;
  readonly outbox: SqliteOutbox;
  readonly feeds: SqliteFeeds;
  /** Transactions share the one connection, so they run one after another. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(readonly db: Database.Database) {
    this.articles = new SqliteArticles(db);
    this.stories = new SqliteStories(db);
    this.settings = new SqliteSettings(db);
    this.subscriptions = new SqliteSubscriptions(db);
    this.updates = new SqliteUpdates(db);
    this.outbox = new SqliteOutbox(db);
    this.feeds = new SqliteFeeds(db);
  }

  /** Opens (creating if needed) the database at `path` (":memory:" for tests) and brings its schema up to date. */
  static open(path: string): SqliteStore {
    const db = new Database(path);
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 10000");
    migrate(db);
    return new SqliteStore(db);
  }

  transaction<T>(work: (session: StoreSession) => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      this.db.exec("BEGIN IMMEDIATE");
      try {
        const result = await work(this);
        this.db.exec("COMMIT");
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec("ROLLBACK");
        throw error;
      }
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    await this.queue;
    this.db.close();
  }
}

function migrate(db: Database.Database): void {
  db.exec(
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
  );
  const applied = new Set(
    db
      .prepare("SELECT version FROM schema_migrations")
      .all()
      .map((row) => (row as { version: number }).version),
  );
  const record = db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)");
  for (const migration of loadMigrations("sqlite")) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
  }
}
