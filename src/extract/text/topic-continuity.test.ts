import { describe, expect, it } from "vitest";
import { contentWords, dropOffTopicSections, topicSupport } from "./topic-continuity.js";

const ARTICLE = [
  "The city council voted to close the old harbour bridge for repairs after engineers found cracks in its supports.",
  "Engineers said the bridge repairs would take six months and that ferries would cross the harbour meanwhile.",
  "Shop owners near the harbour bridge asked the council for help with rents while the repairs go on.",
  "The council will meet the shop owners next week to talk about the bridge, the ferries and the rents.",
];
const TEASER = "Local bakery wins national award for its sourdough loaves and pastries.";
/** Teasers for other stories, long enough (40+ words) for their vocabulary to be judged. */
const TEASERS = [
  "Local bakery wins national award for its sourdough loaves, its rye bread and the pastries it sells at the market.",
  "Football club signs young striker from abroad on a four year contract before the season starts in August.",
  "Museum opens new gallery of modern paintings and sculpture, with free entry for students every Sunday afternoon.",
];

describe("contentWords", () => {
  it("keeps each content word once, lower-cased, without function words, short tokens or a plural s", () => {
    expect(contentWords("The Bridges and the bridge: a new bridge by 2 engineers")).toEqual([
      "bridge",
      "new",
      "engineer",
    ]);
  });
});

describe("topicSupport", () => {
  it("rates an article paragraph above a teaser about something else", () => {
    const lines = [...ARTICLE, TEASER];
    const support = topicSupport(lines, [1, 1, 1, 1, 1]);
    const teaser = support[4];
    for (const paragraph of support.slice(0, 4)) {
      expect(paragraph.share).toBeGreaterThan(teaser?.share ?? 1);
      expect(paragraph.focus).toBeGreaterThan(teaser?.focus ?? 1);
    }
  });

  it("does not let a line vouch for itself or for its own copy", () => {
    const support = topicSupport([TEASER, TEASER, ARTICLE[0] ?? ""], [1, 1, 1]);
    expect(support[0]?.share).toBe(0);
    expect(support[1]?.share).toBe(0);
  });

  it("measures the furniture's vocabulary from the lines unlikely to be article text", () => {
    const menu = ["Bakery news", "Bakery awards", "Bakery recipes"];
    const support = topicSupport([...menu, ...ARTICLE, TEASER], [0, 0, 0, 1, 1, 1, 1, 0.5]);
    expect(support[7]?.furnitureShare).toBeGreaterThan(0);
    expect(support[3]?.furnitureShare).toBe(0);
  });
});

describe("dropOffTopicSections", () => {
  /** A page of lines: each entry is [text, unlikely], and every likely line is kept. */
  function kept(page: [string, boolean][]): string[] {
    const texts = page.map(([text]) => text);
    const unlikely = page.map(([, low]) => low);
    const body = page.flatMap(([, low], i) => (low ? [] : [i]));
    const words = texts.map((text) => text.split(" ").length);
    return dropOffTopicSections(texts, words, unlikely, body).map((i) => texts[i] ?? "");
  }
  const gap: [string, boolean][] = ["Newsletter", "Email", "Sign up", "Share"].map((text) => [text, true]);
  const article: [string, boolean][] = ARTICLE.map((text) => [text, false]);

  const teasers: [string, boolean][] = TEASERS.map((text) => [text, false]);

  it("drops a section below the article that shares no vocabulary with it", () => {
    expect(kept([...article, ...gap, ...teasers])).toEqual(ARTICLE);
  });

  it("keeps a section too short for its vocabulary to tell", () => {
    expect(kept([...article, ...gap, [TEASER, false]])).toEqual([...ARTICLE, TEASER]);
  });

  it("keeps an on-topic section after a gap, and anything above the article", () => {
    const followUp = [
      "The harbour ferries will run every twenty minutes until the bridge repairs are done, the council said.",
      "Engineers expect the cracks in the bridge supports to be fixed by the spring, when the harbour bridge reopens.",
      "Shop owners said the council help with rents would keep them open while the ferries replace the bridge.",
    ];
    const standfirst = "A summer of detours ahead.";
    const page: [string, boolean][] = [
      [standfirst, false],
      ...gap,
      ...article,
      ...gap,
      ...followUp.map((text): [string, boolean] => [text, false]),
    ];
    expect(kept(page)).toEqual([standfirst, ...ARTICLE, ...followUp]);
  });

  it("keeps an off-topic line when no gap parts it from the article", () => {
    expect(kept([...article, ["Share", true], ...teasers])).toEqual([...ARTICLE, ...TEASERS]);
  });
});
