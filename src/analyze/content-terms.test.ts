import { describe, expect, it } from "vitest";
import { contentTerms, foldCase } from "./content-terms.js";
import { readTextTokens } from "./text-tokens.js";

describe("contentTerms", () => {
  it("drops stop words and reporting verbs, keeps lemmas", () => {
    expect(contentTerms(readTextTokens("The ministers said they were negotiating new treaties.").tokens)).toEqual([
      "minister",
      "negotiate",
      "new",
      "treaty",
    ]);
  });

  it("keeps the acronym US but drops the pronoun us", () => {
    expect(contentTerms(readTextTokens("The US told us nothing.").tokens)).toEqual(["us"]);
  });

  it("drops a shouted stop word rather than reading it as an acronym", () => {
    expect(contentTerms(readTextTokens("THE SHOW").tokens)).toEqual(["show"]);
  });
});

describe("foldCase", () => {
  it("removes accents and case", () => {
    expect(foldCase("Zelénskyy ÉLYSÉE")).toBe("zelenskyy elysee");
  });
});
