import { describe, expect, it } from "vitest";
import { estimatedJaccard, minhashSignature, packSignatures, SIGNATURE_LENGTH, unpackSignatures } from "./minhash.js";
import { sentenceShingles, sentenceWords } from "./sentence-shingles.js";

const sign = (sentence: string) => minhashSignature(sentenceShingles(sentenceWords(sentence)));

const ORIGINAL =
  "The regional water authority said the river crested at nine metres on Monday evening, the highest level on record.";

describe("b-bit MinHash over word bigrams", () => {
  it("gives identical sentences a similarity of 1, whatever their punctuation and case", () => {
    expect(estimatedJaccard(sign(ORIGINAL), sign(ORIGINAL.toUpperCase().replace(/,/g, " ;")))).toBe(1);
  });

  it("keeps a lightly edited copy above the near-duplicate line and an unrelated sentence far below it", () => {
    const edited =
      "The regional water authority said the river peaked at nine metres on Monday night, the highest level on record.";
    const unrelated =
      "Mayor Ana Torres opened two shelters at the high school and asked residents to avoid the riverside roads.";
    expect(estimatedJaccard(sign(ORIGINAL), sign(edited))).toBeGreaterThan(0.5);
    expect(estimatedJaccard(sign(ORIGINAL), sign(unrelated))).toBeLessThan(0.2);
  });

  it("estimates close to the true Jaccard similarity of the bigram sets", () => {
    const a = sentenceShingles(sentenceWords(ORIGINAL));
    const words = sentenceWords(ORIGINAL);
    const b = sentenceShingles([...words.slice(0, 10), "and", "then", "fell", "back"]);
    const shared = a.filter((shingle) => b.includes(shingle)).length;
    const truth = shared / new Set([...a, ...b]).size;
    expect(Math.abs(estimatedJaccard(minhashSignature(a), minhashSignature(b)) - truth)).toBeLessThan(0.2);
  });

  it("is deterministic, so signatures stored by one process compare with another's", () => {
    expect([...sign(ORIGINAL)]).toEqual([...sign(ORIGINAL)]);
    expect(sign(ORIGINAL)).toHaveLength(SIGNATURE_LENGTH);
  });

  it("packs signatures into one blob and back", () => {
    const signatures = [sign(ORIGINAL), sign("Another sentence entirely about something else here.")];
    const unpacked = unpackSignatures(packSignatures(signatures));
    expect(unpacked.map((signature) => [...signature])).toEqual(signatures.map((signature) => [...signature]));
    expect(() => unpackSignatures(new Uint8Array(SIGNATURE_LENGTH + 3))).toThrow(/partial/);
  });
});
