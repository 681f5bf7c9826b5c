// Key/value settings in PostgreSQL.
import type { SettingsRepository } from "../store.js";
import { firstRow, type Queryable } from "./queryable.js";

export class PgSettings implements SettingsRepository {
  constructor(private readonly db: Queryable) {}

  async get(key: string): Promise<string | null> {
    const row = await firstRow<{ value: string }>(this.db, "SELECT value FROM settings WHERE key = $1", [key]);
    return row?.value ?? null;
  }

  async set(key: string, value: string): Promise<void> {
    await this.db.query(
      "INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      [key, value],
    );
  }
}
