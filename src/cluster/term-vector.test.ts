import { describe, expect, it } from "vitest";
import { addScaled, compact, toTermWeights, unitLength, weightedCosine, weightedNorm } from "./term-vector.js";

const flat = () => 1;

describe("term vectors", () => {
  it("computes IDF-weighted cosine between an article and a compacted centroid", () => {
    const article = new Map([
      [1, 1],
      [2, 1],
    ]);
    const centroid = compact(new Map([[1, 2]]), 10, flat);
    const cosine = weightedCosine(article, weightedNorm(article, flat), centroid, weightedNorm(centroid, flat), flat);
    expect(cosine).toBeCloseTo(Math.SQRT1_2, 6);
    const rareSecond = (id: number) => (id === 2 ? 3 : 1);
    const lower = weightedCosine(
      article,
      weightedNorm(article, rareSecond),
      centroid,
      weightedNorm(centroid, rareSecond),
      rareSecond,
    );
    expect(lower).toBeLessThan(cosine);
  });

  it("keeps the terms that weigh most after IDF when truncating", () => {
    const weights = new Map([
      [1, 5],
      [2, 1],
      [3, 2],
    ]);
    const idf = (id: number) => (id === 2 ? 10 : 1);
    const kept = toTermWeights(compact(weights, 2, idf));
    expect([...kept.keys()].sort()).toEqual([1, 2]);
  });

  it("adds and subtracts, dropping entries that reach zero", () => {
    const target = new Map([[1, 1]]);
    addScaled(target, new Map([[1, 1]]), -1);
    expect(target.size).toBe(0);
    expect([
      ...unitLength(
        new Map([
          [4, 3],
          [5, 4],
        ]),
      ).values(),
    ]).toEqual([0.6, 0.8]);
  });
});
