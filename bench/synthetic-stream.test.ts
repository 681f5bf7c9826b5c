import { describe, expect, it } from "vitest";
import type { Analysis } from "../src/model.js";
import { buildStream, type SourceStory, seededRandom, signatureOf, synthesise } from "./synthetic-stream.js";

const analysis: Analysis = {
  language: "en",
  titleTerms: ["flood", "spain"],
  bodyTerms: ["rain", "valencia", "rescue"],
  entities: { people: ["pedro sanchez"], places: ["spain"], organisations: [] },
  sentences: [],
  mentionedDates: [],
};
const sources: SourceStory[] = [{ analyses: [analysis], titles: ["Floods in Spain"] }];

describe("synthetic stream", () => {
  it("is reproducible from its seed", () => {
    const first = seededRandom(7);
    const second = seededRandom(7);
    expect([first(), first(), first()]).toEqual([second(), second(), second()]);
  });

  it("orders articles by time and groups them into stories", () => {
    const stream = buildStream(500, 1, seededRandom(1));
    for (let index = 1; index < 500; index++) {
      expect(stream.timeOf[index] ?? 0).toBeGreaterThanOrEqual(stream.timeOf[index - 1] ?? 0);
    }
    expect(stream.stories).toBeGreaterThan(10);
    expect(stream.stories).toBeLessThan(500);
  });

  it("gives each synthetic story its own words and names on top of a real analysis", () => {
    const stream = buildStream(50, 1, seededRandom(3));
    const doc = synthesise(stream, 0, sources, seededRandom(4));
    const signature = signatureOf(stream.storyOf[0] ?? 0);
    const allowed = new Set([
      ...analysis.bodyTerms,
      ...signature.words,
      ...signature.names.flatMap((name) => name.split(" ")),
    ]);
    expect(doc.analysis.bodyTerms.every((term) => allowed.has(term))).toBe(true);
    expect(doc.analysis.bodyTerms.some((term) => signature.words.includes(term))).toBe(true);
    expect(doc.analysis.entities.people.every((name) => signature.names.includes(name))).toBe(true);
    expect(doc.published).toMatch(/^2024-/);
    expect(signatureOf(5)).toEqual(signatureOf(5));
  });
});
