// Watching feeds from the CLI: add, poll in separate processes, see what came in, remove.
import { mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { storyline } from "../support/run-cli.js";
import { townParagraph } from "../support/town-news.js";

const FEED = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Town Crier</title>
<item><title>New tram line approved</title><link>https://town.example/tram</link><content:encoded><![CDATA[${townParagraph("tram line")}${townParagraph("tram depot")}]]></content:encoded></item>
<item><title>Market hall reopens</title><link>https://town.example/market</link><content:encoded><![CDATA[${townParagraph("market hall")}${townParagraph("market stalls")}]]></content:encoded></item>
</channel></rss>`;

describe("storyline feeds and poll", () => {
  let data: string;
  let server: Server;
  let base: string;
  beforeEach(async () => {
    data = mkdtempSync(join(tmpdir(), "storyline-feeds-"));
    server = createServer((request, response) => {
      if (request.url === "/feed.xml") {
        response.writeHead(200, { "content-type": "application/rss+xml", etag: '"one"' });
        response.end(FEED);
      } else {
        response.writeHead(503, { "retry-after": "120" });
        response.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => new Promise<void>((resolve) => server.close(() => resolve())));

  it("polls a watched feed once when due, reports a failing one, and stops watching on remove", async () => {
    const added = await storyline(["--data", data, "feeds", "add", `${base}/feed.xml`, "--every", "5m"]);
    expect(added.code, added.stderr).toBe(0);
    const feed = JSON.parse(added.stdout) as { id: string; intervalSeconds: number };
    expect(feed.intervalSeconds).toBe(300);
    expect((await storyline(["--data", data, "feeds", "add", `${base}/down.xml`])).code).toBe(0);

    const polled = await storyline(["--data", data, "poll", "--once"]);
    expect(polled.code).toBe(1);
    expect(polled.stdout).toContain(`${base}/feed.xml: 2 new, 0 known, 0 failed`);
    expect(polled.stdout).toMatch(/down\.xml: failed: the server answered 503 Service Unavailable; next poll at /);
    expect(polled.stdout).toContain("polled 2 feeds: 2 new articles, 1 feed failed");
    const stories = JSON.parse((await storyline(["--data", data, "stories", "--json"])).stdout) as {
      timeline: { title: string }[];
    }[];
    expect(stories.flatMap((story) => story.timeline.map((entry) => entry.title)).sort()).toEqual([
      "Market hall reopens",
      "New tram line approved",
    ]);

    // Nothing is due again for five minutes.
    expect((await storyline(["--data", data, "poll", "--once"])).stdout).toContain("polled 0 feeds");
    const listed = await storyline(["--data", data, "feeds"]);
    expect(listed.stdout).toContain("Town Crier");
    expect(listed.stdout).toContain("1 failures in a row");

    expect((await storyline(["--data", data, "feeds", "remove", feed.id])).stdout).toContain("stopped watching");
    expect((await storyline(["--data", data, "feeds", "remove", feed.id])).code).toBe(1);
    expect((await storyline(["--data", data, "feeds", "add", "ftp://town.example/feed"])).stderr).toContain(
      "must be an http:// or https:// URL",
    );
  });
});
