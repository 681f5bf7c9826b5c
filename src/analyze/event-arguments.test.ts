import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./analyze-article.js";
import { isEventArgument } from "./event-arguments.js";

describe("isEventArgument", () => {
  it("takes the numbers, years and time words of a report as its arguments", () => {
    const { bodyTerms } = analyzeArticle({
      title: "",
      text: "A magnitude 6.4 quake killed 31 people on Tuesday, the worst since 1998, officials said in October.",
      published: null,
    });
    expect(bodyTerms.filter(isEventArgument)).toEqual(["6.4", "31", "tuesday", "1998", "october"]);
  });

  it("leaves out what the event is and the months that are also verbs", () => {
    expect(["quake", "killed", "people", "official", "may", "march"].some(isEventArgument)).toBe(false);
  });
});
