import { describe, expect, it } from "vitest";
import { parseHtml } from "./html-tree.js";
import { textBlocks } from "./text-blocks.js";

function blocksOf(html: string) {
  return textBlocks(parseHtml(html).root).map(({ kind, text, linkChars }) => ({ kind, text, linkChars }));
}

describe("textBlocks", () => {
  it("cuts paragraphs, headings and list items and counts their link text", () => {
    expect(blocksOf('<h2>Travel</h2><p>Read <a href="/x">the guide</a> first.</p><ul><li>One</li></ul>')).toEqual([
      { kind: "heading", text: "Travel", linkChars: 0 },
      { kind: "paragraph", text: "Read the guide first.", linkChars: 8 },
      { kind: "item", text: "One", linkChars: 0 },
    ]);
  });

  it("names the innermost element holding a block's text: an inline wrapper, or the owner when text is spread", () => {
    const holders = (html: string) =>
      textBlocks(parseHtml(html).root).map((block) => [block.owner.tag, block.holder.tag, block.holder.attrs.id]);
    expect(holders('<div><span id="w">One <b>two</b> three</span></div>')).toEqual([["div", "span", "w"]]);
    expect(holders('<div><span id="a">One</span> <span id="b">two</span></div>')).toEqual([["div", "div", undefined]]);
    expect(holders("<p>Plain text</p>")).toEqual([["p", "p", undefined]]);
  });

  it("does not count a heading's link to its own section as link text, unlike a paragraph's", () => {
    expect(blocksOf('<h3 id="cost"><a href="#cost">Cost of living</a></h3><p><a href="#cost">Cost</a></p>')).toEqual([
      { kind: "heading", text: "Cost of living", linkChars: 0 },
      { kind: "paragraph", text: "Cost", linkChars: 4 },
    ]);
  });

  it("counts a heading's link to another page, and an anchor without href as no link", () => {
    expect(blocksOf('<h3><a href="/cost">Cost</a></h3><p><a name="top">Top</a></p>')).toEqual([
      { kind: "heading", text: "Cost", linkChars: 4 },
      { kind: "paragraph", text: "Top", linkChars: 0 },
    ]);
  });
});
