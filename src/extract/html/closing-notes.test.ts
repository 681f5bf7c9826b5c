import { describe, expect, it } from "vitest";
import { dropClosingNotes } from "./closing-notes.js";
import { parseHtml } from "./html-tree.js";
import { textBlocks } from "./text-blocks.js";

const STORY = [
  "The harbour bridge reopened on Monday morning after five months of repairs, the city said in a statement.",
  "Engineers replaced the steel joints of the north span, which had cracked during the storms of last winter.",
  "Commuters who had used the ferry since October said they were relieved, although some missed the boat ride.",
];

function keptText(texts: readonly string[]): string[] {
  const blocks = textBlocks(parseHtml(texts.map((text) => `<p>${text}</p>`).join("")).root);
  return dropClosingNotes(blocks).map((block) => block.text);
}

describe("dropClosingNotes", () => {
  it("drops production credits, the writer's contact line, tags and a feed footer after the article", () => {
    const notes = [
      "This story about the bridge was produced by the Harbour Desk, a nonprofit newsroom.",
      "Contact staff writer Ann Lee at 555-0100 or ann@example.org.",
      "Tags: Transport, City Hall",
      "The post Bridge reopens appeared first on Harbour News.",
      "Last updated March 3, 2025 by Ann Lee.",
    ];
    expect(keptText([...STORY, ...notes])).toEqual(STORY);
  });

  it("keeps a lede that opens like a credit, and a sentence that only mentions one", () => {
    const lede = "This story was reported from the north span, where the last crews packed up on Sunday.";
    const closing = "The city said the post of bridge warden would be filled by the end of the year.";
    const update = "Lastly, the city updated its ferry timetable so that the last boat now leaves at ten.";
    const figures = "Last updated figures show the toll at 50, officials said on Sunday evening.";
    expect(keptText([lede, ...STORY, closing, update, figures])).toEqual([lede, ...STORY, closing, update, figures]);
  });
});
