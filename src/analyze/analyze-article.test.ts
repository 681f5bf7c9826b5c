import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./analyze-article.js";

function seedBody(file: string, from: string, to: string): string {
  const raw = readFileSync(new URL(`../../../shared/seeds/${file}`, import.meta.url), "utf8");
  const start = raw.indexOf(from);
  const end = raw.indexOf(to) + to.length;
  if (start < 0 || end < to.length) throw new Error(`seed ${file} does not contain the expected passage`);
  return raw.slice(start, end);
}

const seed000 = seedBody("000_7b13ad20f772f1d8.txt", "The United States has stated", "faced by Ukraine.");
const seed001 = seedBody("001_1d9d58bbc744f926.txt", "Eko Hot Blog reports that", "region and beyond.");

describe("analyzeArticle on the seed pages", () => {
  const first = analyzeArticle({
    title: "Us Says North Korea Set For Arms Talk With Russia",
    text: seed000,
    published: "2023-12-01",
  });
  const second = analyzeArticle({
    title: "North Korean Leader Kim Jong Un Arrives In Russia For Talks With Putin",
    text: seed001,
    published: null,
  });

  it("names the same leaders in both, linking short mentions to the full name", () => {
    for (const analysis of [first, second]) {
      expect(analysis.entities.people).toContain("kim jong un");
      expect(analysis.entities.people).toContain("vladimir putin");
      expect(analysis.entities.people).not.toContain("kim");
      expect(analysis.entities.people).not.toContain("kim jong");
    }
  });

  it("does not count the outlet that names itself among the organisations", () => {
    expect(second.entities.organisations).toContain("eko hot blog");
    const fromTheOutlet = analyzeArticle({
      title: "North Korean Leader Kim Jong Un Arrives In Russia For Talks With Putin",
      text: seed001,
      published: null,
      outlet: "Eko Hot Blog",
    });
    expect(fromTheOutlet.entities.organisations).not.toContain("eko hot blog");
    expect(fromTheOutlet.entities.organisations).toContain("kremlin");
  });

  it("gives one name to the United States however it is written", () => {
    expect(first.entities.places).toContain("united states");
    expect(second.entities.places).toContain("united states");
    expect(first.entities.places.filter((place) => /^u\.?s\.?$/.test(place))).toEqual([]);
  });

  it("strips possessives from names", () => {
    expect(first.entities.places).toContain("moscow");
    expect([...first.entities.places, ...first.entities.organisations].some((name) => name.includes("'"))).toBe(false);
  });

  it("keeps content terms lower-cased, lemmatised and without stop words", () => {
    expect(second.titleTerms).toEqual(expect.arrayContaining(["kim", "arrive", "russia", "talk", "putin"]));
    expect(second.bodyTerms).not.toContain("the");
    expect(second.bodyTerms).not.toContain("and");
    expect(first.bodyTerms.every((term) => term === term.toLowerCase())).toBe(true);
  });

  it("splits the body into sentences", () => {
    expect(first.sentences[0]).toMatch(/^The United States has stated/);
    expect(first.sentences.length).toBeGreaterThan(10);
  });

  it("resolves mentioned dates against the publish date, and keeps only absolute ones without it", () => {
    expect(first.mentionedDates).toContain("2022-02");
    // "on Monday" in an article of Friday 1 December 2023 is the Monday before.
    expect(first.mentionedDates).toContain("2023-11-27");
    expect(second.mentionedDates).toEqual([]);
  });
});

describe("analyzeArticle on small texts", () => {
  it("keeps meaningful numbers and drops single digits", () => {
    const analysis = analyzeArticle({
      title: "Magnitude 6.1 quake kills 3",
      text: "The quake struck in 2004 and 1,200 homes were damaged.",
      published: null,
    });
    expect(analysis.titleTerms).toContain("6.1");
    expect(analysis.titleTerms).not.toContain("3");
    expect(analysis.bodyTerms).toEqual(expect.arrayContaining(["2004", "1200"]));
  });

  it("does not lemmatise names into common words", () => {
    const analysis = analyzeArticle({
      title: "Fed official says weak data caused by weather",
      text: "",
      published: null,
    });
    expect(analysis.titleTerms[0]).toBe("fed");
  });

  it("falls back to folded words for a language other than English", () => {
    const analysis = analyzeArticle({
      title: "Le président arrive à Paris",
      text: "Les négociations continuent.",
      published: null,
      language: "fr",
    });
    expect(analysis.language).toBe("fr");
    expect(analysis.titleTerms).toContain("president");
    expect(analysis.bodyTerms).toContain("negociations");
  });

  it("reads a headline in capitals as words, not acronyms", () => {
    const analysis = analyzeArticle({ title: "COLTS TOP CHIEFS, REACH PLAYOFFS", text: "", published: null });
    expect(analysis.titleTerms).toEqual(expect.arrayContaining(["top", "chief", "reach", "playoff"]));
    expect(analysis.titleTerms).toHaveLength(5);
  });

  it("returns empty lists for an empty article", () => {
    const analysis = analyzeArticle({ title: "", text: "", published: null });
    expect(analysis).toMatchObject({ titleTerms: [], bodyTerms: [], sentences: [], mentionedDates: [] });
    expect(analysis.entities).toEqual({ people: [], places: [], organisations: [] });
  });
});
