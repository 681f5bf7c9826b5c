import { describe, expect, it } from "vitest";
import { TermStatistics, termStatisticsSchema } from "./term-statistics.js";

describe("TermStatistics", () => {
  it("weighs rare terms above common ones and unseen terms highest", () => {
    const stats = new TermStatistics();
    const common = stats.idOf("said");
    const rare = stats.idOf("vladivostok");
    const unseen = stats.idOf("never-counted");
    stats.addDocument([common, rare]);
    stats.addDocument([common]);
    stats.addDocument([common]);
    expect(stats.idf(rare)).toBeGreaterThan(stats.idf(common));
    expect(stats.idf(unseen)).toBeGreaterThan(stats.idf(rare));
    expect(stats.idf(common)).toBeCloseTo(1, 5);
  });

  it("round-trips through its JSON form", () => {
    const stats = new TermStatistics();
    stats.addDocument([stats.idOf("kim"), stats.idOf("putin")]);
    stats.addDocument([stats.idOf("kim")]);
    const saved = termStatisticsSchema.parse(JSON.parse(JSON.stringify(stats.export())));
    const restored = new TermStatistics();
    restored.import(saved);
    expect(restored.documentCount).toBe(2);
    expect(restored.frequencyOf(restored.idOf("kim"))).toBe(2);
    expect(restored.idf(restored.idOf("putin"))).toBeCloseTo(stats.idf(stats.idOf("putin")), 10);
  });

  it("forgets the rarest terms no story holds when pruned, and reuses their ids", () => {
    const stats = new TermStatistics();
    const kept = stats.idOf("kept-rare");
    const dropped = stats.idOf("dropped-rare");
    const common = stats.idOf("common");
    for (let count = 0; count < 5; count++) stats.addDocument([common]);
    stats.addDocument([kept, dropped]);
    stats.prune(2, new Set([kept]));
    expect(stats.vocabularySize).toBe(2);
    expect(stats.termOf(kept)).toBe("kept-rare");
    expect(stats.frequencyOf(common)).toBe(5);
    expect(stats.idOf("a-new-term")).toBe(dropped);
    expect(stats.frequencyOf(dropped)).toBe(0);
  });
});
