// The store backends a test can run against: SQLite always, PostgreSQL when the test script started a server
// (STORYLINE_TEST_DATABASE_URL names its admin database); each `open` gets an empty database of its own.
import { afterEach, beforeEach, describe } from "vitest";
import { PostgresStore } from "../../src/store/postgres/pg-store.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { Store } from "../../src/store/store.js";
import { createPostgresDatabase, POSTGRES_ADMIN_URL, POSTGRES_SKIP_REASON } from "./postgres-scratch.js";

export { createPostgresDatabase, POSTGRES_ADMIN_URL, POSTGRES_SKIP_REASON };

export interface StoreBackend {
  name: "sqlite" | "postgres";
  /** A fresh, empty store; `release` closes it and throws its data away. */
  open(): Promise<{ store: Store; release: () => Promise<void> }>;
}

export const sqliteBackend: StoreBackend = {
  name: "sqlite",
  async open() {
    const store = SqliteStore.open(":memory:");
    return { store, release: () => store.close() };
  },
};

export const postgresBackend: StoreBackend = {
  name: "postgres",
  async open() {
    const database = await createPostgresDatabase();
    const store = await PostgresStore.open(database.url);
    return {
      store,
      release: async () => {
        await store.close();
        await database.drop();
      },
    };
  },
};

const BACKENDS: { backend: StoreBackend; skip: boolean }[] = [
  { backend: sqliteBackend, skip: false },
  { backend: postgresBackend, skip: POSTGRES_ADMIN_URL === null },
];

/**
 * Declares `suite` once per backend, each test on a fresh store (`current()` returns it). The PostgreSQL copy is
 * skipped, with the reason in its name, when no test server was started.
 */
export function describeEachBackend(title: string, suite: (current: () => Store) => void): void {
  for (const { backend, skip } of BACKENDS) {
    const name = `${title} on ${backend.name}${skip ? ` (skipped: ${POSTGRES_SKIP_REASON})` : ""}`;
    describe.skipIf(skip)(name, () => {
      let store: Store | null = null;
      let release: (() => Promise<void>) | null = null;
      beforeEach(async () => {
        ({ store, release } = await backend.open());
      });
      afterEach(async () => {
        await release?.();
        store = null;
      });
      suite(() => {
        if (store === null) throw new Error("the store is only open inside a test");
        return store;
      });
    });
  }
}
