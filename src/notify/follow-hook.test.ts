import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  FLOOD_1,
  FLOOD_2,
  FLOOD_WIRE_COPY,
  follow,
  joinStory,
  joinStoryIn,
  makeArticle,
  QUAKE_1,
} from "../../test/support/notify-fixtures.js";
import { SqliteStore } from "../store/sqlite/sqlite-store.js";
import { SIGNATURE_SCHEME } from "../updates/record-update.js";
import { deliveryIdFor } from "./enqueue-deliveries.js";

const HOOK = { kind: "webhook", url: "http://127.0.0.1:9/hook" } as const;

describe("recording updates and fanning out to followers", () => {
  let store: SqliteStore;
  beforeEach(() => {
    store = SqliteStore.open(":memory:");
  });
  afterEach(async () => store.close());

  it("stores an update for every article, and outbox rows only for the story's followers", async () => {
    await joinStory(store, "flood", FLOOD_1, "2024-05-01T10:00:00.000Z");
    await joinStory(store, "quake", QUAKE_1, "2024-05-01T10:05:00.000Z");
    const flood = await follow(store, "flood", HOOK);
    await follow(store, "quake", HOOK);
    await joinStory(store, "flood", FLOOD_2, "2024-05-02T10:00:00.000Z");

    const updates = await store.updates.ofStories(["flood"], { limit: 10, notableOnly: false });
    expect(updates.map((update) => update.articleId)).toEqual(["flood-2", "flood-1"]);
    expect(updates[0]).toMatchObject({
      notable: true,
      newOutlets: ["Daily Courier"],
      previousHeadline: "Flood waters rise in Riverton",
    });
    expect(updates[0]?.summary.join(" ")).toMatch(/second dam/);
    const outbox = await store.outbox.list({ status: null, limit: 10 });
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      subscriptionId: flood.subscription.id,
      storyId: "flood",
      updateIds: [updates[0]?.id],
      deliveryId: deliveryIdFor(flood.subscription.id, updates[0]?.id ?? ""),
      status: "pending",
    });
  });

  it("writes no outbox row for a syndicated near-copy", async () => {
    await joinStory(store, "flood", FLOOD_1, "2024-05-01T10:00:00.000Z");
    await follow(store, "flood", HOOK);
    await joinStory(store, "flood", FLOOD_WIRE_COPY, "2024-05-01T11:00:00.000Z");
    const [update] = await store.updates.ofStories(["flood"], { limit: 1, notableOnly: false });
    expect(update).toMatchObject({ articleId: "flood-wire", notable: false, novelty: 0 });
    expect(await store.outbox.list({ status: null, limit: 10 })).toEqual([]);
  });

  it("rolls the update and its outbox rows back with the article", async () => {
    await joinStory(store, "flood", FLOOD_1, "2024-05-01T10:00:00.000Z");
    await follow(store, "flood", HOOK);
    await expect(
      store.transaction(async (session) => {
        await joinStoryIn(session, "flood", FLOOD_2, "2024-05-02T10:00:00.000Z");
        throw new Error("the clusterer failed after the hook");
      }),
    ).rejects.toThrow(/clusterer failed/);
    expect(await store.updates.ofStories(["flood"], { limit: 10, notableOnly: false })).toHaveLength(1);
    expect(await store.outbox.list({ status: null, limit: 10 })).toEqual([]);
  });

  it("lets a query catch a story that did not exist when it was made, then follow the whole story", async () => {
    const query = await follow(store, "riverton flood", HOOK);
    expect(query.subscription.follows).toEqual({ kind: "query", query: "riverton flood" });
    await joinStory(store, "quake", QUAKE_1, "2024-05-01T09:00:00.000Z");
    await joinStory(store, "flood", FLOOD_1, "2024-05-01T10:00:00.000Z");
    // Neither "riverton" nor "flood" is in this article, but the story was caught.
    const later = makeArticle(
      "flood-3",
      "Levee repairs begin",
      ["Engineers began repairing the broken levees on Friday, working through the night with floodlights and cranes."],
      "Daily Courier",
    );
    await joinStory(store, "flood", later, "2024-05-03T10:00:00.000Z");
    // Nothing was sent yet, so the later article joins the message that waits for the follower.
    const rows = await store.outbox.list({ status: null, limit: 10 });
    expect(rows.map((row) => [row.storyId, row.updateIds.length])).toEqual([["flood", 2]]);
    expect(await store.subscriptions.followedStories(query.subscription.id)).toEqual(["flood"]);
  });

  it("keeps following a story through a merge, by its old id", async () => {
    await joinStory(store, "flood-a", FLOOD_1, "2024-05-01T10:00:00.000Z");
    const followed = await follow(store, "flood-a", HOOK);
    await store.transaction(async (session) => {
      await session.stories.moveMembers("flood-a", "flood-b");
      await session.stories.remove("flood-a");
      await session.stories.save({
        id: "flood-b",
        headline: "Riverton floods",
        createdAt: "x",
        updatedAt: "x",
        firstPublished: null,
        lastPublished: null,
        state: {},
      });
      await session.stories.addAlias("flood-a", "flood-b", "2024-05-01T12:00:00.000Z");
    });
    await joinStory(store, "flood-b", FLOOD_2, "2024-05-02T10:00:00.000Z");
    const rows = await store.outbox.list({ status: null, limit: 10 });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ subscriptionId: followed.subscription.id, storyId: "flood-b" });
    expect(await store.subscriptions.followedStories(followed.subscription.id)).toEqual(["flood-b"]);
  });

  it("batches a digest subscriber's updates of one story into one row due an interval after the first", async () => {
    await joinStory(store, "flood", FLOOD_1, "2024-05-01T10:00:00.000Z");
    const digest = await follow(store, "flood", HOOK, { digestSeconds: 3600 });
    await joinStory(store, "flood", FLOOD_2, "2024-05-02T10:00:00.000Z");
    const later = makeArticle(
      "flood-3",
      "Levee repairs begin",
      ["Engineers began repairing the broken levees on Friday, working through the night with floodlights and cranes."],
      "Daily Courier",
    );
    await joinStory(store, "flood", later, "2024-05-02T10:30:00.000Z");
    const rows = await store.outbox.list({ status: null, limit: 10 });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      subscriptionId: digest.subscription.id,
      nextAttemptAt: "2024-05-02T11:00:00.000Z",
    });
    expect(rows[0]?.updateIds).toHaveLength(2);
  });

  it("signs the sentences of articles stored before updates were recorded, once", async () => {
    await store.transaction(async (session) => {
      await session.articles.insert(FLOOD_1.article);
      await session.stories.save({
        id: "flood",
        headline: "Flood",
        createdAt: "x",
        updatedAt: "x",
        firstPublished: null,
        lastPublished: null,
        state: {},
      });
      await session.stories.addMember({
        storyId: "flood",
        articleId: "flood-1",
        joinedAt: "x",
        reason: { score: 1, decision: "new-story", sharedTerms: [], sharedEntities: [] },
        manual: false,
      });
    });
    expect((await store.updates.sentenceSignatures(["flood-1"], SIGNATURE_SCHEME)).size).toBe(0);
    await joinStory(store, "flood", FLOOD_WIRE_COPY, "2024-05-01T11:00:00.000Z");
    expect((await store.updates.sentenceSignatures(["flood-1"], SIGNATURE_SCHEME)).get("flood-1")?.length).toBe(3 * 64);
    const [update] = await store.updates.ofStories(["flood"], { limit: 1, notableOnly: false });
    expect(update?.novelty).toBe(0);
  });
});
