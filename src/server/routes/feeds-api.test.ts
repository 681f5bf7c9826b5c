import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SqliteStore } from "../../store/sqlite/sqlite-store.js";
import { buildServer } from "../build-server.js";

describe("feeds API", () => {
  let store: SqliteStore;
  beforeEach(() => {
    store = SqliteStore.open(":memory:");
  });
  afterEach(async () => store.close());

  it("adds a feed once, lists it, and removes it by id", async () => {
    const app = buildServer({ store });
    const created = await app.inject({
      method: "POST",
      url: "/api/feeds",
      payload: { url: "https://town.example/feed.xml", intervalSeconds: 300 },
    });
    expect(created.statusCode).toBe(201);
    const { feed } = created.json();
    expect(feed).toMatchObject({ url: "https://town.example/feed.xml", intervalSeconds: 300, status: "active" });

    const again = await app.inject({
      method: "POST",
      url: "/api/feeds",
      payload: { url: "https://town.example/feed.xml" },
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ added: false, feed: { id: feed.id, intervalSeconds: 300 } });

    expect((await app.inject({ method: "GET", url: "/api/feeds" })).json().feeds).toHaveLength(1);
    expect((await app.inject({ method: "DELETE", url: `/api/feeds/${feed.id}` })).statusCode).toBe(204);
    expect((await app.inject({ method: "DELETE", url: `/api/feeds/${feed.id}` })).statusCode).toBe(404);
  });

  it("refuses a feed that is not an http(s) URL or would be polled more than once a minute", async () => {
    const app = buildServer({ store });
    for (const payload of [
      { url: "file:///etc/passwd" },
      { url: "https://town.example/feed.xml", intervalSeconds: 5 },
      {},
    ]) {
      const response = await app.inject({ method: "POST", url: "/api/feeds", payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().error).toBe("invalid request");
    }
    expect(await store.feeds.list()).toEqual([]);
  });
});
