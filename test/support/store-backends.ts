// The store backends a test can run against: SQLite always, PostgreSQL when the test script started a server
// (STORYLINE_TEST_DATABASE_URL names its admin database); each `open` gets an empty database of its own.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterEach, beforeEach, describe } from "vitest";
import { PostgresStore } from "../../src/store/postgres/pg-store.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { Store } from "../../src/store/store.js";

export const POSTGRES_ADMIN_URL = process.env.STORYLINE_TEST_DATABASE_URL ?? null;

/** Why PostgreSQL tests are skipped, shown in their names so a skip is never silent. */
export const POSTGRES_SKIP_REASON = "STORYLINE_TEST_DATABASE_URL is unset (npm test starts a server and sets it)";

/** Creates an empty database on the test server and returns its URL. */
export async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (POSTGRES_ADMIN_URL === null) throw new Error(POSTGRES_SKIP_REASON);
  const name = `storyline_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

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
