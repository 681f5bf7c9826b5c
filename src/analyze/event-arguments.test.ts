import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./analyze-article.js";
import { eventArgumentKey } from "./event-arguments.js";

function argumentsOf(text: string): string[] {
  const { bodyTerms } = analyzeArticle({ title: "", text, published: null });
  return bodyTerms.flatMap((term) => eventArgumentKey(term) ?? []);
}

describe("eventArgumentKey", () => {
  it("takes the numbers, years and time words of a report as its arguments", () => {
    expect(
      argumentsOf(
        "A magnitude 6.4 quake killed 31 people on Tuesday, the worst since 1998, officials said in October.",
      ),
    ).toEqual(["6.4", "31", "tuesday", "1998", "october"]);
  });

  it("leaves out what the event is and the months that are also verbs", () => {
    expect(["quake", "killed", "people", "official", "may", "march"].map(eventArgumentKey)).toEqual(
      new Array(6).fill(null),
    );
  });

  it("spells counts and ranks written as words as their digits, so both spellings agree", () => {
    expect(argumentsOf("The champion stopped the challenger in the sixth round.")).toEqual(
      argumentsOf("The champion stopped the challenger in the 6th round."),
    );
    expect(argumentsOf("Seven people died and twelve were hurt.")).toEqual(["7", "12"]);
  });

  it("leaves the small numbers every report uses, whatever the event", () => {
    expect(argumentsOf("The first two officers and a third one arrived, four in all.")).toEqual([]);
  });

  it("reads a hyphenated number as one value spelled as its digits, its stop-word half included", () => {
    expect(argumentsOf("Twenty-five people died in the fire.")).toEqual(argumentsOf("25 people died in the fire."));
    expect(argumentsOf("Twenty-one people died in the thirty-first fire.")).toEqual(["21", "31st"]);
    expect(argumentsOf("The twentieth fire, twenty in all.")).toEqual(argumentsOf("The 20th fire, 20 in all."));
    // Number words that only meet once the stop words are gone are no compound.
    expect(argumentsOf("Twenty, and five others, died.")).toEqual(["20", "5"]);
  });
});
