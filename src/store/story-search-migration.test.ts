// Migration 004 indexes the articles stored before it: a store upgraded in place finds its old stories.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createPostgresDatabase, POSTGRES_ADMIN_URL, POSTGRES_SKIP_REASON } from "../../test/support/store-backends.js";
import type { Article } from "../model.js";
import { PostgresStore } from "./postgres/pg-store.js";
import { SqliteStore } from "./sqlite/sqlite-store.js";
import type { Store } from "./store.js";

const at = "2024-05-01T12:00:00.000Z";
const oldArticle: Article = {
  id: "old",
  fingerprint: "fp-old",
  url: null,
  outlet: "Example News",
  title: "Ferry Strike Ends In Piraeus",
  author: null,
  published: at,
  section: null,
  language: "en",
  text: "Ferries sailed again.",
  source: "test:old",
  ingestedAt: at,
  entities: { people: ["Maria Papadopoulou"], places: ["Piraeus"], organisations: [] },
};

/** Stores a story of one article, then forgets the search index as if migration 004 had never run. */
async function storeOldStory(store: Store): Promise<void> {
  await store.articles.insert(oldArticle);
  await store.stories.save({
    id: "s-old",
    headline: oldArticle.title,
    createdAt: at,
    updatedAt: at,
    firstPublished: at,
    lastPublished: at,
    state: { version: 1 },
  });
  const reason = { score: 1, decision: "new-story", sharedTerms: [], sharedEntities: [] };
  await store.stories.addMember({ storyId: "s-old", articleId: "old", joinedAt: at, reason, manual: false });
}

async function searchFinds(store: Store, search: string): Promise<string[]> {
  return (await store.stories.list({ limit: 5, offset: 0, search })).map((story) => story.id);
}

describe("story search migration on SQLite", () => {
  it("indexes the titles and names of articles stored before it", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "storyline-search-")), "storyline.db");
    const before = SqliteStore.open(path);
    await storeOldStory(before);
    before.db.exec("DROP TABLE article_search; DELETE FROM schema_migrations WHERE version = 4");
    await before.close();

    const after = SqliteStore.open(path);
    try {
      expect(await searchFinds(after, "ferry piraeus")).toEqual(["s-old"]);
      expect(await searchFinds(after, "papadopoulou")).toEqual(["s-old"]);
    } finally {
      await after.close();
    }
  });
});

describe.skipIf(POSTGRES_ADMIN_URL === null)(
  `story search migration on PostgreSQL${POSTGRES_ADMIN_URL === null ? ` (skipped: ${POSTGRES_SKIP_REASON})` : ""}`,
  () => {
    it("indexes the titles and names of articles stored before it", async () => {
      const database = await createPostgresDatabase();
      try {
        const before = await PostgresStore.open(database.url);
        await storeOldStory(before);
        await before.close();
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        await client.query("DROP TABLE article_search; DELETE FROM schema_migrations WHERE version = 4");
        await client.end();

        const after = await PostgresStore.open(database.url);
        try {
          expect(await searchFinds(after, "ferry piraeus")).toEqual(["s-old"]);
          expect(await searchFinds(after, "papadopoulou")).toEqual(["s-old"]);
        } finally {
          await after.close();
        }
      } finally {
        await database.drop();
      }
    });
  },
);
