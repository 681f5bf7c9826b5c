import { describe, expect, it } from "vitest";
import { parseHtml } from "./html-tree.js";
import { dropPitchBoxes } from "./pitch-boxes.js";
import { textBlocks } from "./text-blocks.js";

const STORY = [
  "The harbour bridge reopened on Monday morning after five months of repairs, the city said in a statement.",
  "Engineers replaced the steel joints of the north span, which had cracked during the storms of last winter.",
  "Commuters who had used the ferry since October said they were relieved, although some missed the boat ride.",
  "The city expects traffic to return to its usual level within a week, once the detour signs are taken down.",
];
const paragraphs = (sentences: readonly string[]) => sentences.map((sentence) => `<p>${sentence}</p>`).join("");

function keptText(html: string): string[] {
  return dropPitchBoxes(textBlocks(parseHtml(html).root)).map((block) => block.text);
}

describe("dropPitchBoxes", () => {
  it("drops a box beside the running text that pitches a trial and has a button to start it", () => {
    const box = `<div class="promo"><h3>Try Harbour Maps</h3><p>Plan every crossing. Start your free trial today.</p>
      <a class="btn btn-primary" href="/trial">Start now</a></div>`;
    const html = `<article>${paragraphs(STORY.slice(0, 2))}${box}${paragraphs(STORY.slice(2))}</article>`;
    expect(keptText(html)).toEqual(STORY);
  });

  it("keeps the same call to action when the running text makes it, and a box built without a button", () => {
    const inline = "Readers can sign up for the city's traffic alerts on its website, the statement added.";
    const quote = `<div class="pullquote"><p>"Sign up for the ferry while it lasts," one commuter joked.</p></div>`;
    const html = `<article>${paragraphs([...STORY.slice(0, 2), inline])}${quote}${paragraphs(STORY.slice(2))}</article>`;
    expect(keptText(html)).toEqual([
      ...STORY.slice(0, 2),
      inline,
      '"Sign up for the ferry while it lasts," one commuter joked.',
      ...STORY.slice(2),
    ]);
  });

  it("judges nothing on a page without running text to set a box beside", () => {
    const html = `<div class="promo"><h3>Get our newsletter</h3><p>Sign up now.</p><button>Go</button></div>`;
    expect(keptText(html)).toEqual(["Get our newsletter", "Sign up now."]);
  });
});
