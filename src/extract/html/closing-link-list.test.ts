import { describe, expect, it } from "vitest";
import { extractArticle } from "../extract.js";
import { dropClosingLinkList } from "./closing-link-list.js";
import { parseHtml } from "./html-tree.js";
import { textBlocks } from "./text-blocks.js";

const STORY = [
  "The orchard cooperative pressed its first cider of the season on Tuesday, a week later than last year.",
  "A wet spring delayed the blossom, and growers feared the late frost would cost them half of the crop.",
  "In the end the trees recovered, and the pickers filled more crates than in any autumn since the cooperative began.",
  "The new press, bought with a grant from the county, can handle twice as many apples in an hour as the old one.",
  "Members will sell the cider at the market hall from next month, with a share of the takings going to the school.",
];
const GUIDES = [
  "How to prune an old apple tree",
  "Choosing rootstock for a small garden",
  "Why bees matter to the orchard",
  "A beginner's guide to grafting",
];

const paragraphs = STORY.map((sentence) => `<p>${sentence}</p>`).join("");
const linkList = (tag: "ul" | "ol", titles: readonly string[]) =>
  `<${tag}>${titles.map((title, i) => `<li><a href="/guide-${i}">${title}</a></li>`).join("")}</${tag}>`;

function keptText(body: string): string {
  return dropClosingLinkList(textBlocks(parseHtml(`<html><body>${body}</body></html>`).root))
    .map((block) => block.text)
    .join("\n");
}

describe("dropClosingLinkList", () => {
  it("drops a closing list of links with the heading over it", () => {
    const text = keptText(`${paragraphs}<h3>More from the garden</h3>${linkList("ul", GUIDES)}`);
    expect(text).toContain(STORY[4]);
    for (const title of [...GUIDES, "More from the garden"]) expect(text).not.toContain(title);
  });

  it("drops a list led in by a short line ending in a colon", () => {
    const text = keptText(`${paragraphs}<p>Readers also enjoyed:</p>${linkList("ul", GUIDES)}`);
    expect(text).not.toContain("Readers also enjoyed");
    expect(text).not.toContain(GUIDES[0]);
  });

  it("keeps a numbered list of links: the article's sources", () => {
    expect(keptText(`${paragraphs}<h3>Sources</h3>${linkList("ol", GUIDES)}`)).toContain(GUIDES[3]);
  });

  it("keeps two links: too few to tell from the article's own pointers", () => {
    expect(keptText(`${paragraphs}${linkList("ul", GUIDES.slice(0, 2))}`)).toContain(GUIDES[1]);
  });

  it("keeps a list of links that prose follows", () => {
    const text = keptText(`${paragraphs}${linkList("ul", GUIDES)}<p>${STORY[0]} ${STORY[1]}</p>`);
    for (const title of GUIDES) expect(text).toContain(title);
  });

  it("keeps a list whose lines are sentences with a link in them", () => {
    const lines = STORY.slice(0, 3).map((sentence, i) => `<li>${sentence} <a href="/more-${i}">More</a></li>`);
    expect(keptText(`<p>${STORY[3]}</p><ul>${lines.join("")}</ul>`)).toContain(STORY[2]);
  });

  it("keeps a body made only of links", () => {
    expect(keptText(linkList("ul", GUIDES))).toContain(GUIDES[0]);
  });

  it("is part of the body cascade", () => {
    // A lead-in sentence and the heading after the article make the scorer take the list for the article's own.
    const leadIn = "<p>Readers also enjoyed these guides from our garden desk over the years:</p>";
    const html = `<!doctype html><html><head><title>Cider season opens</title></head><body>
      <article><h1>Cider season opens</h1>${paragraphs}${leadIn}${linkList("ul", GUIDES)}</article>
      <footer><h2>About us</h2><p>A small paper.</p></footer></body></html>`;
    const text = extractArticle(html, { kind: "html" }).text;
    expect(text).toContain(STORY[4]);
    expect(text).not.toContain(GUIDES[0]);
  });
});
