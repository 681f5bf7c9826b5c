import { resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestDocuments } from "../../ingest/ingest-documents.js";
import { StoryLedger } from "../../ingest/story-ledger.js";
import { watchFeed } from "../../ingest/watch-feed.js";
import { recordUpdateAndEnqueue } from "../../notify/follow-hook.js";
import { SqliteStore } from "../../store/sqlite/sqlite-store.js";
import { buildServer } from "../build-server.js";

const SEEDS = resolve(import.meta.dirname, "../../../../shared/seeds");

describe("HTML pages", () => {
  let store: SqliteStore;
  let storyId: string;
  beforeEach(async () => {
    store = SqliteStore.open(":memory:");
    const sources = ["000_7b13ad20f772f1d8.txt", "001_1d9d58bbc744f926.txt"].map((name) => ({
      kind: "file" as const,
      path: resolve(SEEDS, name),
    }));
    const options = { store, ledger: new StoryLedger(), onJoined: recordUpdateAndEnqueue };
    for await (const outcome of ingestDocuments(sources, options)) {
      if (outcome.status !== "added") throw new Error(`seed not added: ${outcome.source}`);
      storyId = outcome.storyId;
    }
  });
  afterEach(async () => store.close());

  it("shows a story with what the second article added and a box to follow it", async () => {
    const app = buildServer({ store });
    const body = (await app.inject({ url: `/stories/${storyId}` })).body;
    expect(body).toContain("<h2>What is new</h2>");
    expect(body).toMatch(/<li>[^<]*arrived in Russia[^<]*<\/li>/);
    // Seed 000 was published in 2023 and found years later: dated by publication, with the day it was found.
    const updates = await store.updates.ofStories([storyId], { limit: 10, notableOnly: false });
    const found = updates.find((update) => update.headline.startsWith("Us Says"))?.createdAt.slice(0, 10);
    expect(found).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(body).toMatch(new RegExp(`<time>2023-12-01</time> Us Says North Korea[^\\n]* · found ${found}`));
    // Seed 001 shows no date: it is dated by the day it was found, with no second "found".
    expect(body).toMatch(
      /<time>\d{4}-\d\d-\d\d<\/time> North Korean Leader Kim Jong Un Arrives[^\n]*Eko Hot Blog<\/span>/,
    );
    expect(body).toContain(`data-follow="${storyId}"`);
    expect(body).toContain('data-action="push"');
    expect(body).toMatch(/<select name="pace">[\s\S]*at most one message every 10 minutes[\s\S]*one digest a day/);
    expect(body).toContain(`href="/stories/${storyId}/feed.atom"`);
    expect(body).toContain('<script src="/app.js" defer></script>');
    // Names as the articles write them, not the lower case the analysis matches on.
    expect(body).toContain("<span>Kim Jong Un</span>");
    expect(body).toContain("<span>NSC</span>");
  });

  it("never turns a stored javascript: URL into a link, and escapes headlines", async () => {
    await store.articles.insert({
      id: "a-bad",
      fingerprint: "fp-bad",
      url: "javascript:alert(1)",
      outlet: null,
      title: "<b>Bold</b> claims",
      author: null,
      published: null,
      section: null,
      language: "en",
      text: "Text.",
      source: "test",
      ingestedAt: "2024-05-01T00:00:00.000Z",
      entities: { people: [], places: [], organisations: [] },
    });
    const reason = { score: 1, decision: "new-story", sharedTerms: [], sharedEntities: [] };
    await store.stories.addMember({
      storyId,
      articleId: "a-bad",
      joinedAt: "2024-05-01T00:00:00.000Z",
      reason,
      manual: true,
    });
    const body = (await buildServer({ store }).inject({ url: `/stories/${storyId}` })).body;
    expect(body).not.toContain("javascript:alert");
    expect(body).toContain("&lt;b&gt;Bold&lt;/b&gt; claims");
  });

  it("lists the watched feeds with their last poll and a form to add one", async () => {
    const app = buildServer({ store });
    expect((await app.inject({ url: "/feeds" })).body).toContain("No feeds are watched yet.");
    await watchFeed(store, { url: "https://town.example/feed.xml", intervalSeconds: 1800 }, new Date());
    const body = (await app.inject({ url: "/feeds" })).body;
    expect(body).toContain("https://town.example/feed.xml");
    expect(body).toContain("30 min");
    expect(body).toContain("not polled yet");
    expect(body).toContain('data-action="add-feed"');
  });

  it("serves the page script and the service worker that shows pushed updates", async () => {
    const app = buildServer({ store });
    const script = await app.inject({ url: "/app.js" });
    expect(script.headers["content-type"]).toContain("text/javascript");
    expect(script.body).toContain("/api/push/subscriptions");
    const worker = await app.inject({ url: "/sw.js" });
    expect(worker.body).toContain('addEventListener("push"');
    expect(worker.body).toContain("showNotification");
  });
});
