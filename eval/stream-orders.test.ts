import { describe, expect, it } from "vitest";
import { orderSeeds, parseOrdersOption, seededRandom, seededShuffle, spreadOf } from "./stream-orders.js";

describe("seededShuffle", () => {
  const items = Array.from({ length: 20 }, (_, index) => index);

  it("gives the same order for the same seed and another order for another seed", () => {
    expect(seededShuffle(items, 7)).toEqual(seededShuffle(items, 7));
    expect(seededShuffle(items, 7)).not.toEqual(seededShuffle(items, 8));
  });

  it("keeps every item exactly once and leaves the input alone", () => {
    const shuffled = seededShuffle(items, 3);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(items[0]).toBe(0);
  });

  it("draws numbers in [0, 1)", () => {
    const random = seededRandom(1);
    for (let draw = 0; draw < 1000; draw++) {
      const value = random();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});

describe("orderSeeds", () => {
  it("numbers the replays from 1, none for no orders", () => {
    expect(orderSeeds(3)).toEqual([1, 2, 3]);
    expect(orderSeeds(0)).toEqual([]);
  });
});

describe("spreadOf", () => {
  it("gives the mean and the sample standard deviation", () => {
    const spread = spreadOf([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(spread.mean).toBe(5);
    expect(spread.sd).toBeCloseTo(2.138, 3);
  });

  it("has no spread for one value", () => {
    expect(spreadOf([0.8])).toEqual({ mean: 0.8, sd: 0 });
  });
});

describe("parseOrdersOption", () => {
  it("reads --orders K and falls back when it is absent", () => {
    expect(parseOrdersOption(["--orders", "3"], 6)).toBe(3);
    expect(parseOrdersOption([], 6)).toBe(6);
    expect(() => parseOrdersOption(["--orders", "x"], 6)).toThrow();
  });
});
