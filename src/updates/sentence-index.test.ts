import { describe, expect, it } from "vitest";
import { minhashSignature } from "./minhash.js";
import { SentenceIndex } from "./sentence-index.js";
import { sentenceShingles, sentenceWords } from "./sentence-shingles.js";

const sign = (sentence: string) => minhashSignature(sentenceShingles(sentenceWords(sentence)));

describe("SentenceIndex", () => {
  it("finds the near-duplicate of a sentence among many unrelated ones", () => {
    const index = new SentenceIndex();
    for (let n = 0; n < 500; n++)
      index.add(sign(`Report number ${n} covered the ${n % 7} council meetings held in district ${n * 13}.`));
    index.add(sign("Rescue teams pulled eleven people from the collapsed building in the old town on Friday."));
    expect(index.size).toBe(501);
    expect(
      index.closestSimilarity(
        sign("Rescue teams pulled 11 people from the collapsed building in the old town on Friday."),
      ),
    ).toBeGreaterThan(0.5);
    expect(
      index.closestSimilarity(sign("The central bank left interest rates unchanged for a third month running.")),
    ).toBeLessThan(0.3);
  });

  it("answers 0 when empty", () => {
    expect(new SentenceIndex().closestSimilarity(sign("Anything at all can be said here."))).toBe(0);
  });
});
