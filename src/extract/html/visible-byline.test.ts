import { describe, expect, it } from "vitest";
import { parseHtml } from "./html-tree.js";
import { textBlocks } from "./text-blocks.js";
import { bylineNearHeadline, labelledByline, unlabelledBylineNearHeadline } from "./visible-byline.js";

function blocksOf(html: string) {
  return textBlocks(parseHtml(html).root);
}

const PROSE = "<p>The bridge reopened on Monday after repairs that took most of the winter, officials said.</p>";

describe("bylineNearHeadline", () => {
  it("reads a 'By' line under the headline", () => {
    const blocks = blocksOf(`<h1>Bridge reopens</h1><p><time>Mar 24, 2025</time></p><p>By Amy Lane</p>${PROSE}`);
    expect(bylineNearHeadline(blocks, 0)).toEqual({ names: "Amy Lane", aboveHeadline: false });
  });

  it("reads the name under a bare label, past blocks without letters", () => {
    const blocks = blocksOf(`<h1>Bridge reopens</h1><span>Written by</span><p>•</p><p>Cy Black</p>${PROSE}`);
    expect(bylineNearHeadline(blocks, 0)?.names).toBe("Cy Black");
  });

  it("reads a date glued onto the name as a date", () => {
    const blocks = blocksOf(`<h1>Bridge reopens</h1><p>by Jeff StoneNovember 20, 2007</p>${PROSE}`);
    expect(bylineNearHeadline(blocks, 0)?.names).toBe("Jeff Stone");
  });

  it("skips sentences that start with 'By' and link texts run together", () => {
    const sentence = "<p>By planning the closure early, the council kept most of the traffic moving.</p>";
    const categories = "<p>By</p><p>Wedding ChecklistsJust EngagedPlanning</p>";
    expect(bylineNearHeadline(blocksOf(`<h1>Bridge reopens</h1>${sentence}${PROSE}`), 0)).toBeNull();
    expect(bylineNearHeadline(blocksOf(`<h1>Bridge reopens</h1>${categories}${PROSE}`), 0)).toBeNull();
  });

  it("reads a credit after a dateline on the same line, passing over a reviewer's", () => {
    const dated = blocksOf(`<h1>Bridge reopens</h1><p>March 15, 2022 · 3 min read · By Civic Online</p>${PROSE}`);
    expect(bylineNearHeadline(dated, 0)?.names).toBe("Civic Online");
    const reviewed = blocksOf(`<h1>Bridge reopens</h1><p>Reviewed by Kim Rose — Written by Jill Kay</p>${PROSE}`);
    expect(bylineNearHeadline(reviewed, 0)?.names).toBe("Jill Kay");
    const glued = blocksOf(`<h1>Bridge reopens</h1><div><span>By</span><span>Daryl Aston</span></div>${PROSE}`);
    expect(bylineNearHeadline(glued, 0)?.names).toBe("Daryl Aston");
  });

  it("does not read the author of a work a heading names", () => {
    const blocks = blocksOf(
      `<h1>Essays that changed my mind</h1>${PROSE}<h2>Choose Boring Things (2015) by Dan Lee</h2>`,
    );
    expect(bylineNearHeadline(blocks, 0)).toBeNull();
  });

  it("marks a byline found above the headline", () => {
    const blocks = blocksOf(`<p>by Ann Green</p><h1>Bridge reopens</h1>${PROSE}`);
    expect(bylineNearHeadline(blocks, 1)).toEqual({ names: "Ann Green", aboveHeadline: true });
  });
});

describe("labelledByline", () => {
  it("reads 'Written by' and an 'Author' label anywhere on the page", () => {
    expect(labelledByline(blocksOf(`<h1>Bridge reopens</h1>${PROSE}<h3>Written by Cy Black</h3>`))).toBe("Cy Black");
    expect(labelledByline(blocksOf(`${PROSE}<h3>Author</h3><p>Lisa D. Ellis</p>`))).toBe("Lisa D. Ellis");
  });

  it("reads the name under an 'Article by' heading", () => {
    expect(labelledByline(blocksOf(`${PROSE}<h2>Article by</h2><div>Ivo Lind</div>`))).toBe("Ivo Lind");
  });

  it("reads the name under an 'Article written by' heading and a linked name after 'Written by'", () => {
    expect(labelledByline(blocksOf(`${PROSE}<h4>Article written by:</h4><h4>Nora Vale</h4>`))).toBe("Nora Vale");
    const linked = `${PROSE}<p>Written by <a href="/team/ivo-lind">Ivo Lind</a></p>`;
    expect(labelledByline(blocksOf(linked))).toBe("Ivo Lind");
  });

  it("reads every name listed under an 'Author(s)' label", () => {
    const listed = `${PROSE}<h6>Author(s)</h6><ul><li><a href="/?a=1">Ann Green</a></li><li>Bo Brown</li></ul><p>Download</p>`;
    expect(labelledByline(blocksOf(listed))).toBe("Ann Green, Bo Brown");
  });

  it("ignores menu entries named for author pages", () => {
    const menu = '<ul><li><a href="/contributors">Contributors</a></li><li><a href="/s">Online Services</a></li></ul>';
    expect(labelledByline(blocksOf(`${menu}${PROSE}`))).toBeNull();
  });
});

describe("unlabelledBylineNearHeadline", () => {
  it("reads a name beside the date or reading time under the headline", () => {
    const beside = blocksOf(`<h1>Bridge reopens</h1><ul><li>Rosa Kovács</li><li>02-12-2025</li></ul>${PROSE}`);
    expect(unlabelledBylineNearHeadline(beside, 0)).toBe("Rosa Kovács");
    const role = blocksOf(`<h1>Bridge reopens</h1><p>Tom Reed</p><p>Co-Founder</p><p>Updated on 3 Oct 2025</p>`);
    expect(unlabelledBylineNearHeadline(role, 0)).toBe("Tom Reed");
  });

  it("reads the name among the fields of a dated meta row", () => {
    const row = blocksOf(`<h1>Bridge reopens</h1><p>Dec 26, 2025 • Jane van der Berg in Politics</p>${PROSE}`);
    expect(unlabelledBylineNearHeadline(row, 0)).toBe("Jane van der Berg");
  });

  it("passes over names away from a date, category links and buttons", () => {
    const alone = blocksOf(`<h1>Bridge reopens</h1><p>Rosa Kovács</p>${PROSE}`);
    expect(unlabelledBylineNearHeadline(alone, 0)).toBeNull();
    const category = blocksOf(
      `<h1>Bridge reopens</h1><div><a class="category" href="/social-media/">Social Media</a></div><p>5 min read</p>`,
    );
    expect(unlabelledBylineNearHeadline(category, 0)).toBeNull();
    const button = blocksOf(`<h1>Bridge reopens</h1><p><button>Get Started</button></p><p>May 2, 2025</p>`);
    expect(unlabelledBylineNearHeadline(button, 0)).toBeNull();
  });
});
