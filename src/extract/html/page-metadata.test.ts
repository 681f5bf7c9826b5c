import { describe, expect, it } from "vitest";
import { parseHtml } from "./html-tree.js";
import { readJsonLdArticle } from "./json-ld.js";
import { readDeclarations } from "./meta-tags.js";
import { readPageMetadata } from "./page-metadata.js";

function metadataOf(html: string, url?: string) {
  const parsed = parseHtml(html);
  return readPageMetadata(parsed, readDeclarations(parsed), readJsonLdArticle(parsed.jsonLd), url);
}

describe("readPageMetadata", () => {
  it("reads OpenGraph, article:* and <meta> tags when there is no JSON-LD", () => {
    const metadata = metadataOf(
      `<html lang="en-GB"><head><title>Bridge reopens | Daily Planet</title>
        <meta property="og:title" content="Bridge reopens after repairs">
        <meta property="og:site_name" content="Daily Planet">
        <meta property="article:published_time" content="2025-03-03T08:00:00+00:00">
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
      section: "City",
      outlet: "Daily Planet",
      url: "https://planet.example/city/bridge-reopens",
      declaredLanguage: "en",
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

  it("leaves fields null rather than inventing them", () => {
    expect(metadataOf("<body><p>Nothing declared here at all.</p></body>")).toEqual({
      title: null,
      author: null,
      published: null,
      section: null,
      outlet: null,
      url: null,
      declaredLanguage: null,
    });
  });
});
