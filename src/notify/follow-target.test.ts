import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FLOOD_1, FLOOD_2, joinStory } from "../../test/support/notify-fixtures.js";
import { SqliteStore } from "../store/sqlite/sqlite-store.js";
import { FollowTargetError, resolveFollowTarget } from "./follow-target.js";

describe("resolveFollowTarget", () => {
  let store: SqliteStore;
  beforeEach(async () => {
    store = SqliteStore.open(":memory:");
    await joinStory(store, "flood", FLOOD_1, "2024-05-01T10:00:00.000Z");
    await joinStory(store, "flood", FLOOD_2, "2024-05-02T10:00:00.000Z");
    await store.stories.addAlias("flood-old", "flood", "2024-05-02T11:00:00.000Z");
  });
  afterEach(async () => store.close());

  const resolve = (target: string, asQuery = false) => resolveFollowTarget(store, target, { asQuery });

  it("finds a story by its id, an alias, an article's URL or an article's headline (any case)", async () => {
    expect(await resolve("flood")).toMatchObject({
      follows: { kind: "story", storyId: "flood" },
      matchedBy: "story-id",
    });
    expect(await resolve("flood-old")).toMatchObject({
      follows: { kind: "story", storyId: "flood" },
      matchedBy: "story-id",
    });
    expect(await resolve("https://news.example/flood-2")).toMatchObject({
      follows: { storyId: "flood" },
      matchedBy: "url",
    });
    expect(await resolve("  army sent to RIVERTON as second dam fails ")).toMatchObject({
      follows: { storyId: "flood" },
      matchedBy: "headline",
    });
  });

  it("takes anything else, or anything with asQuery, as a query", async () => {
    expect(await resolve("dam Millbrook")).toEqual({
      follows: { kind: "query", query: "dam Millbrook" },
      story: null,
      matchedBy: "query",
    });
    expect((await resolve("flood", true)).follows).toEqual({ kind: "query", query: "flood" });
  });

  it("refuses a URL nobody ingested and an empty target", async () => {
    await expect(resolve("https://news.example/unknown")).rejects.toThrow(FollowTargetError);
    await expect(resolve("https://news.example/unknown")).rejects.toMatchObject({ statusCode: 404 });
    await expect(resolve("   ")).rejects.toMatchObject({ statusCode: 400 });
  });
});
