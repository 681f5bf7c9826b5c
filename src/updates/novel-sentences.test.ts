import { describe, expect, it } from "vitest";
import { novelSentences, signSentences } from "./novel-sentences.js";
import { SentenceIndex } from "./sentence-index.js";

const STORY = [
  "Flood waters rose across Riverton on Monday after three days of heavy rain.",
  "Hundreds of residents were forced from their homes along the Green River.",
];

function indexOf(sentences: string[]): SentenceIndex {
  const index = new SentenceIndex();
  for (const sentence of signSentences(sentences)) index.add(sentence.signature);
  return index;
}

describe("novelSentences", () => {
  it("marks sentences the story already holds, even copy-edited, as not novel, and new ones as novel", () => {
    const result = novelSentences(
      signSentences([
        "Flood waters rose across Riverton on Monday after three days of very heavy rain.",
        "The army has sent two hundred soldiers to reinforce the levees north of the town.",
      ]),
      indexOf(STORY),
    );
    expect(result.map((sentence) => sentence.novel)).toEqual([false, true]);
    expect(result[0]?.similarity).toBeGreaterThan(0.5);
  });

  it("leaves out sentences too short to judge, keeping the positions of the rest", () => {
    const signed = signSentences(["Published", "on", "The army has sent soldiers to the levees."]);
    expect(signed.map((sentence) => sentence.index)).toEqual([2]);
  });
});
