// Key/value settings in SQLite.
import type Database from "better-sqlite3";
import type { SettingsRepository } from "../store.js";

export class SqliteSettings implements SettingsRepository {
  constructor(private readonly db: Database.Database) {}

  async get(key: string): Promise<string | null> {
    const row = this.db.prepare("SELECT value FROM settings WHERE key = ?").get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  async set(key: string, value: string): Promise<void> {
    this.db
      .prepare("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
      .run(key, value);
  }
}
