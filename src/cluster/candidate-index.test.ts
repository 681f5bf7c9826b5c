import { describe, expect, it } from "vitest";
import { CandidateIndex } from "./candidate-index.js";

describe("CandidateIndex", () => {
  it("proposes the stories that share the most query weight", () => {
    const index = new CandidateIndex();
    index.add(1, [10, 11]);
    index.add(2, [11]);
    index.add(3, [12]);
    const found = index.lookup(
      new Map([
        [10, 1],
        [11, 1],
      ]),
      1,
    );
    expect(found).toEqual([1]);
  });

  it("keeps only the most recently updated stories under a term", () => {
    const index = new CandidateIndex(2);
    index.add(1, [7]);
    index.add(2, [7]);
    index.add(3, [7]);
    expect(index.lookup(new Map([[7, 1]]), 10).sort()).toEqual([2, 3]);
    index.add(2, [7]);
    index.add(4, [7]);
    expect(index.lookup(new Map([[7, 1]]), 10).sort()).toEqual([2, 4]);
  });

  it("forgets a removed story and terms with no story left", () => {
    const index = new CandidateIndex();
    index.add(1, [5, 6]);
    index.remove(1, [5, 6]);
    expect(index.lookup(new Map([[5, 1]]), 10)).toEqual([]);
    expect(index.termCount).toBe(0);
  });
});
