import { describe, expect, it } from "vitest";
import { bestBisection, MAX_EXHAUSTIVE_MEMBERS } from "./split-check.js";

/** Members 0-2 alike, 3-4 alike, the two groups unlike each other. */
const TWO_GROUPS = [
  [1, 0.9, 0.8, 0.2, 0.1],
  [0.9, 1, 0.85, 0.15, 0.2],
  [0.8, 0.85, 1, 0.1, 0.2],
  [0.2, 0.15, 0.1, 1, 0.9],
  [0.1, 0.2, 0.2, 0.9, 1],
];

describe("bestBisection", () => {
  it("moves the group without the founder, even when that group is the larger", () => {
    const founderAlone = [
      [1, 0.9, 0.1, 0.2, 0.1],
      [0.9, 1, 0.2, 0.1, 0.2],
      [0.1, 0.2, 1, 0.9, 0.8],
      [0.2, 0.1, 0.9, 1, 0.85],
      [0.1, 0.2, 0.8, 0.85, 1],
    ];
    expect(bestBisection(founderAlone, [true, true, true, true, true], 2)?.moved).toEqual([2, 3, 4]);
  });

  it("moves the unlike group out of two", () => {
    const bisection = bestBisection(TWO_GROUPS, [true, true, true, true, true], 2);
    expect(bisection?.moved).toEqual([3, 4]);
    expect(bisection?.between).toBeCloseTo((0.2 + 0.1 + 0.15 + 0.2 + 0.1 + 0.2) / 6, 6);
  });

  it("moves the twin event that holds together, not two stray reports unlike everyone, each other included", () => {
    // 0-1 and 2-3 are two events; 4 and 5 are generic reports a little closer to the founder's event.
    const strays = [
      [1, 0.9, 0.45, 0.45, 0.32, 0.32],
      [0.9, 1, 0.45, 0.45, 0.32, 0.32],
      [0.45, 0.45, 1, 0.9, 0.3, 0.3],
      [0.45, 0.45, 0.9, 1, 0.3, 0.3],
      [0.32, 0.32, 0.3, 0.3, 1, 0.3],
      [0.32, 0.32, 0.3, 0.3, 0.3, 1],
    ];
    expect(bestBisection(strays, new Array(6).fill(true), 2)?.moved).toEqual([2, 3]);
  });

  it("never offers to move a member a person placed", () => {
    const bisection = bestBisection(TWO_GROUPS, [true, true, true, false, true], 2);
    expect(bisection?.moved).not.toContain(3);
    expect(bisection?.between).toBeGreaterThan(0.3);
  });

  it("keeps both groups at the minimum size, and offers nothing for a story too small for it", () => {
    expect(bestBisection(TWO_GROUPS, [true, true, true, true, true], 3)).toBeNull();
    const singles = bestBisection(TWO_GROUPS, [true, true, true, true, true], 1);
    expect(singles?.moved.length).toBeGreaterThanOrEqual(1);
  });

  /** Two planted groups of a big story, with a little noise so no start lands on them by luck alone. */
  function plantedGroups(size: number, inSecond: (index: number) => boolean): number[][] {
    return Array.from({ length: size }, (_, a) =>
      Array.from({ length: size }, (_, b) => {
        if (a === b) return 1;
        const noise = (((a * 7 + b * 7 + a * b) % 5) - 2) * 0.03;
        return (inSecond(a) === inSecond(b) ? 0.75 : 0.25) + noise;
      }),
    );
  }

  it("finds the planted groups of a story too big to try every partition, by local search", () => {
    const size = MAX_EXHAUSTIVE_MEMBERS + 6;
    const inSecond = (index: number) => index % 3 === 1;
    const bisection = bestBisection(plantedGroups(size, inSecond), new Array(size).fill(true), 5);
    const expected = Array.from({ length: size }, (_, index) => index).filter(inSecond);
    expect(bisection?.moved).toEqual(expected);
    expect(bisection?.between).toBeLessThan(0.3);
    expect(bisection?.withinStaying).toBeGreaterThan(0.7);
    expect(bisection?.withinLeaving).toBeGreaterThan(0.7);
  });

  it("moves the planted group's members a person did not place, and nothing when too few may move", () => {
    const size = MAX_EXHAUSTIVE_MEMBERS + 6;
    const inSecond = (index: number) => index >= size - 6;
    const matrix = plantedGroups(size, inSecond);
    const movable = Array.from({ length: size }, (_, index) => index !== size - 1);
    const expected = Array.from({ length: size }, (_, index) => index).filter(
      (index) => inSecond(index) && index !== size - 1,
    );
    expect(bestBisection(matrix, movable, 5)?.moved).toEqual(expected);
    const fewMovable = Array.from({ length: size }, (_, index) => index >= size - 4);
    expect(bestBisection(matrix, fewMovable, 5)).toBeNull();
  });

  /** A symmetric matrix of similarities in [0, 1) from a small linear congruential generator. */
  function randomMatrix(size: number, seed: number): number[][] {
    let state = seed;
    const next = () => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return state / 2_147_483_648;
    };
    const matrix = Array.from({ length: size }, () => new Array<number>(size).fill(1));
    for (let a = 0; a < size; a++) {
      for (let b = a + 1; b < size; b++) {
        const value = next();
        matrix[a]![b] = value;
        matrix[b]![a] = value;
      }
    }
    return matrix;
  }

  /** The lowest separation over every partition with the founder in group A and both groups at `minGroup`. */
  function exhaustiveSeparation(matrix: number[][], minGroup: number): number {
    const size = matrix.length;
    let best = Number.POSITIVE_INFINITY;
    for (let mask = 1; mask < 1 << (size - 1); mask++) {
      const inB = (index: number) => index > 0 && ((mask >> (index - 1)) & 1) === 1;
      const sizeB = Array.from({ length: size }, (_, index) => index).filter(inB).length;
      if (Math.min(sizeB, size - sizeB) < minGroup) continue;
      const sums = [0, 0, 0];
      const pairs = [0, 0, 0];
      for (let a = 0; a < size; a++) {
        for (let b = a + 1; b < size; b++) {
          const part = inB(a) !== inB(b) ? 0 : inB(a) ? 2 : 1;
          sums[part]! += matrix[a]![b]!;
          pairs[part]!++;
        }
      }
      const mean = (part: number) => (pairs[part] === 0 ? 1 : sums[part]! / pairs[part]!);
      best = Math.min(best, mean(0) - (mean(1) + mean(2)) / 2);
    }
    return best;
  }

  it("comes close to the best of every partition where it cannot try them all, on unplanned similarities", () => {
    const size = MAX_EXHAUSTIVE_MEMBERS + 1;
    const gaps = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => {
      const matrix = randomMatrix(size, seed);
      const found = bestBisection(matrix, new Array(size).fill(true), 4);
      expect(found).not.toBeNull();
      const separation = (found?.between ?? 1) - ((found?.withinStaying ?? 0) + (found?.withinLeaving ?? 0)) / 2;
      return separation - exhaustiveSeparation(matrix, 4);
    });
    expect(Math.max(...gaps)).toBeLessThan(0.025);
    // Most of the time it finds the very best.
    expect(gaps.filter((gap) => gap < 1e-9).length).toBeGreaterThanOrEqual(6);
  });
});
