import { describe, expect, it } from "vitest";
import { collapsedText, DEFAULT_PARSE_LIMITS, descendants, parseHtml } from "./html-tree.js";

describe("parseHtml", () => {
  it("builds a tree in document order and collects JSON-LD and the title", () => {
    const parsed = parseHtml(
      `<html><head><title>Harbour news</title><script type="application/ld+json">{"@type":"NewsArticle"}</script>
       <script>var tracking = 1;</script><style>p { color: red }</style></head>
       <body><div id="main"><p>First <b>bold</b> words.</p><p>Second.</p></div></body></html>`,
    );
    expect(parsed.titleTag).toBe("Harbour news");
    expect(parsed.jsonLd).toEqual(['{"@type":"NewsArticle"}']);
    expect(parsed.scriptCount).toBe(1);
    const tags = [...descendants(parsed.root)].map((element) => element.tag);
    expect(tags).toEqual(["html", "head", "title", "body", "div", "p", "b", "p"]);
    expect(parsed.elements.map((element) => element.index)).toEqual(parsed.elements.map((_, i) => i));
    expect(collapsedText(parsed.root)).toBe("First bold words.Second.");
  });

  it("never keeps script, style or svg text", () => {
    const parsed = parseHtml(
      "<body><p>kept</p><svg><text>chart label</text></svg><noscript>enable js</noscript></body>",
    );
    expect(collapsedText(parsed.root)).toBe("kept");
  });

  it("flattens nesting deeper than the cap instead of recursing", () => {
    const depth = 10_000;
    const html = `<body>${"<div>".repeat(depth)}<p>deep text</p>${"</div>".repeat(depth)}<p>after</p></body>`;
    const parsed = parseHtml(html);
    let deepest = 0;
    for (const element of parsed.elements) {
      let level = 0;
      for (let node = element.parent; node !== null; node = node.parent) level++;
      deepest = Math.max(deepest, level);
    }
    // The line breaks that stand in for dropped paragraphs sit one level below the deepest kept element.
    expect(deepest).toBeLessThanOrEqual(DEFAULT_PARSE_LIMITS.maxDepth + 1);
    expect(collapsedText(parsed.root)).toBe("deep textafter");
    expect(parsed.warnings.join(" ")).toMatch(/nested deeper/);
  });

  it("cuts input past the character cap with a warning", () => {
    const parsed = parseHtml(`<p>${"word ".repeat(1000)}</p>`, { ...DEFAULT_PARSE_LIMITS, maxChars: 100 });
    expect(collapsedText(parsed.root).length).toBeLessThan(100);
    expect(parsed.warnings.join(" ")).toMatch(/cut to the first 100/);
  });

  it("stops at the element cap and keeps later text", () => {
    const parsed = parseHtml(`${"<span>x</span>".repeat(50)}`, { ...DEFAULT_PARSE_LIMITS, maxElements: 10 });
    expect(parsed.elements.length).toBe(10);
    expect(collapsedText(parsed.root)).toBe("x".repeat(50));
  });

  it("stops parsing when the time budget is spent", () => {
    const html = `<body>${"<div><p>Some words in a paragraph.</p></div>".repeat(200_000)}</body>`;
    const parsed = parseHtml(html, { ...DEFAULT_PARSE_LIMITS, timeBudgetMs: 0 });
    expect(parsed.warnings.join(" ")).toMatch(/parsing stopped after 0 ms/);
    expect(parsed.elements.length).toBeLessThan(400_000);
  });

  it("survives truncated markup", () => {
    const parsed = parseHtml('<html><body><article><h1>Cut</h1><p>The text stops <a href="/x');
    expect(collapsedText(parsed.root)).toBe("CutThe text stops");
  });
});
