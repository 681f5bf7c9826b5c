import { describe, expect, it } from "vitest";
import { scoreClustering } from "./clustering-metrics.js";

const gold = new Map([
  ["a", "x"],
  ["b", "x"],
  ["c", "x"],
  ["d", "y"],
  ["e", "y"],
]);

describe("scoreClustering", () => {
  it("gives 1 everywhere for a perfect clustering, whatever the cluster names", () => {
    const predicted = new Map([
      ["a", "1"],
      ["b", "1"],
      ["c", "1"],
      ["d", "2"],
      ["e", "2"],
    ]);
    const scores = scoreClustering(predicted, gold);
    expect(scores.pairwise).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(scores.bcubed).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(scores).toMatchObject({ predictedClusters: 2, goldClusters: 2, documents: 5 });
  });

  it("counts pairs: one cluster for everything has full recall and the share of true pairs as precision", () => {
    const predicted = new Map([...gold.keys()].map((id) => [id, "all"]));
    const scores = scoreClustering(predicted, gold);
    // 10 predicted pairs, 3 + 1 of them true.
    expect(scores.pairwise.precision).toBeCloseTo(0.4, 10);
    expect(scores.pairwise.recall).toBe(1);
    // BCubed precision: a, b, c see 3/5 correct; d, e see 2/5.
    expect(scores.bcubed.precision).toBeCloseTo((3 * 0.6 + 2 * 0.4) / 5, 10);
    expect(scores.bcubed.recall).toBe(1);
  });

  it("scores singletons with full precision and the right BCubed recall", () => {
    const predicted = new Map([...gold.keys()].map((id) => [id, id]));
    const scores = scoreClustering(predicted, gold);
    expect(scores.pairwise.recall).toBe(0);
    expect(scores.pairwise.f1).toBe(0);
    expect(scores.bcubed.precision).toBe(1);
    expect(scores.bcubed.recall).toBeCloseTo((3 * (1 / 3) + 2 * 0.5) / 5, 10);
  });

  it("refuses a prediction that misses a document", () => {
    expect(() => scoreClustering(new Map([["a", "1"]]), gold)).toThrow(/no predicted cluster for document b/);
  });
});
