import { describe, expect, it } from "vitest";
import { joinAuthors, splitCredit } from "./author-names.js";

describe("joinAuthors", () => {
  it("drops 'By' and joins several authors with commas", () => {
    expect(joinAuthors(["By Lois Lane and Jimmy Olsen"])).toBe("Lois Lane, Jimmy Olsen");
    expect(joinAuthors(["Written by: Ann Green, Bo Brown & Cy Black"])).toBe("Ann Green, Bo Brown, Cy Black");
  });

  it("drops roles, degrees and dates that follow a name", () => {
    expect(joinAuthors(["Jane Doe, Senior Reporter"])).toBe("Jane Doe");
    expect(joinAuthors(["John Roe - Staff Writer"])).toBe("John Roe");
    expect(joinAuthors(["Cara Diaz, RN, BSN"])).toBe("Cara Diaz");
    expect(joinAuthors(["Oleg Park Jul 18"])).toBe("Oleg Park");
    expect(joinAuthors(["Ann Green | Updated March 3, 2025"])).toBe("Ann Green");
    expect(joinAuthors(["BeauHD on Friday December 19"])).toBe("BeauHD");
  });

  it("rejects URLs, e-mail addresses, slugs and placeholders", () => {
    expect(joinAuthors(["https://planet.example/authors/lois"])).toBeNull();
    expect(joinAuthors(["lois@planet.example"])).toBeNull();
    expect(joinAuthors(["lois-lane-x7"])).toBeNull();
    expect(joinAuthors(["undefined"])).toBeNull();
    expect(joinAuthors(["Staff Writer"])).toBeNull();
  });

  it("keeps group credits and deduplicates across sources", () => {
    expect(joinAuthors(["The Investopedia Team"])).toBe("The Investopedia Team");
    expect(joinAuthors(["Lois Lane", "lois lane", "Clark Kent"])).toBe("Lois Lane, Clark Kent");
  });
});

describe("splitCredit", () => {
  it("keeps generational suffixes with the name", () => {
    expect(splitCredit("Martin Luther King, Jr. and Ann Green")).toEqual(["Martin Luther King, Jr.", "Ann Green"]);
  });
});
