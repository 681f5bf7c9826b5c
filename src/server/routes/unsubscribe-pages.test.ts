import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FLOOD_1, FLOOD_2, follow, joinStory } from "../../../test/support/notify-fixtures.js";
import { SqliteStore } from "../../store/sqlite/sqlite-store.js";
import { buildServer } from "../build-server.js";

describe("unsubscribe links", () => {
  let store: SqliteStore;
  beforeEach(async () => {
    store = SqliteStore.open(":memory:");
    await joinStory(store, "flood", FLOOD_1, "2024-05-01T10:00:00.000Z");
  });
  afterEach(async () => store.close());

  it("asks before unsubscribing on GET, and unsubscribes on the one-click POST, cancelling what was waiting", async () => {
    const followed = await follow(store, "flood", { kind: "webhook", url: "http://127.0.0.1:9/hook" });
    await joinStory(store, "flood", FLOOD_2, "2024-05-02T10:00:00.000Z");
    const path = `/unsubscribe/${followed.subscription.unsubscribeToken}`;
    const app = buildServer({ store });

    const page = await app.inject({ url: path });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<form method="post"');
    expect((await store.subscriptions.byId(followed.subscription.id))?.status).toBe("active");

    const done = await app.inject({
      method: "POST",
      url: path,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "List-Unsubscribe=One-Click",
    });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain("no longer follow");
    expect((await store.subscriptions.byId(followed.subscription.id))?.status).toBe("unsubscribed");
    expect((await store.outbox.list({ status: null, limit: 5 })).map((row) => row.status)).toEqual(["cancelled"]);
  });

  it("answers 404 for an unknown token", async () => {
    const app = buildServer({ store });
    expect((await app.inject({ url: "/unsubscribe/not-a-real-token-at-all" })).statusCode).toBe(404);
    expect((await app.inject({ method: "POST", url: "/unsubscribe/not-a-real-token-at-all" })).statusCode).toBe(404);
  });
});
