import { describe, expect, it } from "vitest";
import { baselineTokens, clusterWithBaseline } from "./baseline-tfidf.js";

const flood = "Floods swept through Valencia in eastern Spain after torrential rain and rivers burst their banks";
const floodAgain = "Rescue teams in Valencia searched flooded streets after the torrential rain in eastern Spain";
const election = "Voters in Chile elected a new president after a campaign about crime and the economy";

describe("clusterWithBaseline", () => {
  it("joins articles that share weighted words and keeps others apart", () => {
    const stories = clusterWithBaseline([
      { id: "1", title: "Floods in Spain", text: flood, published: null },
      { id: "2", title: "Chile election", text: election, published: null },
      { id: "3", title: "Floods in Spain", text: floodAgain, published: null },
    ]);
    expect(stories.get("3")).toBe(stories.get("1"));
    expect(stories.get("2")).not.toBe(stories.get("1"));
  });

  it("starts a new story after the 7-day window", () => {
    const stories = clusterWithBaseline([
      { id: "1", title: "Floods in Spain", text: flood, published: "2024-11-01" },
      { id: "2", title: "Floods in Spain", text: flood, published: "2024-11-20" },
    ]);
    expect(stories.get("2")).not.toBe(stories.get("1"));
  });

  it("uses its threshold: at 1 nothing but an identical article joins", () => {
    const stories = clusterWithBaseline(
      [
        { id: "1", title: "Floods in Spain", text: flood, published: null },
        { id: "2", title: "Floods in Spain", text: floodAgain, published: null },
      ],
      { threshold: 1 },
    );
    expect(stories.get("2")).not.toBe(stories.get("1"));
  });
});

describe("baselineTokens", () => {
  it("lower-cases and drops stop words and one-letter tokens", () => {
    expect(baselineTokens("The Floods in Spain: a 2024 disaster")).toEqual(["floods", "spain", "2024", "disaster"]);
  });
});
