import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SqliteStore } from "../../store/sqlite/sqlite-store.js";
import { buildServer } from "../build-server.js";

const SEEDS = resolve(import.meta.dirname, "../../../../shared/seeds");
const seed = (name: string) => readFileSync(resolve(SEEDS, name), "utf8");

describe("articles API", () => {
  let store: SqliteStore;
  beforeEach(() => {
    store = SqliteStore.open(":memory:");
  });
  afterEach(async () => store.close());

  it("takes posted pages into one story, knows a repeat, and shows the stored article with why it joined", async () => {
    const app = buildServer({ store });
    const post = (content: string) => app.inject({ method: "POST", url: "/api/articles", payload: { content } });
    const first = await post(seed("000_7b13ad20f772f1d8.txt"));
    expect(first.statusCode).toBe(201);
    const second = await post(seed("001_1d9d58bbc744f926.txt"));
    expect(second.statusCode).toBe(201);
    const [added] = second.json().outcomes;
    expect(added).toMatchObject({ status: "added", newStory: false, storyId: first.json().outcomes[0].storyId });

    const again = await post(seed("001_1d9d58bbc744f926.txt"));
    expect(again.statusCode).toBe(200);
    expect(again.json().outcomes[0].status).toBe("duplicate");

    const article = (await app.inject({ url: `/api/articles/${added.articleId}` })).json();
    expect(article.title).toBe("North Korean Leader Kim Jong Un Arrives In Russia For Talks With Putin");
    expect(article.story).toMatchObject({ id: added.storyId, reason: { decision: "assigned" } });
    expect((await app.inject({ url: "/api/articles/nope" })).statusCode).toBe(404);
  });

  it("says why a post is refused: not a URL, binary data, a page without an article", async () => {
    const app = buildServer({ store });
    expect((await app.inject({ method: "POST", url: "/api/articles", payload: { url: "ftp://x" } })).statusCode).toBe(
      400,
    );
    const binary = await app.inject({
      method: "POST",
      url: "/api/articles",
      payload: { content: "\u0000\u0001\u0002".repeat(50) },
    });
    expect(binary.statusCode).toBe(422);
    expect(binary.json().outcomes[0].error).toMatch(/binary/);
    const menu = await app.inject({
      method: "POST",
      url: "/api/articles",
      payload: { content: "Home\nNews\nSport\nContact us" },
    });
    expect(menu.statusCode).toBe(422);
    expect(await store.articles.count()).toBe(0);
  });
});
