import { afterAll, describe, expect, it } from "vitest";
import { extractArticle } from "./extract.js";
import { ExtractPool, ExtractTimeoutError } from "./extract-pool.js";

function articlePage(title: string, paragraphs: number): string {
  const body = Array.from(
    { length: paragraphs },
    (_, i) => `<p>Paragraph ${i + 1} of the story about ${title}, with enough words to read as prose, and a comma.</p>`,
  ).join("");
  return `<!doctype html><html lang="en"><head><title>${title} | Daily Test</title></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>${title}</h1>${body}</article></body></html>`;
}

/** A page far too big to extract within a few milliseconds. */
function hugePage(): string {
  const paragraph = "<div><p>Filler words that keep the parser and the scorer busy, sentence after sentence.</p></div>";
  return `<html><body>${paragraph.repeat(60_000)}</body></html>`;
}

describe("ExtractPool", () => {
  const pool = new ExtractPool({ size: 2 });
  afterAll(() => pool.close());

  it("gives the same articles as extracting in this thread, in submission order", async () => {
    const pages = ["Harbour bridge reopens", "Council votes on budget", "Storm closes schools"].map((title, i) =>
      articlePage(title, 3 + i),
    );
    const outcomes = await pool.extractAll(pages.map((content) => ({ content, options: { kind: "html" } })));
    expect(outcomes).toEqual(
      pages.map((content) => ({ ok: true, article: extractArticle(content, { kind: "html" }) })),
    );
  });

  it("fails a page that overruns its budget and goes on with the next", async () => {
    await expect(pool.extract(hugePage(), { kind: "html" }, 5)).rejects.toBeInstanceOf(ExtractTimeoutError);
    const page = articlePage("Ferry service resumes", 4);
    await expect(pool.extract(page, { kind: "html" })).resolves.toEqual(extractArticle(page, { kind: "html" }));
  });

  it("hands the fetch time to the worker, which reads relative dates against it", async () => {
    const page = articlePage("Ferry service resumes", 4).replace("</h1>", "</h1><p>By Lois Lane, 2 days ago</p>");
    const options = { kind: "html" as const, now: new Date("2025-03-10T12:00:00Z") };
    const article = await pool.extract(page, options);
    expect(article.published).toBe("2025-03-08");
    expect(article).toEqual(extractArticle(page, options));
  });

  it("rejects work once closed", async () => {
    const closing = new ExtractPool({ size: 1 });
    await closing.close();
    await expect(closing.extract("<p>late</p>")).rejects.toThrow(/closed/);
  });
});
