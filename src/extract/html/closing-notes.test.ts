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

describe("dropClosingNotes on a closing bio", () => {
  function keptFromHtml(html: string): string[] {
    return dropClosingNotes(textBlocks(parseHtml(html).root)).map((block) => block.text);
  }
  const story = STORY.map((text) => `<p>${text}</p>`).join("");
  const bio =
    "Ann Lee is a senior transport reporter at the Harbour Desk. She has covered bridges and ferries since 2015.";

  it("drops the writer's bio that closes the article, with the labels set above it", () => {
    expect(keptFromHtml(`${story}<div>By</div><div>Senior Reporter</div><p>${bio}</p>`)).toEqual(STORY);
  });

  it("drops a bio whose title is set off by commas after the name", () => {
    const titled = "Ann Lee, Transport Editor, studied engineering in Leeds. She rides the ferry to work every day.";
    expect(keptFromHtml(`${story}<p>${titled}</p>`)).toEqual(STORY);
  });

  it("keeps a closing paragraph that quotes a named source", () => {
    const quote = "Tom Reed is the director of the port authority, and he said the north span would be checked yearly.";
    expect(keptFromHtml(`${story}<p>${quote}</p>`)).toEqual([...STORY, quote]);
  });

  it("keeps a closing paragraph on a person the article already tells of: a profile's last word on its subject", () => {
    const profile = [
      ...STORY,
      "The bridge's new warden, Mary Okafor, walked the north span with the engineers on its first morning back.",
    ];
    const closing =
      "Mary Okafor is a civil engineer who has looked after the city's bridges for twenty years. She retires in May.";
    expect(keptFromHtml(`${profile.map((text) => `<p>${text}</p>`).join("")}<p>${closing}</p>`)).toEqual([
      ...profile,
      closing,
    ]);
  });

  it("keeps a news story's closing paragraph on someone it introduces there, whatever their job", () => {
    const newcomer =
      "Maria Lopez, 52, joined the operator in 2010 and was previously head of its ferry business. She takes over in June.";
    expect(keptFromHtml(`${story}${story}<p>${newcomer}</p>`)).toEqual([...STORY, ...STORY, newcomer]);
    const founder =
      "Tom Reed is the founder of Harbour Desk. He writes about ports, ferries and the people who run them.";
    expect(keptFromHtml(`${story}${story}<p>${founder}</p>`)).toEqual([...STORY, ...STORY]);
  });

  it("keeps a company's closing blurb, which names no person's role", () => {
    const blurb = "Harbour Steel is a family firm that has built joints for bridges since 1950, and it employs forty.";
    expect(keptFromHtml(`${story}<p>${blurb}</p>`)).toEqual([...STORY, blurb]);
  });

  it("keeps a bio-like paragraph inside the article, and one that is most of a short body", () => {
    expect(keptFromHtml(`<p>${STORY[0]}</p><p>${bio}</p><p>${STORY[1]}</p>`)).toEqual([STORY[0], bio, STORY[1]]);
    expect(keptFromHtml(`<p>${STORY[0]}</p><p>${bio}</p>`)).toEqual([STORY[0], bio]);
  });
});
