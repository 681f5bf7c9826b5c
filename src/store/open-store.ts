// Chooses the store the configuration names: SQLite in the data directory unless a PostgreSQL URL is given.
import { type Config, ensureDataDir, sqlitePathOf } from "../config.js";
import { SqliteStore } from "./sqlite/sqlite-store.js";
import type { Store } from "./store.js";

export async function openStore(config: Config): Promise<Store> {
  if (config.databaseUrl && /^postgres(ql)?:\/\//.test(config.databaseUrl)) {
    throw new Error(
      "the PostgreSQL backend is not available in this version; unset STORYLINE_DATABASE_URL to use SQLite",
    );
  }
  ensureDataDir(config);
  return SqliteStore.open(sqlitePathOf(config));
}
