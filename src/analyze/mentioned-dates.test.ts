import { describe, expect, it } from "vitest";
import { mentionedDates } from "./mentioned-dates.js";

describe("mentionedDates", () => {
  it("resolves relative dates against the publish date", () => {
    expect(mentionedDates("The talks ended yesterday.", "2024-03-10T09:00:00Z")).toEqual(["2024-03-09"]);
  });

  it("takes a bare weekday as the last one before publication", () => {
    // 2024-03-10 is a Sunday; "on Tuesday" is 5 March, not 12 March.
    expect(mentionedDates("He said on Tuesday that…", "2024-03-10")).toEqual(["2024-03-05"]);
  });

  it("keeps a weekday forward when the text says so", () => {
    expect(mentionedDates("They meet next Tuesday.", "2024-03-10")).toEqual(["2024-03-12"]);
  });

  it("keeps months as months", () => {
    expect(mentionedDates("The invasion of February 2022 changed everything.", null)).toEqual(["2022-02"]);
  });

  it("without a publish date keeps only dates that state their year", () => {
    expect(mentionedDates("On Dec. 14, 2008 voters went to the polls; on Sunday they return.", null)).toEqual([
      "2008-12-14",
    ]);
  });

  it("is the same whatever the wall clock says", () => {
    expect(mentionedDates("last week and on Monday", null)).toEqual([]);
  });
});
