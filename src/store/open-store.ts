// Chooses the store the configuration names: SQLite in the data directory unless a PostgreSQL URL is given.
import { type Config, ensureDataDir, sqlitePathOf } from "../config.js";
import { PostgresStore } from "./postgres/pg-store.js";
import { SqliteStore } from "./sqlite/sqlite-store.js";
import type { Store } from "./store.js";

export async function openStore(config: Config): Promise<Store> {
  if (config.databaseUrl !== null) {
    if (!/^postgres(ql)?:\/\//.test(config.databaseUrl)) {
      throw new Error("STORYLINE_DATABASE_URL must be a postgres:// or postgresql:// URL (unset it to use SQLite)");
    }
    return PostgresStore.open(config.databaseUrl);
  }
  ensureDataDir(config);
  return SqliteStore.open(sqlitePathOf(config));
}
