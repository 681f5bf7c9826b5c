import { describe, expect, it } from "vitest";
import { parseStoryQuery, queryMatcher } from "./story-query.js";

const ARTICLE = {
  title: "Kim Jong Un arrives in Russia for talks",
  text: "The North Korean leader travelled by private train to Vladivostok.",
  entities: { people: ["Vladimir Putin"], places: [], organisations: [] },
};

describe("follow queries", () => {
  const matches = queryMatcher(ARTICLE);

  it("needs every word and every quoted phrase, in title, text or names", () => {
    expect(matches(parseStoryQuery("kim russia"))).toBe(true);
    expect(matches(parseStoryQuery('"private train" putin'))).toBe(true);
    expect(matches(parseStoryQuery("kim china"))).toBe(false);
    expect(matches(parseStoryQuery('"train private"'))).toBe(false);
  });

  it("matches plurals to singulars and ignores case and punctuation", () => {
    expect(matches(parseStoryQuery("TALK"))).toBe(true);
    expect(matches(parseStoryQuery("leaders, trains"))).toBe(true);
  });

  it("does not let a phrase run from the title into the text", () => {
    expect(matches(parseStoryQuery('"talks the"'))).toBe(false);
  });

  it("refuses a query with no words", () => {
    expect(() => parseStoryQuery(' "" , ')).toThrow(/no words/);
  });
});
