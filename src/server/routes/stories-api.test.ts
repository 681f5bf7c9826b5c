import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { joinFloodStory } from "../../../test/support/notify-fixtures.js";
import { SqliteStore } from "../../store/sqlite/sqlite-store.js";
import { buildServer } from "../build-server.js";

interface UpdatesBody {
  story: string;
  updates: { article: { title: string; outlet: string | null }; summary: string[]; newOutlets: string[] }[];
}

describe("GET /api/stories/:id/updates", () => {
  let store: SqliteStore;
  beforeEach(async () => {
    store = SqliteStore.open(":memory:");
    await joinFloodStory(store);
  });
  afterEach(async () => store.close());

  it("lists what each article added, newest first, the wire copy only when asked for all", async () => {
    const app = buildServer({ store });
    const notable = (await app.inject({ url: "/api/stories/flood/updates" })).json() as UpdatesBody;
    expect(notable.story).toBe("flood");
    expect(notable.updates.map((update) => update.article.title)).toEqual([
      "Army sent to Riverton as second dam fails",
      "Flood waters rise in Riverton",
    ]);
    expect(notable.updates[0]?.newOutlets).toEqual(["Daily Courier"]);
    expect(notable.updates[0]?.summary.join(" ")).toContain("second dam upstream failed");

    const all = (await app.inject({ url: "/api/stories/flood/updates?all=true&limit=5" })).json() as UpdatesBody;
    expect(all.updates[0]?.article.title).toBe("Floods force hundreds from homes in Riverton");
    expect(all.updates).toHaveLength(3);
  });

  it("follows an alias, answers 404 for an unknown story and 400 for a bad query", async () => {
    await store.stories.addAlias("flood-old", "flood", "2024-05-03T00:00:00.000Z");
    const app = buildServer({ store });
    expect(((await app.inject({ url: "/api/stories/flood-old/updates" })).json() as UpdatesBody).story).toBe("flood");
    expect((await app.inject({ url: "/api/stories/nope/updates" })).statusCode).toBe(404);
    expect((await app.inject({ url: "/api/stories/flood/updates?all=maybe" })).statusCode).toBe(400);
    expect((await app.inject({ url: "/api/stories/flood/updates?limit=0" })).statusCode).toBe(400);
  });
});
