import { describe, expect, it } from "vitest";
import {
  calendarDate,
  containsSnippet,
  multisetOverlap,
  normaliseAuthors,
  normaliseField,
  shingleF1,
  shingles,
  wordF1,
  wordTokens,
} from "./text-overlap.js";

describe("wordTokens", () => {
  it("lower-cases and keeps Unicode letters, digits and underscores", () => {
    expect(wordTokens("Café-Owner's snake_case 2025!")).toEqual(["café", "owner", "s", "snake_case", "2025"]);
  });
});

describe("multisetOverlap", () => {
  it("counts repeated items only as often as both sides hold them", () => {
    const score = multisetOverlap(["a", "a", "b"], ["a", "b", "b", "c"]);
    expect(score.precision).toBeCloseTo(2 / 3);
    expect(score.recall).toBeCloseTo(2 / 4);
    expect(score.f1).toBeCloseTo((2 * (2 / 3) * 0.5) / (2 / 3 + 0.5));
  });

  it("scores two empty sides 1 and one empty side 0", () => {
    expect(multisetOverlap([], []).f1).toBe(1);
    expect(multisetOverlap(["a"], []).f1).toBe(0);
    expect(multisetOverlap([], ["a"]).f1).toBe(0);
  });
});

describe("wordF1 and shingleF1", () => {
  it("agree on identical texts whatever the punctuation", () => {
    expect(wordF1("The bridge, reopened.", "the bridge reopened").f1).toBe(1);
    expect(shingleF1("The bridge reopened on Monday.", "the BRIDGE reopened on monday").f1).toBe(1);
  });

  it("shingles punish shuffled words that word F1 forgives", () => {
    const original = "the bridge reopened on monday after repairs";
    const shuffled = "monday repairs after on reopened bridge the";
    expect(wordF1(shuffled, original).f1).toBe(1);
    expect(shingleF1(shuffled, original).f1).toBe(0);
  });

  it("makes one shingle of a text shorter than the shingle size", () => {
    expect(shingles(["a", "b"])).toEqual(["a b"]);
    expect(shingles(["a", "b", "c", "d", "e"])).toEqual(["a b c d", "b c d e"]);
  });
});

describe("containsSnippet", () => {
  it("matches whole word sequences regardless of case and punctuation", () => {
    expect(containsSnippet("Hello, World! How are you?", "world how")).toBe(true);
    expect(containsSnippet("Hello, World!", "orld")).toBe(false);
    // Reference snippets cut mid-word still count.
    expect(containsSnippet("With so many models to choose from", "with so many m")).toBe(true);
    expect(containsSnippet("anything", "...")).toBe(false);
  });
});

describe("field normalisation", () => {
  it("compares titles and author lists by their words", () => {
    expect(normaliseField("  The Bridge: Reopened! ")).toBe("the bridge reopened");
    expect(normaliseField(null)).toBe("");
    expect(normaliseAuthors("Ann Green, Bo Brown and Cy Black")).toBe(
      normaliseAuthors("Ann Green, Bo Brown, Cy Black"),
    );
  });

  it("reads the calendar date of an ISO string", () => {
    expect(calendarDate("2025-03-03T23:30:00-05:00")).toBe("2025-03-03");
    expect(calendarDate("March 3")).toBe("");
    expect(calendarDate(null)).toBe("");
  });
});
