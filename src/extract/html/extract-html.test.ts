import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { extractHtml } from "./extract-html.js";

const PARAGRAPHS = [
  "The harbour bridge reopened on Monday morning after five months of repairs, the city said in a statement.",
  "Engineers replaced the steel joints of the north span, which had cracked during the storms of last winter.",
  "Commuters who had used the ferry since October said they were relieved, although some missed the boat ride.",
  "The city expects traffic to return to its usual level within a week, once the detour signs are taken down.",
];

function newsPage(head: string, article: string): string {
  return `<!doctype html><html><head>${head}</head><body>
    <header><a href="/">Daily Planet</a><nav><a href="/city">City</a> <a href="/sport">Sport</a></nav></header>
    <main>${article}</main><footer><p>Copyright Daily Planet, all rights reserved.</p></footer></body></html>`;
}

describe("extractHtml", () => {
  it("combines structured metadata with the scored body", () => {
    const ld = JSON.stringify({
      "@type": "NewsArticle",
      headline: "Bridge reopens after repairs",
      author: [{ "@type": "Person", name: "Lois Lane" }],
      datePublished: "2025-03-03T08:00:00+00:00",
      articleSection: "City",
      publisher: { "@type": "Organization", name: "Daily Planet" },
    });
    const html = newsPage(
      `<html lang="en"><title>Bridge reopens after repairs | Daily Planet</title>
       <script type="application/ld+json">${ld}</script><link rel="canonical" href="https://planet.example/bridge">`,
      `<article><h1>Bridge reopens after repairs</h1><p class="byline">By Lois Lane</p>
       ${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</article>`,
    );
    const article = extractHtml(html);
    expect(article).toMatchObject({
      kind: "html",
      title: "Bridge reopens after repairs",
      author: "Lois Lane",
      published: "2025-03-03T08:00:00+00:00",
      section: "City",
      outlet: "Daily Planet",
      url: "https://planet.example/bridge",
      language: "en",
      text: PARAGRAPHS.join("\n\n"),
      status: "ok",
      statusReason: null,
      method: "dom-scorer",
      warnings: [],
    });
    expect(article.confidence).toBeGreaterThan(0.5);
    expect(article.confidence).toBeLessThanOrEqual(1);
  });

  it("guesses the language from the text when the page does not declare it", () => {
    const article = extractHtml(
      newsPage("<title>Bridge</title>", `<article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</article>`),
    );
    expect(article.language).toBe("en");
    expect(article.published).toBeNull();
  });

  it("keeps the declared date when the page shows it among other dates by the headline", () => {
    const body = `<article><h1>Bridge reopens after repairs</h1><p>Nov 28, 2025</p><p>Jun 3, 2024</p>
      ${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</article>`;
    const declared = '<meta property="article:published_time" content="2024-06-03T15:14:59+00:00">';
    expect(extractHtml(newsPage(declared, body)).published).toBe("2024-06-03T15:14:59+00:00");
    // Not shown: the date by the headline wins over the template's.
    const stale = '<meta property="article:published_time" content="2020-01-01T00:00:00Z">';
    expect(extractHtml(newsPage(stale, body)).published).toBe("2025-11-28");
  });

  it("reads JSON-LD a framework renders into a <meta> instead of a <script>", () => {
    const ld = JSON.stringify({ "@type": "Article", headline: "Bridge", datePublished: "2024-05-06T10:00:00Z" });
    const escaped = ld.replace(/"/g, "&quot;");
    const body = `<article><h1>Bridge</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</article>`;
    const html = newsPage(`<title>Bridge</title><meta name="script:ld+json" content="${escaped}">`, body);
    expect(extractHtml(html).published).toBe("2024-05-06T10:00:00Z");
  });
  it("credits a personal site's owner when the page credits no one, and only on the owner's host", () => {
    const body = `<article><h1>Bridge reopens</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</article>`;
    const html = newsPage("<title>Bridge reopens | Jane Porter</title>", body);
    expect(extractHtml(html, { url: "https://janeporter.net/notes/bridge" }).author).toBe("Jane Porter");
    expect(extractHtml(html, { url: "https://www.dailyplanet.com/city/bridge" }).author).toBeNull();
    const signed = newsPage(
      '<title>Bridge reopens | Jane Porter</title><meta name="author" content="Tom Reyes">',
      body,
    );
    expect(extractHtml(signed, { url: "https://janeporter.net/notes/bridge" }).author).toBe("Tom Reyes");
  });

  describe("dates as the page's locale and the fetch time read them", () => {
    function datedPage(htmlAttributes: string, head: string, dateline: string): string {
      return `<!doctype html><html ${htmlAttributes}><head><title>Bridge reopens after repairs</title>${head}</head>
        <body><article><h1>Bridge reopens after repairs</h1><p>By Lois Lane | ${dateline}</p>
        ${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    }

    it("reads a slashed date day first on a British page, month first on an American one, as before elsewhere", () => {
      expect(extractHtml(datedPage('lang="en-GB"', "", "03/04/2021")).published).toBe("2021-04-03");
      expect(extractHtml(datedPage("", '<meta property="og:locale" content="en_GB">', "03/04/2021")).published).toBe(
        "2021-04-03",
      );
      expect(extractHtml(datedPage('lang="en-US"', "", "03/04/2021")).published).toBe("2021-03-04");
      expect(extractHtml(datedPage('lang="en"', "", "03/04/2021")).published).toBe("2021-03-04");
    });

    it("falls back on the host's country when the page declares no locale", () => {
      const page = datedPage('lang="en"', "", "03/04/2021");
      expect(extractHtml(page, { url: "https://news.example.co.uk/bridge" }).published).toBe("2021-04-03");
      expect(extractHtml(page, { url: "https://planet.example.com/bridge" }).published).toBe("2021-03-04");
    });

    it("reads a day-first page's numeric metadata date day first", () => {
      const head = '<meta name="publish-date" content="03/04/2021">';
      expect(extractHtml(datedPage('lang="en-GB"', head, "")).published).toBe("2021-04-03");
      expect(extractHtml(datedPage('lang="en-US"', head, "")).published).toBe("2021-03-04");
    });

    it("reads a relative dateline against the fetch time only when the caller gives one", () => {
      const page = datedPage('lang="en"', "", "2 days ago");
      expect(extractHtml(page).published).toBeNull();
      expect(extractHtml(page, { now: new Date("2025-03-10T12:00:00Z") }).published).toBe("2025-03-08");
    });
  });

  describe("pages that hold no article", () => {
    it("reports a consent wall without its text", () => {
      const html = newsPage(
        "<title>Before you continue</title>",
        `<div role="dialog" class="consent"><h2>We value your privacy</h2>
         <p>We and our partners store and/or access information on a device, such as cookies.</p>
         <button>Accept all</button><button>Reject all</button></div>`,
      );
      const article = extractHtml(html);
      expect(article.status).toBe("blocked");
      expect(article.statusReason).toMatch(/consent/);
      expect(article.text).not.toMatch(/privacy|cookies/i);
    });

    it("reports a bot challenge", () => {
      const html = `<html><head><title>Just a moment...</title></head><body><div class="main-wrapper">
        <h1>example.com</h1><p>Verify you are human by completing the action below.</p>
        <p>example.com needs to review the security of your connection before proceeding.</p></div></body></html>`;
      const article = extractHtml(html);
      expect(article).toMatchObject({ status: "blocked", text: "" });
      expect(article.statusReason).toMatch(/challenge/);
    });

    it("reports a paywall stub and keeps only its teaser", () => {
      const html = newsPage(
        "<title>Mayor resigns | Daily Planet</title>",
        `<article><h1>Mayor resigns</h1><p>${PARAGRAPHS[0]}</p>
         <div class="paywall"><p>Subscribe to continue reading.</p><p>Already a subscriber? Log in.</p></div></article>`,
      );
      const article = extractHtml(html);
      expect(article.status).toBe("blocked");
      expect(article.statusReason).toMatch(/paywall/);
      expect(article.text).toBe(PARAGRAPHS[0]);
    });

    it("reports a not-found page", () => {
      const html = newsPage(
        "<title>Page not found - Daily Planet</title>",
        "<h1>404</h1><p>Sorry, the page you are looking for does not exist. Try the search box above.</p>",
      );
      expect(extractHtml(html)).toMatchObject({ status: "empty", text: "" });
    });

    it("reports an empty JavaScript shell", () => {
      const scripts = '<script src="/a.js"></script><script src="/b.js"></script><script>boot()</script>';
      const html = `<html><head><title>Planet</title>${scripts}</head><body><div id="root"></div>
        <noscript>You need to enable JavaScript to run this app.</noscript></body></html>`;
      const article = extractHtml(html);
      expect(article.status).toBe("empty");
      expect(article.statusReason).toMatch(/JavaScript/);
    });
  });

  describe("bad input", () => {
    it("cuts a 50 MB page to a bounded prefix and says so", () => {
      const block = `<div class="item"><p>${PARAGRAPHS[0]}</p></div>`;
      const html = `<html><body>${block.repeat(Math.ceil(50_000_000 / block.length))}</body></html>`;
      const article = extractHtml(html);
      expect(article.warnings.some((warning) => warning.includes("cut to the first"))).toBe(true);
      expect(article.text.startsWith(PARAGRAPHS[0]!)).toBe(true);
    });

    it("flattens 10,000-deep nesting and keeps the text", () => {
      const html = `<body>${"<div>".repeat(10_000)}${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}${"</div>".repeat(10_000)}</body>`;
      const article = extractHtml(html);
      expect(article.text).toBe(PARAGRAPHS.join("\n\n"));
      expect(article.warnings.join(" ")).toMatch(/nested deeper/);
    });

    it("refuses binary garbage", () => {
      const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 256);
      const article = extractHtml(Buffer.from(bytes).toString("latin1"));
      expect(article).toMatchObject({ status: "empty", method: "none", text: "" });
      expect(article.statusReason).toMatch(/binary/);
    });

    it("extracts what a truncated page holds", () => {
      const html = `<html><body><article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}<p>And then the page stops <a href="/more`;
      expect(extractHtml(html).text.startsWith(PARAGRAPHS.join("\n\n"))).toBe(true);
    });

    it("warns when the page overruns its time budget", () => {
      const html = `<body>${`<div><p>${PARAGRAPHS[1]}</p></div>`.repeat(20_000)}</body>`;
      const article = extractHtml(html, { timeBudgetMs: 0 });
      expect(article.warnings.some((warning) => warning.includes("budget"))).toBe(true);
      expect(article.text).not.toBe("");
    });
  });
});

const wcxbDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../../shared/data/extraction/wcxb-dev-articles",
);
const Truth = z.object({
  ground_truth: z.object({ title: z.string(), with: z.array(z.string()), without: z.array(z.string()) }),
});

describe.skipIf(!existsSync(wcxbDir))("extractHtml on saved news pages (WCXB dev)", () => {
  it.each(["0003", "0004", "0100"])(
    "page %s: finds the headline and the must-have passages, not the furniture",
    (id) => {
      const html = gunzipSync(readFileSync(path.join(wcxbDir, "html", `${id}.html.gz`))).toString("utf8");
      const truth = Truth.parse(JSON.parse(readFileSync(path.join(wcxbDir, "ground-truth", `${id}.json`), "utf8")));
      const article = extractHtml(html);
      const words = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
      expect(words(article.title ?? "")).toBe(words(truth.ground_truth.title));
      for (const snippet of truth.ground_truth.with) expect(words(article.text)).toContain(words(snippet));
      for (const snippet of truth.ground_truth.without) expect(words(article.text)).not.toContain(words(snippet));
    },
  );
});
