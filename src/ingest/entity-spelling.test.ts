import { describe, expect, it } from "vitest";
import { displayName, spellEntities } from "./entity-spelling.js";

describe("displayName", () => {
  const texts = ["The NSC said on Tuesday that Kim Jong\nUn would travel.", "Officials at the White House agreed."];

  it("takes the spelling the articles use, across line breaks", () => {
    expect(displayName("nsc", texts)).toBe("NSC");
    expect(displayName("kim jong un", texts)).toBe("Kim Jong Un");
    expect(displayName("white house", texts)).toBe("White House");
  });

  it("finds a short word written as an abbreviation with dots", () => {
    const wire = ["The U.N. Security Council met. Officials in the U.S. agreed."];
    expect(displayName("un security council", wire)).toBe("U.N. Security Council");
    expect(displayName("us", wire)).toBe("U.S.");
    expect(displayName("kim", ["Officials met Kim. Talks went on."])).toBe("Kim");
  });

  it("matches whole words only, and falls back to title case", () => {
    expect(displayName("ring", ["A bring-your-own party, then the Ring concert."])).toBe("Ring");
    expect(displayName("o'brien-smith", [])).toBe("O'Brien-Smith");
    expect(displayName("st. louis (mo)", ["no match here"])).toBe("St. Louis (mo)");
  });

  it("spells each kind of an article's entities", () => {
    const entities = { people: ["kim jong un"], places: ["united states"], organisations: ["nsc"] };
    expect(spellEntities(entities, texts)).toEqual({
      people: ["Kim Jong Un"],
      places: ["United States"],
      organisations: ["NSC"],
    });
  });
});
