// Polling watched feeds against a feed server on loopback, on both store backends.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { describeEachBackend } from "../../test/support/store-backends.js";
import { libraryPage, townParagraph } from "../../test/support/town-news.js";
import { entryLinkOf, FeedPoller, MAX_ENTRY_ATTEMPTS } from "./feed-poller.js";
import { StoryLedger } from "./story-ledger.js";
import { watchFeed } from "./watch-feed.js";

function item(slug: string, title: string, base: string, full: boolean): string {
  const content = full
    ? `<content:encoded><![CDATA[${townParagraph(title)}${townParagraph(`${title} budget`)}]]></content:encoded>`
    : "";
  return `<item><title>${title}</title><link>${base}/${slug}</link><pubDate>Mon, 04 Mar 2024 09:00:00 GMT</pubDate>${content}</item>`;
}

/** A town paper's feed server: the feed answers 304 to its own ETag; article pages are counted. */
class FeedServer {
  items: string[] = [];
  feedStatus = 200;
  feedHeaders: Record<string, string> = {};
  feedBody: string | null = null;
  readonly hits: string[] = [];
  private server: Server | null = null;
  base = "";

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const path = request.url ?? "";
      this.hits.push(path);
      if (path === "/feed.xml") {
        const body =
          this.feedBody ??
          `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Town Crier</title>${this.items.join("")}</channel></rss>`;
        const etag = `"v${body.length}"`;
        if (this.feedStatus !== 200) {
          response.writeHead(this.feedStatus, this.feedHeaders);
          response.end();
        } else if (request.headers["if-none-match"] === etag) {
          response.writeHead(304, { etag });
          response.end();
        } else {
          response.writeHead(200, { "content-type": "application/rss+xml", etag });
          response.end(body);
        }
      } else if (path === "/library") {
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        response.end(libraryPage());
      } else {
        response.writeHead(404);
        response.end();
      }
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

describe("entryLinkOf", () => {
  it("reads the entry link out of an ingest source name", () => {
    expect(entryLinkOf("https://town.example/feed.xml#https://town.example/a", "https://town.example/feed.xml")).toBe(
      "https://town.example/a",
    );
    expect(entryLinkOf("https://town.example/b", "https://town.example/feed.xml")).toBe("https://town.example/b");
  });
});

describeEachBackend("FeedPoller", (current) => {
  const server = new FeedServer();
  let clock: Date;
  const advance = (minutes: number) => {
    clock = new Date(clock.getTime() + minutes * 60_000);
  };
  const poller = () => new FeedPoller({ store: current(), ledger: new StoryLedger(), now: () => clock });
  beforeEach(async () => {
    clock = new Date("2024-03-04T10:00:00.000Z");
    server.items = [];
    server.feedStatus = 200;
    server.feedHeaders = {};
    server.feedBody = null;
    server.hits.length = 0;
    await server.start();
  });
  afterEach(async () => server.stop());

  it("ingests new entries, answers an unchanged feed with a 304, and never fetches a stored entry again", async () => {
    const store = current();
    server.items = [
      item("tram", "New tram line approved", server.base, true),
      item("library", "Library extension opens", server.base, false),
    ];
    const { feed } = await watchFeed(store, { url: `${server.base}/feed.xml`, intervalSeconds: 600 }, clock);

    const [first] = await poller().runOnce();
    expect(first).toMatchObject({ added: 2, known: 0, failed: 0, outcome: "2 new, 0 known, 0 failed" });
    expect(server.hits.filter((path) => path === "/library")).toHaveLength(1);
    expect(await poller().runOnce()).toEqual([]); // not due for another 10 minutes

    advance(11);
    const [unchanged] = await poller().runOnce();
    expect(unchanged?.outcome).toBe("not modified");

    advance(11);
    server.items.unshift(item("market", "Market hall reopens", server.base, true));
    const [changed] = await poller().runOnce();
    expect(changed).toMatchObject({ added: 1, known: 2, failed: 0 });
    expect(server.hits.filter((path) => path === "/library")).toHaveLength(1);

    const stored = await store.feeds.byId(feed.id);
    expect(stored).toMatchObject({
      title: "Town Crier",
      consecutiveFailures: 0,
      lastOutcome: "1 new, 2 known, 0 failed",
    });
    expect(stored?.etag).toMatch(/^"v\d+"$/);
    expect(await store.articles.count()).toBe(3);
  });

  it("backs a failing feed off, honours Retry-After, and polls the other feeds all the same", async () => {
    const store = current();
    server.items = [item("tram", "New tram line approved", server.base, true)];
    const { feed: good } = await watchFeed(store, { url: `${server.base}/feed.xml`, intervalSeconds: 600 }, clock);
    const { feed: dead } = await watchFeed(store, { url: `${server.base}/gone.xml`, intervalSeconds: 600 }, clock);

    const reports = await poller().runOnce();
    expect(reports.find((report) => report.feedId === dead.id)?.error).toBe("the server answered 404 Not Found");
    expect(reports.find((report) => report.feedId === good.id)?.added).toBe(1);
    const afterOne = await store.feeds.byId(dead.id);
    expect(afterOne?.consecutiveFailures).toBe(1);
    // 600 s doubled once.
    expect(afterOne?.nextPollAt).toBe("2024-03-04T10:20:00.000Z");

    advance(21);
    const [again] = (await poller().runOnce()).filter((report) => report.feedId === dead.id);
    expect(again?.nextPollAt).toBe("2024-03-04T11:01:00.000Z"); // 600 s doubled twice, from 10:21
    expect((await store.feeds.byId(dead.id))?.consecutiveFailures).toBe(2);

    server.feedStatus = 429;
    server.feedHeaders = { "retry-after": "7200" };
    advance(60);
    const [limited] = (await poller().runOnce()).filter((report) => report.feedId === good.id);
    expect(limited?.error).toBe("the server answered 429 Too Many Requests");
    expect(limited?.nextPollAt).toBe("2024-03-04T13:21:00.000Z"); // Retry-After beats the 20-minute backoff
  });

  it("says so when the address serves a web page or a broken feed, and keeps nothing of it", async () => {
    const store = current();
    server.feedBody = "<!doctype html><html><body><p>Welcome to the Town Crier</p></body></html>";
    const { feed } = await watchFeed(store, { url: `${server.base}/feed.xml`, intervalSeconds: 600 }, clock);
    const [page] = await poller().runOnce();
    expect(page?.error).toMatch(/does not serve an RSS, Atom or JSON feed/);

    advance(30);
    server.feedBody = `<?xml version="1.0"?><rss version="2.0"><channel><title>Town Crier</title><item><title>Cut off`;
    const [broken] = await poller().runOnce();
    expect(broken?.error).not.toBeNull();
    expect((await store.feeds.byId(feed.id))?.consecutiveFailures).toBe(2);
    expect(await store.articles.count()).toBe(0);
  });

  it(`gives up on an entry link after ${MAX_ENTRY_ATTEMPTS} failed polls`, async () => {
    const store = current();
    server.items = [item("missing", "A page that is gone", server.base, false)];
    await watchFeed(store, { url: `${server.base}/feed.xml`, intervalSeconds: 600 }, clock);
    for (let poll = 0; poll < MAX_ENTRY_ATTEMPTS + 2; poll++) {
      // A new item each time, so the feed changes and is read in full.
      server.items.push(`<item><title>Note ${poll}</title></item>`);
      await poller().runOnce();
      advance(15);
    }
    expect(server.hits.filter((path) => path === "/missing")).toHaveLength(MAX_ENTRY_ATTEMPTS);
  });

  it("refuses to watch one URL twice and keeps the first", async () => {
    const store = current();
    const first = await watchFeed(store, { url: `${server.base}/feed.xml`, intervalSeconds: 600 }, clock);
    const second = await watchFeed(store, { url: `${server.base}/feed.xml`, intervalSeconds: 60 }, clock);
    expect(second).toEqual({ feed: first.feed, added: false });
    expect((await store.feeds.list()).length).toBe(1);
    expect(await store.feeds.remove(first.feed.id)).toBe(true);
    expect(await store.feeds.remove(first.feed.id)).toBe(false);
  });
});
