import { createECDH, randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FLOOD_1, joinStory } from "../../../test/support/notify-fixtures.js";
import { SqliteStore } from "../../store/sqlite/sqlite-store.js";
import { buildServer } from "../build-server.js";

describe("following over HTTP", () => {
  let store: SqliteStore;
  beforeEach(async () => {
    store = SqliteStore.open(":memory:");
    await joinStory(store, "flood", FLOOD_1, "2024-05-01T10:00:00.000Z");
  });
  afterEach(async () => store.close());

  it("creates a webhook subscription by headline and returns its secret and links", async () => {
    const app = buildServer({ store, publicUrl: "https://news.example.org" });
    const response = await app.inject({
      method: "POST",
      url: "/api/follows",
      payload: {
        target: "Flood waters rise in Riverton",
        channel: { kind: "webhook", url: "https://hooks.example.org/in" },
      },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      follows: { kind: "story", storyId: "flood" },
      matchedBy: "headline",
      channel: "webhook",
    });
    expect(body.secret).toMatch(/^whsec_/);
    // Paced by default: at most one message about the story every ten minutes.
    expect(body).toMatchObject({ digestSeconds: 0, minGapSeconds: 600 });
    expect(body.unsubscribeUrl).toMatch(/^https:\/\/news\.example\.org\/unsubscribe\//);
    expect((await store.subscriptions.byId(body.id))?.channel).toMatchObject({
      url: "https://hooks.example.org/in",
      secret: body.secret,
    });
  });

  it("takes a follower's own pace, down to every update", async () => {
    const app = buildServer({ store });
    const everyUpdate = await app.inject({
      method: "POST",
      url: "/api/follows",
      payload: { target: "flood", channel: { kind: "feed" }, minGapSeconds: 0 },
    });
    expect(everyUpdate.statusCode).toBe(201);
    expect((await store.subscriptions.byId(everyUpdate.json().id))?.minGapSeconds).toBe(0);
    const tooSlow = await app.inject({
      method: "POST",
      url: "/api/follows",
      payload: { target: "flood", channel: { kind: "feed" }, minGapSeconds: 7 * 86_400 },
    });
    expect(tooSlow.statusCode).toBe(400);
  });

  it("answers 400 for a bad request and 404 for a URL nobody ingested", async () => {
    const app = buildServer({ store });
    const bad = await app.inject({
      method: "POST",
      url: "/api/follows",
      payload: { target: "flood", channel: { kind: "webhook", url: "ftp://x" } },
    });
    expect(bad.statusCode).toBe(400);
    const unknown = await app.inject({
      method: "POST",
      url: "/api/follows",
      payload: { target: "https://elsewhere.example/story", channel: { kind: "feed" } },
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toContain("no article from");
  });

  it("gives browsers the stored VAPID key and takes their PushSubscription", async () => {
    const app = buildServer({ store });
    const key = (await app.inject({ url: "/api/push/vapid-public-key" })).json().publicKey;
    expect(Buffer.from(key, "base64url")).toHaveLength(65);
    expect((await app.inject({ url: "/api/push/vapid-public-key" })).json().publicKey).toBe(key);

    const ecdh = createECDH("prime256v1");
    ecdh.generateKeys();
    const response = await app.inject({
      method: "POST",
      url: "/api/push/subscriptions",
      payload: {
        target: "riverton",
        asQuery: true,
        subscription: {
          endpoint: "https://push.example.net/send/abc",
          expirationTime: null,
          keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: randomBytes(16).toString("base64url") },
        },
      },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ channel: "push", follows: { kind: "query", query: "riverton" } });
    const short = await app.inject({
      method: "POST",
      url: "/api/push/subscriptions",
      payload: {
        target: "riverton",
        subscription: { endpoint: "https://push.example.net/x", keys: { p256dh: "AAAA", auth: "AAAA" } },
      },
    });
    expect(short.statusCode).toBe(400);
  });
});
