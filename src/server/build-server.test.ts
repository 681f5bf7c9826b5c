import { resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestDocuments } from "../ingest/ingest-documents.js";
import { StoryLedger } from "../ingest/story-ledger.js";
import { SqliteStore } from "../store/sqlite/sqlite-store.js";
import { buildServer } from "./build-server.js";

const SEEDS = resolve(import.meta.dirname, "../../../shared/seeds");

describe("HTTP server", () => {
  let store: SqliteStore;
  beforeEach(async () => {
    store = SqliteStore.open(":memory:");
    const sources = ["000_7b13ad20f772f1d8.txt", "001_1d9d58bbc744f926.txt"].map((name) => ({
      kind: "file" as const,
      path: resolve(SEEDS, name),
    }));
    for await (const outcome of ingestDocuments(sources, { store, ledger: new StoryLedger() }))
      expect(outcome.status).toBe("added");
  });
  afterEach(async () => store.close());

  it("lists stories as a page and as JSON, and shows one story", async () => {
    const app = buildServer({ store });
    const home = await app.inject({ url: "/" });
    expect(home.statusCode).toBe(200);
    expect(home.headers["content-type"]).toContain("text/html");
    const api = await app.inject({ url: "/api/stories" });
    const { stories } = api.json() as { stories: { id: string; headline: string }[] };
    expect(stories).toHaveLength(1);
    expect(home.body).toContain(`/stories/${stories[0]!.id}`);
    const page = await app.inject({ url: `/stories/${stories[0]!.id}` });
    expect(page.body).toContain("Us Says North Korea Set For Arms Talk With Russia");
    expect(page.body).toContain(`href="/stories/${stories[0]!.id}/feed.atom"`);
    const detail = await app.inject({ url: `/api/stories/${stories[0]!.id}` });
    expect((detail.json() as { timeline: unknown[] }).timeline).toHaveLength(2);
  });

  it("finds stories by the words of their articles' titles and names, as JSON and as a page", async () => {
    const app = buildServer({ store });
    const search = async (q: string) =>
      ((await app.inject({ url: `/api/stories?q=${encodeURIComponent(q)}` })).json() as { stories: unknown[] }).stories;
    expect(await search("Kim Jong Un vladivostok")).toHaveLength(1);
    expect(await search("valencia")).toHaveLength(0);
    expect((await app.inject({ url: `/api/stories?q=${"x".repeat(201)}` })).statusCode).toBe(400);

    const found = (await app.inject({ url: "/?q=putin" })).body;
    expect(found).toMatch(/<a href="\/stories\/s_[^"]+">/);
    expect(found).toContain('value="putin"');
    const none = (await app.inject({ url: "/?q=%3Cb%3Evalencia" })).body;
    expect(none).toContain("No story has an article whose title or names hold all of “&lt;b&gt;valencia”");
  });

  it("answers 404 for an unknown story and 400 for a bad query", async () => {
    const app = buildServer({ store });
    expect((await app.inject({ url: "/api/stories/nope" })).statusCode).toBe(404);
    expect((await app.inject({ url: "/stories/nope" })).statusCode).toBe(404);
    expect((await app.inject({ url: "/api/stories?limit=0" })).statusCode).toBe(400);
  });

  it("splits, relates and merges stories by hand through the API", async () => {
    const app = buildServer({ store });
    const { stories } = (await app.inject({ url: "/api/stories" })).json() as { stories: { id: string }[] };
    const original = stories[0]!.id;
    const detail = (await app.inject({ url: `/api/stories/${original}` })).json() as {
      timeline: { articleId: string; title: string }[];
    };
    const update = detail.timeline.find((entry) => entry.title.startsWith("North Korean Leader"))!;

    const split = await app.inject({
      method: "POST",
      url: `/api/stories/${original}/split`,
      payload: { articles: [update.articleId] },
    });
    expect(split.statusCode).toBe(201);
    const { newStory } = split.json() as { newStory: string };

    const related = (await app.inject({ url: `/api/stories/${original}/related` })).json() as {
      related: { storyId: string }[];
    };
    expect(related.related.map((story) => story.storyId)).toContain(newStory);

    const merge = await app.inject({
      method: "POST",
      url: `/api/stories/${newStory}/merge`,
      payload: { into: original },
    });
    expect(merge.json()).toEqual({ merged: newStory, into: original });
    expect(((await app.inject({ url: `/api/stories/${newStory}` })).json() as { id: string }).id).toBe(original);

    const again = await app.inject({
      method: "POST",
      url: `/api/stories/${newStory}/merge`,
      payload: { into: original },
    });
    expect(again.statusCode).toBe(409);
    expect(
      (await app.inject({ method: "POST", url: `/api/stories/${original}/split`, payload: { articles: [] } }))
        .statusCode,
    ).toBe(400);
  });
});
