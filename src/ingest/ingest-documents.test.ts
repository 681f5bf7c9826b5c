import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { libraryPage, townParagraph } from "../../test/support/town-news.js";
import { SqliteStore } from "../store/sqlite/sqlite-store.js";
import type { DocumentSource } from "./document-sources.js";
import { type IngestOptions, type IngestOutcome, ingestDocuments } from "./ingest-documents.js";
import { StoryLedger } from "./story-ledger.js";

const SEEDS = resolve(import.meta.dirname, "../../../shared/seeds");
const seed = (name: string): DocumentSource => ({ kind: "file", path: join(SEEDS, name) });
const SEED_000 = seed("000_7b13ad20f772f1d8.txt");
const SEED_001 = seed("001_1d9d58bbc744f926.txt");

async function collect(sources: DocumentSource[], options: IngestOptions): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  for await (const outcome of ingestDocuments(sources, options)) outcomes.push(outcome);
  return outcomes;
}

describe("ingestDocuments", () => {
  let store: SqliteStore;
  let folder: string;
  beforeEach(() => {
    store = SqliteStore.open(":memory:");
    folder = mkdtempSync(join(tmpdir(), "storyline-ingest-"));
  });
  afterEach(async () => store.close());

  it("puts the two seed pages into one story", async () => {
    const outcomes = await collect([SEED_000, SEED_001], { store, ledger: new StoryLedger() });
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["added", "added"]);
    const stories = await store.stories.list({ limit: 10, offset: 0 });
    expect(stories).toHaveLength(1);
    const detail = await store.stories.detail(stories[0]!.id);
    expect(detail?.timeline.map((entry) => entry.title)).toEqual([
      "Us Says North Korea Set For Arms Talk With Russia",
      "North Korean Leader Kim Jong Un Arrives In Russia For Talks With Putin",
    ]);
    expect(detail?.timeline[1]?.reason.decision).toBe("assigned");
    // Names are stored as the articles write them, not in the folded form the clusterer matches on.
    expect(detail?.entities.people).toEqual(expect.arrayContaining(["Kim Jong Un", "Vladimir Putin"]));
    expect(detail?.entities.organisations).toContain("NSC");
    // Seed 001 names its own outlet in its lead ("Eko Hot Blog reports that…"): a brand, not a party to the story.
    expect(detail?.outlets).toContain("Eko Hot Blog");
    expect(detail?.entities.organisations).not.toContain("Eko Hot Blog");
  });

  it("stores an article submitted twice once", async () => {
    await collect([SEED_000], { store, ledger: new StoryLedger() });
    const again = await collect([SEED_000], { store, ledger: new StoryLedger() });
    expect(again[0]?.status).toBe("duplicate");
    expect(await store.articles.count()).toBe(1);
  });

  it("reports each bad file and still ingests the rest of the batch", async () => {
    const empty = join(folder, "empty.html");
    const binary = join(folder, "image.html");
    const huge = join(folder, "huge.html");
    const latin = join(folder, "latin.txt");
    writeFileSync(empty, "");
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(huge, Buffer.alloc(20 * 1024 * 1024, "<p>x</p>"));
    const paragraph =
      "The caf\xe9 owners of the old town marched on Friday against the new parking rules, which they say keep customers away from the square. The council said it would review the rules in the spring, after a survey of residents and traders.";
    writeFileSync(
      latin,
      Buffer.from(
        `Caf\xe9 owners protest parking rules\n\n${paragraph}\n\n${paragraph.replace("Friday", "Saturday")}`,
        "latin1",
      ),
    );
    const sources: DocumentSource[] = [empty, binary, huge, latin].map((path) => ({ kind: "file", path }));
    const outcomes = await collect([...sources, SEED_000], { store, ledger: new StoryLedger() });
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["failed", "failed", "failed", "added", "added"]);
    const errors = outcomes.map((outcome) => (outcome.status === "failed" ? outcome.error : ""));
    expect(errors[0]).toMatch(/empty/);
    expect(errors[1]).toMatch(/binary/);
    expect(errors[2]).toMatch(/20\.0 MiB, over the 16\.0 MiB limit/);
    expect(outcomes[3]?.warnings.join(" ")).toMatch(/not valid UTF-8/);
    expect(await store.articles.count()).toBe(2);
  });

  it("keeps nothing of an article whose transaction fails, and takes it on the next run", async () => {
    const ledger = new StoryLedger();
    const crash: IngestOptions["onJoined"] = async () => {
      throw new Error("power cut");
    };
    const first = await collect([SEED_000, SEED_001], { store, ledger, onJoined: crash });
    expect(first.every((outcome) => outcome.status === "failed")).toBe(true);
    expect(await store.articles.count()).toBe(0);
    expect(await store.stories.list({ limit: 10, offset: 0 })).toEqual([]);
    const second = await collect([SEED_000, SEED_001], { store, ledger });
    expect(second.map((outcome) => outcome.status)).toEqual(["added", "added"]);
    expect(await store.stories.list({ limit: 10, offset: 0 })).toHaveLength(1);
  });

  it("sees stories another worker stored meanwhile", async () => {
    const path = join(folder, "shared.db");
    const worker1 = SqliteStore.open(path);
    const worker2 = SqliteStore.open(path);
    try {
      await collect([SEED_000], { store: worker1, ledger: new StoryLedger() });
      await collect([SEED_001], { store: worker2, ledger: new StoryLedger() });
      expect(await worker1.stories.list({ limit: 10, offset: 0 })).toHaveLength(1);
    } finally {
      await worker1.close();
      await worker2.close();
    }
  });

  it("ingests a feed: full entries directly, teaser entries from their links, dead links as errors", async () => {
    const server: Server = createServer((request, response) => {
      if (request.url === "/teaser") {
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        response.end(libraryPage());
      } else {
        response.writeHead(404);
        response.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const feed = join(folder, "town.rss");
      writeFileSync(
        feed,
        `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Town Crier</title>
        <item><title>New tram line approved</title><link>${base}/tram</link><pubDate>Mon, 04 Mar 2024 09:00:00 GMT</pubDate>
        <content:encoded><![CDATA[${townParagraph("tram line")}${townParagraph("tram depot")}]]></content:encoded></item>
        <item><title>Library extension opens</title><link>${base}/teaser</link></item>
        <item><title>Gone</title><link>${base}/gone</link></item></channel></rss>`,
      );
      const outcomes = await collect([{ kind: "file", path: feed }], { store, ledger: new StoryLedger() });
      expect(outcomes.map((outcome) => outcome.status)).toEqual(["added", "added", "failed"]);
      const tram = await store.articles.byId(outcomes[0]?.status === "added" ? outcomes[0].articleId : "");
      expect(tram).toMatchObject({
        title: "New tram line approved",
        outlet: "Town Crier",
        published: "2024-03-04T09:00:00.000Z",
        url: `${base}/tram`,
      });
      expect(outcomes[1]).toMatchObject({
        status: "added",
        title: "Library extension opens",
        source: `${base}/teaser`,
      });
      expect(outcomes[2]).toMatchObject({ status: "failed", error: "the server answered 404 Not Found" });
    } finally {
      server.close();
    }
  });

  it("reads the relative dateline of a page it fetched against the clock, and of a file or posted page not at all", async () => {
    const page = (topic: string) => `<!doctype html><html lang="en"><head><title>The ${topic} changes</title></head>
      <body><article><h1>The ${topic} changes</h1><p>By Ann Dale | 2 days ago</p>${townParagraph(topic)}
      ${townParagraph(`${topic} plans`)}</article></body></html>`;
    const server: Server = createServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(page("ferry timetable"));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ferry`;
    const file = join(folder, "harbour.html");
    writeFileSync(file, page("harbour wall"));
    const posted: DocumentSource = {
      kind: "loaded",
      name: "https://harbour.example/pier",
      document: { content: page("pier lights"), encoding: "utf-8", warnings: [], url: "https://harbour.example/pier" },
    };
    try {
      const now = () => new Date("2025-03-10T12:00:00Z");
      const outcomes = await collect([{ kind: "url", url }, { kind: "file", path: file }, posted], {
        store,
        ledger: new StoryLedger(),
        now,
      });
      expect(outcomes.map((outcome) => outcome.status)).toEqual(["added", "added", "added"]);
      const published = await Promise.all(
        outcomes.map(async (outcome) =>
          outcome.status === "added" ? (await store.articles.byId(outcome.articleId))?.published : undefined,
        ),
      );
      expect(published[0]).toMatch(/^2025-03-08/);
      expect(published.slice(1)).toEqual([null, null]);
    } finally {
      server.close();
    }
  });

  it("fails a URL nobody answers with the reason, and goes on with the next source", async () => {
    const folder = mkdtempSync(join(tmpdir(), "storyline-refused-"));
    const page = join(folder, "page.txt");
    writeFileSync(
      page,
      `Council Approves Budget\n\n${townParagraph("budget vote")}\n\n${townParagraph("budget debate")}`,
    );
    // A port that was just free: nothing listens on it.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const closedPort = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const outcomes = await collect(
      [
        { kind: "url", url: `http://127.0.0.1:${closedPort}/article` },
        { kind: "file", path: page },
      ],
      { store, ledger: new StoryLedger() },
    );
    expect(outcomes[0]).toMatchObject({ status: "failed" });
    expect(outcomes[0]?.status === "failed" ? outcomes[0].error : "").toMatch(
      /^could not fetch the page \(fetch failed: .*ECONNREFUSED/,
    );
    expect(outcomes[1]?.status).toBe("added");
  });
});
