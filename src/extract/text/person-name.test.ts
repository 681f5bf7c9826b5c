import { describe, expect, it } from "vitest";
import { looksLikePersonName, mayBeLabelledName } from "./person-name.js";

describe("looksLikePersonName", () => {
  it("accepts names, known or not", () => {
    for (const name of ["Ryan Carrigan", "Margaret James", "Segun Adewole", "Chirag Bhardwaj"]) {
      expect(looksLikePersonName(name)).toBe(true);
    }
  });

  it("rejects labels made of ordinary words", () => {
    for (const label of ["Travel Tips", "Order Now", "Key Points", "Free Advising Session", "Latest News"]) {
      expect(looksLikePersonName(label)).toBe(false);
    }
  });

  it("rejects labels whose words the tagger reads as proper nouns but the lexicon knows as ordinary", () => {
    for (const label of ["Event Planning", "HR Strategy", "Fact Checked", "Home Blog", "RESOURCE CENTER"]) {
      expect(looksLikePersonName(label)).toBe(false);
    }
  });

  it("accepts names whose surname is an ordinary word, after a first name the tagger does not know", () => {
    for (const name of ["Kwame Cook", "Segun Baker", "Thandiwe Price", "Chukwuemeka Hill"]) {
      expect(looksLikePersonName(name)).toBe(true);
    }
  });

  it("rejects an organisation named after a person or a place, first name or not", () => {
    for (const name of ["Logan University", "Resource Library", "Harbour News", "Jane Porter Consulting"]) {
      expect(looksLikePersonName(name)).toBe(false);
    }
  });

  it("rejects a list of topics and a list with a label in it", () => {
    expect(looksLikePersonName("Data, Analytics")).toBe(false);
    expect(looksLikePersonName("Harbor Smith Tax, Accounting")).toBe(false);
  });

  it("accepts surnames that are adjectives, initials, honorifics and lists with one odd name", () => {
    for (const name of ["Priya Keen", "Omar Young", "Lisa D. Ellis", "Dr Ana Petrov", "Lin Ma, Oskar Brandt"]) {
      expect(looksLikePersonName(name)).toBe(true);
    }
  });

  it("rejects a place of many words, but keeps a person whose first or last name is also a place", () => {
    expect(looksLikePersonName("San Antonio")).toBe(false);
    expect(looksLikePersonName("New York")).toBe(false);
    expect(looksLikePersonName("Washington Irving")).toBe(true);
  });
});

describe("mayBeLabelledName", () => {
  it("accepts a name whose unfamiliar first name the tagger reads as an adjective, which the bare test refuses", () => {
    expect(looksLikePersonName("Tazzy Morrow")).toBe(false);
    expect(mayBeLabelledName("Tazzy Morrow")).toBe(true);
    expect(mayBeLabelledName("Ann Lee, Brelly Vantorn")).toBe(true);
  });

  it("still rejects furniture made of words the lexicon lists", () => {
    for (const label of ["Previous Post", "Next Article", "Garden TipsHome Ideas", "Category"]) {
      expect(mayBeLabelledName(label)).toBe(false);
    }
  });
});
