import { describe, expect, it } from "vitest";
import { labelLines } from "./text-line-labels.js";

const REFERENCE = [
  "The council voted on Tuesday to close the old bridge for repairs.",
  "Ferries",
  "Ferries will run every twenty minutes while the bridge is closed.",
].join("\n");

describe("labelLines", () => {
  it("labels a long line by its shingles found in the reference", () => {
    const labels = labelLines(
      [
        { text: "The council voted on Tuesday to close the old bridge for repairs." },
        { text: "Sign up for our newsletter to get the latest news every morning." },
      ],
      REFERENCE,
    );
    expect(labels).toEqual([1, 0]);
  });

  it("labels a short line as text only between the article's first and last long lines", () => {
    const lines = [
      { text: "Ferries" },
      { text: "The council voted on Tuesday to close the old bridge for repairs." },
      { text: "Ferries" },
      { text: "Ferries will run every twenty minutes while the bridge is closed." },
      { text: "Ferries" },
    ];
    expect(labelLines(lines, REFERENCE)).toEqual([0, 1, 1, 1, 0]);
  });
});
