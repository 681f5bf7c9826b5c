import { describe, expect, it } from "vitest";
import type { LabelledArticle } from "./clustering-dataset.js";
import { ecbTopic, topicHalves } from "./topic-halves.js";

function article(id: string, story: string): LabelledArticle {
  return { id, story, title: id, text: "", published: null, outlet: null, url: null };
}

describe("topicHalves", () => {
  it("keeps an event with its look-alike and alternates topics in topic order", () => {
    const articles = [
      article("a", "ecb:12ecbplus"),
      article("b", "ecb:3ecb"),
      article("c", "ecb:12ecb"),
      article("d", "ecb:7ecb"),
    ];
    expect(ecbTopic("ecb:12ecbplus")).toBe(12);
    expect(ecbTopic("uci:5")).toBeNull();
    const halves = topicHalves(articles, ecbTopic);
    // Topics 3, 7, 12 in order: halves 0, 1, 0.
    expect([...halves]).toEqual([
      ["a", 0],
      ["b", 0],
      ["c", 0],
      ["d", 1],
    ]);
  });
});
