import { describe, expect, it } from "vitest";
import { parseHtml } from "./html-tree.js";
import { readJsonLdArticle } from "./json-ld.js";
import { readDeclarations } from "./meta-tags.js";
import { readPageMetadata } from "./page-metadata.js";
import { textBlocks } from "./text-blocks.js";

function metadataOf(html: string, url?: string) {
  const parsed = parseHtml(html);
  const blocks = textBlocks(parsed.root);
  return readPageMetadata(parsed, readDeclarations(parsed), readJsonLdArticle(parsed.jsonLd), blocks, url);
}

describe("readPageMetadata", () => {
  it("reads OpenGraph, article:* and <meta> tags when there is no JSON-LD", () => {
    const metadata = metadataOf(
      `<html lang="en-GB"><head><title>Bridge reopens | Daily Planet</title>
        <meta property="og:title" content="Bridge reopens after repairs">
        <meta property="og:site_name" content="Daily Planet">
        <meta property="article:published_time" content="2025-03-03T08:00:00+00:00">
        <meta property="article:modified_time" content="2025-03-04T09:30:00+00:00">
        <meta property="article:section" content="City">
        <meta name="author" content="By Lois Lane">
        <link rel="canonical" href="/city/bridge-reopens"></head>
        <body><h1>Bridge reopens after repairs</h1></body></html>`,
      "https://planet.example/amp/bridge",
    );
    expect(metadata).toEqual({
      title: "Bridge reopens after repairs",
      author: "Lois Lane",
      published: "2025-03-03T08:00:00+00:00",
      modified: "2025-03-04T09:30:00+00:00",
      publishedInOpenGraph: true,
      pagePublished: null,
      section: "City",
      outlet: "Daily Planet",
      url: "https://planet.example/city/bridge-reopens",
      declaredLanguage: "en",
      dateOrder: "day-first",
    });
  });

  it("prefers JSON-LD facts to <meta> ones and never takes a URL for an author", () => {
    const ld = JSON.stringify({
      "@type": "NewsArticle",
      headline: "Storm closes schools",
      author: { "@type": "Person", name: "Clark Kent" },
      datePublished: "2025-01-10",
      publisher: { "@type": "Organization", name: "Planet Media" },
    });
    const metadata = metadataOf(`<head><script type="application/ld+json">${ld}</script>
      <meta property="article:author" content="https://facebook.com/clark">
      <meta name="parsely-pub-date" content="2024-12-31"></head><body><p>text</p></body>`);
    expect(metadata).toMatchObject({
      title: "Storm closes schools",
      author: "Clark Kent",
      published: "2025-01-10",
      publishedInOpenGraph: false,
      outlet: "Planet Media",
    });
  });

  it("reads parsely, sailthru and dc.* tags, microdata and a visible byline", () => {
    const parsely = metadataOf(`<head><meta name="parsely-author" content="Ann Green">
      <meta name="sailthru.date" content="2024-06-01 10:00:00"><meta name="dc.language" content="fr"></head>`);
    expect(parsely).toMatchObject({ author: "Ann Green", published: "2024-06-01T10:00:00", declaredLanguage: "fr" });

    const visible = metadataOf(`<body><article><h1>Pruning roses</h1>
      <div class="byline"><span>By Bo Brown</span><span>Mar 3, 2025</span></div>
      <time datetime="2025-03-03T09:00:00Z">Mar 3</time></article>
      <aside><time datetime="2020-01-01">old teaser</time></aside></body>`);
    expect(visible).toMatchObject({ author: "Bo Brown", published: "2025-03-03T09:00:00Z" });
  });

  it("prefers the byline under the headline to a declared author naming someone else", () => {
    const page = (byline: string) =>
      metadataOf(`<head><meta name="author" content="Site Uploader"></head>
        <body><article><h1>Pruning roses in winter</h1><p>${byline}</p>
        <p>Roses need a hard cut in the coldest weeks, gardeners say, and the tools must be sharp.</p></article></body>`);
    expect(page("By Bo Brown").author).toBe("Bo Brown");
    // The declared name is kept when the byline shows it with extras around it.
    expect(page("By Site Uploader, Garden Editor | 5 min read").author).toBe("Site Uploader");
  });

  it("prefers any shown byline to a declared author given as initials", () => {
    const metadata = metadataOf(`<head><meta name="author" content="KL"></head>
      <body><article><p>Posted May 2, 2024 by Kim Lowe</p><h1>Sowing beans in spring</h1>
      <p>Beans go in once the soil is warm, and a second sowing a month later keeps the harvest going.</p></article></body>`);
    expect(metadata.author).toBe("Kim Lowe");
  });

  it("prefers a person labelled anywhere to an organisation credited as author", () => {
    const ld = JSON.stringify({ "@type": "Article", author: { "@type": "Organization", name: "Seed Growers Guild" } });
    const metadata = metadataOf(`<head><script type="application/ld+json">${ld}</script></head>
      <body><article><h1>Sowing beans in spring</h1>
      <p>Beans go in once the soil is warm, and a second sowing a month later keeps the harvest going.</p>
      <h4>Article written by:</h4><h4>Nora Vale</h4></article></body>`);
    expect(metadata.author).toBe("Nora Vale");
  });

  it("passes over an author field that names the site for the writer a byline link names", () => {
    const ld = JSON.stringify({ "@type": "NewsArticle", author: { "@type": "Person", name: ", Daily Planet" } });
    const metadata = metadataOf(
      `<head><meta property="og:site_name" content="Daily Planet">
      <script type="application/ld+json">${ld}</script></head>
      <body><article><h1>Sowing beans in spring</h1>
      <div class="attribution"><a class="author" href="/staff/lois-lane/">Lois Lane</a><br>Daily Planet</div>
      <p>Beans go in once the soil is warm, and a second sowing a month later keeps the harvest going.</p></article></body>`,
      "https://planet.example/2025/05/beans",
    );
    expect(metadata.author).toBe("Lois Lane");
  });

  it("does not take an author's description for a byline", () => {
    const metadata = metadataOf(`<body><article><h1>Sowing beans in spring</h1>
      <div class="author-description">Licensed Seed Grader, Garden Journalism</div>
      <p>Beans go in once the soil is warm, and a second sowing a month later keeps the harvest going.</p></article></body>`);
    expect(metadata.author).toBeNull();
  });

  it("skips a <time> marked as the change date when dating the article", () => {
    const metadata = metadataOf(`<body><article><h1>Sowing beans in spring</h1>
      <time class="updated" datetime="2025-05-21">May 21, 2025</time>
      <time class="entry-date published" datetime="2025-04-24">April 24, 2025</time></article></body>`);
    expect(metadata.published).toBe("2025-04-24");
  });

  it("skips a <time> whose wrapper names it the change or review date, but not one a published wrapper names", () => {
    const reviewed = metadataOf(`<body><article><h1>Sowing beans in spring</h1><p>Text of the guide.</p>
      <div class="field--name-date-last-reviewed"><div class="field__item">
      <time datetime="2025-04-14T12:00:00Z">April 2025</time></div></div></article></body>`);
    expect(reviewed.published).toBeNull();
    const modified = metadataOf(`<body><article><h1>Sowing beans in spring</h1>
      <div class="post-date__modified-date"><time datetime="2026-02-01">February 1, 2026</time></div></article></body>`);
    expect(modified.published).toBeNull();
    const published = metadataOf(`<body><article><h1>Sowing beans in spring</h1>
      <div class="post-date__published-date"><time datetime="2025-04-24">April 24, 2025</time></div></article></body>`);
    expect(published.published).toBe("2025-04-24");
  });

  it("reads a wrapper's bare 'updated' as a state, and a wrapper holding both times as naming neither", () => {
    const wrapped = (open: string, close: string) =>
      metadataOf(`<body><article><h1>Sowing beans in spring</h1>${open}
      <time datetime="2025-04-24T07:30:00Z">2 hours ago</time>${close}<p>Text of the guide.</p></article></body>`)
        .published;
    expect(wrapped('<span class="posted-on updated">', "</span>")).toBe("2025-04-24T07:30:00Z");
    expect(wrapped('<div class="updated-list"><span>', "</span></div>")).toBe("2025-04-24T07:30:00Z");
    expect(wrapped('<div class="byline is-updated"><span>', "</span></div>")).toBe("2025-04-24T07:30:00Z");
    const both = metadataOf(`<body><article><h1>Sowing beans in spring</h1>
      <div class="article-dates__last-updated"><time datetime="2025-04-24">April 24, 2025</time>
      <span>Updated <time class="updated" datetime="2025-05-02">May 2, 2025</time></span></div></article></body>`);
    expect(both.published).toBe("2025-04-24");
  });

  it("takes the headline from an <h2> in a header when the <h1> is the logo", () => {
    const metadata = metadataOf(`<head><title>Why the ferry timetable changed | Harbour Notes</title></head>
      <body><h1>Harbour Notes</h1><section><header><h2>Why the ferry timetable changed</h2></header>
      <p>The ferry now leaves at seven, the operator said, after a winter of delays.</p></section></body>`);
    expect(metadata.title).toBe("Why the ferry timetable changed");
  });

  it("takes an <h1> in the site header only when the declared title confirms it", () => {
    const page = (title: string) =>
      metadataOf(`<head><title>${title}</title></head><body><header><h1>Top 24 analysis tools</h1></header>
        <h1>Newsletter sign-up today</h1><p>The tools below were picked after a month of tests, the editors said.</p></body>`);
    expect(page("Top 24 analysis tools | Stitch").title).toBe("Top 24 analysis tools");
    expect(page("Something else | Stitch").title).toBe("Newsletter sign-up today");
  });

  it("takes the <h1> of a hero header as the headline when it links nowhere and no other <h1> is shown", () => {
    const page = (header: string) =>
      metadataOf(`<head><title>Ferry fares: what the new timetable costs | Harbour Notes</title></head>
        <body><header class="story-hero">${header}</header>
        <main><p>The ferry now leaves at seven, the operator said, after a winter of delays.</p></main></body>`);
    expect(page("<h1>Why the ferry timetable changed this winter</h1>").title).toBe(
      "Why the ferry timetable changed this winter",
    );
    // A logo's <h1> links home: it never stands for the headline.
    expect(page('<h1><a href="/">Harbour Notes Weekly Digest</a></h1>').title).toBe(
      "Ferry fares: what the new timetable costs",
    );
    // Nor does one named as the site's title, linked or not.
    expect(page('<div class="site-branding"><h1 class="site-title">Harbour Notes Weekly</h1></div>').title).toBe(
      "Ferry fares: what the new timetable costs",
    );
  });

  it("takes the headline line of an <h1> that sets a kicker above it in a block of its own", () => {
    const metadata = metadataOf(`<head><title>Klatch Roasters | Shop Stories</title></head>
      <body><h1><div class="eyebrow">Meet the merchant</div><span>Klatch Roasters</span></h1><p>Story.</p></body>`);
    expect(metadata.title).toBe("Klatch Roasters");
  });

  it("reads the author a Twitter card gives as a label and its data", () => {
    const metadata = metadataOf(`<head><meta name="twitter:label1" content="Est. reading time">
      <meta name="twitter:data1" content="13 minutes"><meta name="twitter:label2" content="Written by">
      <meta name="twitter:data2" content="Chase Bell"></head>`);
    expect(metadata.author).toBe("Chase Bell");
  });

  it("reads a publication date under a site's own <meta> name", () => {
    const metadata = metadataOf(`<head><meta name="w-published-date" content="2025-05-27T06:03:43Z"></head>`);
    expect(metadata.published).toBe("2025-05-27T06:03:43Z");
  });

  it("reads a publication date stamped on the page's <body>, but not one on a teaser of another story", () => {
    const teaser = `<div class="card" data-published-at="2024-01-09 10:00:00 +0100"><a href="/b">Other</a></div>`;
    expect(metadataOf(`<body data-pubdate="2022-10-05" data-lastmod="2025-12-02">${teaser}</body>`).published).toBe(
      "2022-10-05",
    );
    expect(metadataOf(`<body>${teaser}</body>`).published).toBeNull();
    // A flag under a date-like name does not hide the date after it.
    expect(metadataOf(`<html data-published="true"><body data-pubdate="2022-10-05"></body></html>`).published).toBe(
      "2022-10-05",
    );
  });

  it("prefers a person named beside the date under the headline to an organisation's credit", () => {
    const ld = JSON.stringify({
      "@type": "BlogPosting",
      headline: "Ten agencies to watch",
      author: { "@type": "Organization", name: "Harbour Media Ltd" },
    });
    const page = `<head><script type="application/ld+json">${ld}</script></head><body><h1>Ten agencies to watch</h1>
      <p>Nell Frost</p><p>Managing Director</p><p>Updated on 23 Oct 2025</p><p>The list follows.</p></body>`;
    expect(metadataOf(page).author).toBe("Nell Frost");
    // Without the date beside it, a name under the headline may be anything: the declared credit stands.
    expect(metadataOf(page.replace("Updated on 23 Oct 2025", "Ranked by clients")).author).toBe("Harbour Media Ltd");
  });

  it("leaves fields null rather than inventing them", () => {
    expect(metadataOf("<body><p>Nothing declared here at all.</p></body>")).toEqual({
      title: null,
      author: null,
      published: null,
      modified: null,
      publishedInOpenGraph: false,
      pagePublished: null,
      section: null,
      outlet: null,
      url: null,
      declaredLanguage: null,
      dateOrder: null,
    });
  });
});
