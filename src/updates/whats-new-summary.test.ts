import { describe, expect, it } from "vitest";
import type { SentenceNovelty } from "./novel-sentences.js";
import { contentWords, informativeness, whatsNewSummary } from "./whats-new-summary.js";

function sentence(index: number, text: string, novel = true): SentenceNovelty {
  return {
    index,
    text,
    wordCount: text.split(/\s+/).length,
    signature: new Uint8Array(64),
    similarity: novel ? 0 : 1,
    novel,
  };
}

const VOCABULARY = new Set(
  contentWords("Flood waters rose across Riverton after heavy rain. Mayor Torres opened shelters."),
);

describe("informativeness", () => {
  it("ranks a dated report above the same claim hedged", () => {
    const dated = sentence(3, "Engineers closed the Riverton dam spillway on Tuesday to protect the bridge.");
    const hedged = sentence(3, "Engineers could close the Riverton dam spillway, which might protect the bridge.");
    expect(informativeness(dated, VOCABULARY)).toBeGreaterThan(informativeness(hedged, VOCABULARY) * 1.5);
  });

  it("values terms the story lacks over terms it has", () => {
    const fresh = sentence(5, "Looters stripped three pharmacies near the station overnight.");
    const stale = sentence(5, "Flood waters rose across Riverton after heavy rain again.");
    expect(informativeness(fresh, VOCABULARY)).toBeGreaterThan(informativeness(stale, VOCABULARY));
  });

  it("marks down background framing", () => {
    const framed = sentence(4, "It comes at a time of heightened tension over water rights in recent months.");
    const plain = sentence(4, "Farmers sued the water board over water rights in the district court.");
    expect(informativeness(plain, VOCABULARY)).toBeGreaterThan(informativeness(framed, VOCABULARY));
  });
});

describe("whatsNewSummary", () => {
  const sentences = [
    sentence(0, "Flood waters rose across Riverton after heavy rain.", false),
    sentence(1, "The army sent two hundred soldiers to reinforce the levees on Wednesday."),
    sentence(2, "Analysts said the damage could possibly exceed last year's."),
    sentence(3, "A second dam upstream failed on Thursday, flooding the village of Millbrook."),
    sentence(4, "Residents may be allowed back next week if the weather holds."),
  ];

  it("takes the most informative novel sentences, in reading order, never a sentence the story held", () => {
    const summary = whatsNewSummary(sentences, VOCABULARY, { maxSentences: 2, maxCharacters: 600 });
    expect(summary).toEqual([sentences[1]?.text, sentences[3]?.text]);
  });

  it("stops adding sentences past the character budget, but always gives one", () => {
    expect(whatsNewSummary(sentences, VOCABULARY, { maxSentences: 3, maxCharacters: 10 })).toHaveLength(1);
    expect(whatsNewSummary([sentences[0] as SentenceNovelty], VOCABULARY)).toEqual([]);
  });
});
