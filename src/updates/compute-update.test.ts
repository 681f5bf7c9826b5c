import { describe, expect, it } from "vitest";
import type { Entities } from "../model.js";
import { computeUpdate, type EarlierArticle, isNotable, storySoFar, updateIdFor } from "./compute-update.js";
import { signSentences } from "./novel-sentences.js";

const NONE: Entities = { people: [], places: [], organisations: [] };

const FIRST = [
  "Flood waters rose across Riverton on Monday after three days of heavy rain.",
  "Hundreds of residents were forced from their homes along the Green River.",
  "Mayor Ana Torres opened two shelters at the high school and the community centre.",
  "The river crested at nine metres, the highest level since records began in 1952.",
];

function earlier(sentences: string[], outlet: string, entities: Entities = NONE): EarlierArticle {
  return {
    id: `earlier-${outlet}`,
    title: "Flood waters rise in Riverton",
    text: sentences.join(" "),
    outlet,
    entities,
    signatures: signSentences(sentences).map((sentence) => sentence.signature),
  };
}

const story = () =>
  storySoFar("story-1", "Flood waters rise in Riverton", [
    earlier(FIRST, "Valley Herald", { people: ["ana torres"], places: ["riverton"], organisations: [] }),
  ]);

describe("computeUpdate", () => {
  it("reports novel sentences, the new outlet and names, and a changed headline", () => {
    const { update, notable } = computeUpdate(
      story(),
      {
        id: "article-2",
        title: "Army sent to Riverton as second dam fails",
        outlet: "Daily Courier",
        entities: { people: ["Ana Torres", "John Reid"], places: ["Riverton", "Millbrook"], organisations: ["army"] },
        sentences: [
          ...FIRST.slice(0, 2),
          "The army sent two hundred soldiers to reinforce the levees on Wednesday.",
          "A second dam upstream failed on Thursday, flooding the village of Millbrook.",
        ],
      },
      { headline: "Army sent to Riverton as second dam fails", at: "2024-05-02T10:00:00.000Z" },
    );
    expect(update.newOutlets).toEqual(["Daily Courier"]);
    expect(update.newEntities).toEqual({ people: ["John Reid"], places: ["Millbrook"], organisations: ["army"] });
    expect(update.novelty).toBe(0.5);
    expect(update.summary).toHaveLength(2);
    expect(update.summary.join(" ")).toContain("second dam");
    expect(update.summary.join(" ")).not.toContain("Hundreds of residents");
    expect(update.previousHeadline).toBe("Flood waters rise in Riverton");
    expect(update.headline).toBe("Army sent to Riverton as second dam fails");
    expect(update.id).toBe(updateIdFor("story-1", "article-2"));
    expect(notable).toBe(true);
  });

  it("finds nothing worth a message in a syndicated copy, even from a new outlet", () => {
    const copy = FIRST.map((sentence) => sentence.replace("the", "a"));
    const { update, notable } = computeUpdate(
      story(),
      {
        id: "article-3",
        title: "Flood waters rise in Riverton",
        outlet: "Wire Service",
        entities: NONE,
        sentences: copy,
      },
      { headline: "Flood waters rise in Riverton", at: "2024-05-02T11:00:00.000Z" },
    );
    expect(update.novelty).toBe(0);
    expect(update.summary).toEqual([]);
    expect(update.newOutlets).toEqual(["Wire Service"]);
    expect(notable).toBe(false);
  });

  it("treats the first article of a story as all new, with no previous headline", () => {
    const { update, notable } = computeUpdate(
      storySoFar("story-2", null, []),
      {
        id: "article-1",
        title: "Flood waters rise in Riverton",
        outlet: "Valley Herald",
        entities: NONE,
        sentences: FIRST,
      },
      { headline: "Flood waters rise in Riverton", at: "2024-05-01T10:00:00.000Z" },
    );
    expect(update.novelty).toBe(1);
    expect(update.previousHeadline).toBeNull();
    expect(update.summary.length).toBeGreaterThan(0);
    expect(notable).toBe(true);
  });
});

describe("isNotable", () => {
  it("needs a fifth of the article new, or three new sentences (or a new headline) with a tenth new", () => {
    const base = { isNewStory: false, headlineChanged: false };
    expect(isNotable({ ...base, novelCount: 0, novelty: 0 })).toBe(false);
    expect(isNotable({ ...base, novelCount: 1, novelty: 0.25 })).toBe(true);
    expect(isNotable({ ...base, novelCount: 2, novelty: 0.12 })).toBe(false);
    expect(isNotable({ ...base, novelCount: 3, novelty: 0.12 })).toBe(true);
    expect(isNotable({ ...base, headlineChanged: true, novelCount: 1, novelty: 0.1 })).toBe(true);
    expect(isNotable({ ...base, novelCount: 1, novelty: 0.05 })).toBe(false);
  });
});
