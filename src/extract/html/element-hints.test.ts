import { describe, expect, it } from "vitest";
import { furnitureCue } from "./element-hints.js";
import { parseHtml } from "./html-tree.js";

function firstDiv(html: string) {
  const element = parseHtml(html).elements.find((candidate) => candidate.tag === "div");
  if (!element) throw new Error("no div in the fixture");
  return element;
}

describe("furnitureCue", () => {
  it("names disclaimer and disclosure boxes as furniture", () => {
    expect(furnitureCue(firstDiv('<div class="post-disclaimer">Not advice.</div>'))).toBe("class:disclaimer");
    expect(furnitureCue(firstDiv('<div class="affiliateDisclosure">We earn.</div>'))).toBe("class:disclosure");
  });

  it("reads a negated class word as no cue: a contents plugin's 'no_toc' opt-out is article text", () => {
    expect(furnitureCue(firstDiv('<div class="blog-paragraph no_toc_section">Text.</div>'))).toBeNull();
    expect(furnitureCue(firstDiv('<div class="not-sticky">Text.</div>'))).toBeNull();
    expect(furnitureCue(firstDiv('<div class="toc_section">Links.</div>'))).toBe("weak-class:toc");
    expect(furnitureCue(firstDiv('<div class="no-js share-bar">Share.</div>'))).toBe("class:share");
  });

  it("names a sticky bar only weakly, as some themes make the article column sticky", () => {
    expect(furnitureCue(firstDiv('<div class="sticky-bar">Join.</div>'))).toBe("weak-class:sticky");
  });

  it("reads nothing into an id made from a section heading's words, but believes a short id", () => {
    expect(furnitureCue(firstDiv('<div id="menu-ideas-for-small-events">Text.</div>'))).toBeNull();
    expect(furnitureCue(firstDiv('<div id="main-menu">Links.</div>'))).toBe("class:menu");
    expect(furnitureCue(firstDiv('<div id="toc_should-you-invest">Text.</div>'))).toBeNull();
    expect(furnitureCue(firstDiv('<div id="toc_list">Links.</div>'))).toBe("weak-class:toc");
  });

  it("names a social network's embedded post as furniture, but not a class that only mentions the network", () => {
    const tweet = parseHtml('<blockquote class="twitter-tweet"><p>Bridge is open!</p></blockquote>').elements.find(
      (element) => element.tag === "blockquote",
    );
    expect(tweet && furnitureCue(tweet)).toBe("class:embedded-post");
    expect(furnitureCue(firstDiv('<div class="tweet-text-block">Text.</div>'))).toBeNull();
  });

  it("names a script's error message as furniture, but reads nothing into a heading's anchor id", () => {
    expect(furnitureCue(firstDiv('<div id="geolocate-error">Location not found.</div>'))).toBe("class:error");
    const heading = parseHtml('<h2 id="error-handling">Error handling</h2>').elements.find(
      (element) => element.tag === "h2",
    );
    expect(heading && furnitureCue(heading)).toBeNull();
  });

  it("reads nothing into names of article parts", () => {
    expect(furnitureCue(firstDiv('<div class="entry-content">Text.</div>'))).toBeNull();
  });
});
