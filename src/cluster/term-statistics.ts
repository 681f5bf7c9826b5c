// Document frequencies of terms and entity keys, updated as articles arrive; term ids keep stored vectors compact.
import { z } from "zod";

export const termStatisticsSchema = z.object({
  version: z.literal(1),
  documentCount: z.number().int().nonnegative(),
  /** [term, number of articles containing it]. */
  frequencies: z.array(z.tuple([z.string(), z.number().int().nonnegative()])),
});

export type TermStatisticsState = z.infer<typeof termStatisticsSchema>;

export class TermStatistics {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  /** Ids of pruned terms, handed out again. */
  private readonly freeIds: number[] = [];
  private frequencies = new Int32Array(1024);
  /** log(df + 1) per id, kept in step with the frequencies so IDF costs a subtraction. */
  private logFrequencies = new Float64Array(1024);
  private logDocuments = 0;
  private count = 0;

  get documentCount(): number {
    return this.count;
  }

  private setDocumentCount(count: number): void {
    this.count = count;
    this.logDocuments = Math.log(count + 1);
  }

  private setFrequency(id: number, frequency: number): void {
    this.frequencies[id] = frequency;
    this.logFrequencies[id] = Math.log(frequency + 1);
  }

  get vocabularySize(): number {
    return this.ids.size;
  }

  /** The id of a term, assigned on first sight. */
  idOf(term: string): number {
    const known = this.ids.get(term);
    if (known !== undefined) return known;
    const reused = this.freeIds.pop();
    if (reused !== undefined) {
      this.ids.set(term, reused);
      this.terms[reused] = term;
      this.setFrequency(reused, 0);
      return reused;
    }
    const id = this.terms.length;
    this.ids.set(term, id);
    this.terms.push(term);
    if (id >= this.frequencies.length) {
      const grown = new Int32Array(this.frequencies.length * 2);
      grown.set(this.frequencies);
      this.frequencies = grown;
      const grownLogs = new Float64Array(this.logFrequencies.length * 2);
      grownLogs.set(this.logFrequencies);
      this.logFrequencies = grownLogs;
    }
    return id;
  }

  termOf(id: number): string {
    return this.terms[id] ?? "";
  }

  frequencyOf(id: number): number {
    return this.frequencies[id] ?? 0;
  }

  /** Smoothed IDF: a term never seen weighs most, one in every article still weighs 1. */
  idf(id: number): number {
    return this.logDocuments - (this.logFrequencies[id] ?? 0) + 1;
  }

  /** Counts one article; `distinctIds` must list each term once. */
  addDocument(distinctIds: Iterable<number>): void {
    this.setDocumentCount(this.count + 1);
    for (const id of distinctIds) this.setFrequency(id, (this.frequencies[id] ?? 0) + 1);
  }

  removeDocument(distinctIds: Iterable<number>): void {
    this.setDocumentCount(Math.max(0, this.count - 1));
    for (const id of distinctIds) this.setFrequency(id, Math.max(0, (this.frequencies[id] ?? 0) - 1));
  }

  /**
   * Forgets the rarest terms until at most `targetSize` remain, sparing the ids `inUse` (terms live stories hold).
   * A forgotten term counts as unseen again, which for a term seen once or twice is nearly what it was.
   */
  prune(targetSize: number, inUse: ReadonlySet<number>): number {
    let removed = 0;
    for (let ceiling = 1; this.ids.size > targetSize && ceiling < 1 << 30; ceiling *= 2) {
      for (const [term, id] of this.ids) {
        if (this.ids.size <= targetSize) break;
        if ((this.frequencies[id] ?? 0) > ceiling || inUse.has(id)) continue;
        this.ids.delete(term);
        this.terms[id] = "";
        this.setFrequency(id, 0);
        this.freeIds.push(id);
        removed++;
      }
    }
    return removed;
  }

  export(): TermStatisticsState {
    const frequencies: [string, number][] = [];
    for (let id = 0; id < this.terms.length; id++) {
      const count = this.frequencies[id] ?? 0;
      const term = this.terms[id] ?? "";
      if (count > 0 && term !== "") frequencies.push([term, count]);
    }
    return { version: 1, documentCount: this.documentCount, frequencies };
  }

  /** Replaces the counts with saved ones; ids already handed out stay valid. */
  import(state: TermStatisticsState): void {
    const parsed = termStatisticsSchema.parse(state);
    this.frequencies.fill(0);
    this.logFrequencies.fill(0);
    this.setDocumentCount(parsed.documentCount);
    for (const [term, count] of parsed.frequencies) this.setFrequency(this.idOf(term), count);
  }
}
