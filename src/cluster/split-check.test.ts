import { describe, expect, it } from "vitest";
import { bestBisection } from "./split-check.js";

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
});
