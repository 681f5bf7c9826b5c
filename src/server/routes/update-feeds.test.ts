import { JSDOM } from "jsdom";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { follow, joinFloodStory, joinStory, QUAKE_1 } from "../../../test/support/notify-fixtures.js";
import { SqliteStore } from "../../store/sqlite/sqlite-store.js";
import { buildServer } from "../build-server.js";

const parse = (xml: string) => new new JSDOM("").window.DOMParser().parseFromString(xml, "application/xml");

describe("Atom feeds of updates", () => {
  let store: SqliteStore;
  beforeEach(async () => {
    store = SqliteStore.open(":memory:");
    await joinFloodStory(store);
  });
  afterEach(async () => store.close());

  it("serves a story's notable updates, newest first, as Atom with a self link on the public URL", async () => {
    const app = buildServer({ store, publicUrl: "https://news.example.org" });
    const response = await app.inject({ url: "/stories/flood/feed.atom" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const document = parse(response.body);
    expect(document.getElementsByTagName("parsererror")).toHaveLength(0);
    const titles = [...document.getElementsByTagName("entry")].map(
      (entry) => entry.getElementsByTagName("title")[0]?.textContent,
    );
    // The wire copy brought nothing new, so it is not in the feed.
    expect(titles).toEqual(["Army sent to Riverton as second dam fails", "Flood waters rise in Riverton"]);
    const self = [...document.getElementsByTagName("link")].find((link) => link.getAttribute("rel") === "self");
    expect(self?.getAttribute("href")).toBe("https://news.example.org/stories/flood/feed.atom");
  });

  it("redirects a merged story's feed to the story it joined, and answers 404 for unknown ones", async () => {
    await store.stories.addAlias("flood-old", "flood", "2024-05-03T00:00:00.000Z");
    const app = buildServer({ store });
    const moved = await app.inject({ url: "/stories/flood-old/feed.atom", headers: { host: "storyline.local:8080" } });
    expect(moved.statusCode).toBe(301);
    expect(moved.headers.location).toBe("http://storyline.local:8080/stories/flood/feed.atom");
    expect((await app.inject({ url: "/stories/nope/feed.atom" })).statusCode).toBe(404);
    expect((await app.inject({ url: "/subscriptions/nope/feed.atom" })).statusCode).toBe(404);
  });

  it("keeps the updates of a story merged into this one in its feed", async () => {
    await joinStory(store, "quake", QUAKE_1, "2024-05-02T12:00:00.000Z");
    await store.stories.moveMembers("quake", "flood");
    await store.stories.remove("quake");
    await store.stories.addAlias("quake", "flood", "2024-05-03T00:00:00.000Z");
    const app = buildServer({ store });
    const document = parse((await app.inject({ url: "/stories/flood/feed.atom" })).body);
    const titles = [...document.getElementsByTagName("entry")].map(
      (entry) => entry.getElementsByTagName("title")[0]?.textContent,
    );
    expect(titles).toContain(QUAKE_1.article.title);
    expect(titles).toHaveLength(3);
  });

  it("serves a subscription's feed across the stories it follows", async () => {
    const followed = await follow(store, "flood", { kind: "feed" });
    const app = buildServer({ store });
    const response = await app.inject({ url: `/subscriptions/${followed.subscription.id}/feed.atom` });
    expect(response.statusCode).toBe(200);
    const document = parse(response.body);
    expect(document.getElementsByTagName("entry")).toHaveLength(2);
    expect(document.getElementsByTagName("title")[0]?.textContent).toBe("Following: flood");
  });
});
