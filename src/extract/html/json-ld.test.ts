import { describe, expect, it } from "vitest";
import { readJsonLdArticle } from "./json-ld.js";

describe("readJsonLdArticle", () => {
  it("reads an article inside @graph and resolves authors and publisher by @id", () => {
    const script = JSON.stringify({
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebSite", "@id": "https://planet.example/#site", name: "Daily Planet" },
        { "@type": "Organization", "@id": "https://planet.example/#org", name: "Daily Planet Media" },
        { "@type": "Person", "@id": "https://planet.example/#lois", name: "Lois Lane" },
        {
          "@type": ["NewsArticle"],
          headline: "Harbour bridge reopens &amp; traffic returns",
          author: [{ "@id": "https://planet.example/#lois" }, { "@type": "Person", name: "Jimmy Olsen" }],
          publisher: { "@id": "https://planet.example/#org" },
          datePublished: "2024-03-05T09:30:00+01:00",
          dateModified: "2024-03-06T10:00:00+01:00",
          articleSection: ["City", "Transport"],
          inLanguage: "en-GB",
          mainEntityOfPage: { "@id": "https://planet.example/bridge" },
        },
      ],
    });
    expect(readJsonLdArticle([script])).toEqual({
      type: "NewsArticle",
      headline: "Harbour bridge reopens & traffic returns",
      authors: ["Lois Lane", "Jimmy Olsen"],
      authorsAreOrganisations: false,
      datePublished: "2024-03-05T09:30:00+01:00",
      pageDatePublished: null,
      dateModified: "2024-03-06T10:00:00+01:00",
      articleBody: null,
      section: "City",
      language: "en-GB",
      publisher: "Daily Planet Media",
      url: "https://planet.example/bridge",
    });
  });

  it("prefers an article over page and site nodes, across scripts given as arrays", () => {
    const scripts = [
      JSON.stringify([{ "@type": "WebPage", name: "Home", datePublished: "2020-01-01" }]),
      JSON.stringify({ "@type": "BlogPosting", headline: "Garden notes", author: "Ann Green" }),
    ];
    const article = readJsonLdArticle(scripts);
    expect(article?.type).toBe("BlogPosting");
    expect(article?.headline).toBe("Garden notes");
    expect(article?.authors).toEqual(["Ann Green"]);
    // The page node's date fills in when the article gives none.
    expect(article?.datePublished).toBe("2020-01-01");
  });

  it("takes no publication date from a page node alone: sites date every page, article or not", () => {
    const page = JSON.stringify({
      "@type": "WebPage",
      name: "Garden services",
      datePublished: "2019-05-01",
      dateModified: "2025-02-03",
    });
    const article = readJsonLdArticle([page]);
    expect(article?.type).toBe("WebPage");
    expect(article?.datePublished).toBeNull();
    // Kept apart for the caller, who uses it only when something else confirms it.
    expect(article?.pageDatePublished).toBe("2019-05-01");
    expect(article?.dateModified).toBe("2025-02-03");
  });

  it("reads JSON with raw newlines and trailing commas, and skips a broken block", () => {
    const sloppy = '{"@type": "Article", "headline": "Line one\nline two", "articleBody": "Body\ttext",}';
    const article = readJsonLdArticle(["{not json", sloppy]);
    expect(article?.headline).toBe("Line one line two");
    expect(article?.articleBody).toBe("Body text");
  });

  it("marks an organisation credited as author", () => {
    const script = JSON.stringify({ "@type": "Article", author: { "@type": "Organization", name: "Planet Staff" } });
    expect(readJsonLdArticle([script])).toMatchObject({ authors: ["Planet Staff"], authorsAreOrganisations: true });
  });

  it("gives null when no node describes an article or page", () => {
    expect(readJsonLdArticle([JSON.stringify({ "@type": "Organization", name: "Daily Planet" })])).toBeNull();
    expect(readJsonLdArticle([])).toBeNull();
  });
});
