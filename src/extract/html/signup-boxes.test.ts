import { describe, expect, it } from "vitest";
import { parseHtml } from "./html-tree.js";
import { isEmailField, signupBoxes } from "./signup-boxes.js";
import { textBlocks } from "./text-blocks.js";

/** Class names of the elements marked as sign-up boxes. */
function boxClasses(html: string): string[] {
  const parsed = parseHtml(html);
  const boxes = signupBoxes(parsed.elements, textBlocks(parsed.root));
  return parsed.elements.filter((element) => boxes[element.index] === 1).map((element) => element.attrs.class ?? "");
}

const STORY = Array.from(
  { length: 12 },
  (_, i) => `<p>Paragraph ${i} of the story, with a few more words in it.</p>`,
).join("");

describe("isEmailField", () => {
  it("knows an email field by its type or, for a text field, by its label", () => {
    const [typed, named, search] = parseHtml(
      '<input type="email"><input type="text" name="EMAIL"><input type="search" placeholder="email search">',
    ).elements.filter((element) => element.tag === "input");
    expect([typed, named, search].map((element) => isEmailField(element!))).toEqual([true, true, false]);
  });
});

describe("signupBoxes", () => {
  it("marks the largest small wrapper around an email field, not the article holding it", () => {
    const html = `<body><article class="story">${STORY}<div class="signup"><p>Get our letter</p>
      <div class="field"><input type="email"></div><p>No spam, we promise.</p></div></article></body>`;
    expect(boxClasses(html)).toEqual(["signup"]);
  });

  it("marks nothing on a page without an email field", () => {
    expect(boxClasses(`<body><article>${STORY}<form><input type="search"></form></article></body>`)).toEqual([]);
  });
});
