import { describe, expect, it } from "vitest";
import { looksLikeFeed, readFeed } from "./feed-entries.js";

const RSS = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Daily Planet</title><link>https://planet.example/</link>
<item><title>Bridge reopens &amp; traffic returns</title><link>https://planet.example/bridge</link>
<pubDate>Tue, 12 Sep 2023 10:00:00 GMT</pubDate><dc:creator>Lois Lane</dc:creator><description>Short teaser</description>
<content:encoded><![CDATA[<p>The bridge reopened.</p><p>Traffic returned.</p>]]></content:encoded></item>
<item><title>Teaser only</title><link>https://planet.example/teaser</link></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Example Wire</title>
<entry><title>Harbour strike ends</title><link href="https://wire.example/1"/><id>urn:wire:1</id>
<updated>2023-09-12T10:00:00Z</updated><author><name>Ann Reporter</name></author>
<content type="html">&lt;p&gt;Dock workers went back to work.&lt;/p&gt;</content></entry></feed>`;

const JSON_FEED = JSON.stringify({
  version: "https://jsonfeed.org/version/1.1",
  title: "JSON Times",
  items: [
    {
      id: "1",
      url: "https://json.example/1",
      title: "Market opens higher",
      content_html: "<p>Shares rose.</p>",
      date_published: "2024-02-01T08:00:00Z",
    },
  ],
});

describe("feeds", () => {
  it("tells feeds from pages and dumps", () => {
    expect(looksLikeFeed(RSS)).toBe(true);
    expect(looksLikeFeed(ATOM)).toBe(true);
    expect(looksLikeFeed(JSON_FEED)).toBe(true);
    expect(looksLikeFeed("<!doctype html><html><body><p>page</p></body></html>")).toBe(false);
    expect(looksLikeFeed("Would you like notifications?\n\nHeadline")).toBe(false);
  });

  it("reads RSS entries with their full content, author and date", () => {
    const feed = readFeed(RSS);
    expect(feed.title).toBe("Daily Planet");
    expect(feed.entries[0]).toEqual({
      title: "Bridge reopens & traffic returns",
      link: "https://planet.example/bridge",
      published: "2023-09-12T10:00:00.000Z",
      author: "Lois Lane",
      contentHtml: "<p>The bridge reopened.</p><p>Traffic returned.</p>",
    });
    expect(feed.entries[1]).toMatchObject({ title: "Teaser only", contentHtml: null, published: null });
  });

  it("reads Atom and JSON Feed", () => {
    expect(readFeed(ATOM).entries[0]).toMatchObject({
      author: "Ann Reporter",
      contentHtml: "<p>Dock workers went back to work.</p>",
    });
    expect(readFeed(JSON_FEED).entries[0]).toMatchObject({
      title: "Market opens higher",
      link: "https://json.example/1",
    });
  });

  it("fails clearly on a broken feed", () => {
    expect(() => readFeed('{"version": "https://jsonfeed.org/version/1.1", "items": [')).toThrow();
  });
});
