import { describe, expect, it } from "vitest";
import { isLexiconName, lexiconNameClass } from "./name-lexicon.js";

describe("lexiconNameClass", () => {
  it("knows first names, teams and everyday words, and nothing of rare names", () => {
    expect(lexiconNameClass("maria")).toBe("first-name");
    expect(lexiconNameClass("dallas cowboys")).toBe("organisation");
    expect(lexiconNameClass("internet")).toBe("common-word");
    expect(lexiconNameClass("okafor")).toBeUndefined();
  });

  it("counts only people's, teams' and companies' names as names", () => {
    expect(isLexiconName("maria")).toBe(true);
    expect(isLexiconName("internet")).toBe(false);
  });
});
