// Inverted index from a story's heaviest terms and entities to the story, so an article only meets stories it shares words with.

/**
 * Each term lists at most this many stories, the most recently updated last: a common word ("trump") then
 * costs the same at one million stored articles as at one thousand, and recent stories are the likely ones.
 */
const DEFAULT_POSTING_LIMIT = 96;

export class CandidateIndex {
  private readonly postings = new Map<number, number[]>();

  constructor(private readonly postingLimit = DEFAULT_POSTING_LIMIT) {}

  /** Lists (or moves to the recent end) the story under each term. */
  add(handle: number, termIds: readonly number[]): void {
    for (const termId of termIds) {
      let list = this.postings.get(termId);
      if (!list) {
        list = [];
        this.postings.set(termId, list);
      }
      const at = list.lastIndexOf(handle);
      if (at === list.length - 1 && at >= 0) continue;
      if (at >= 0) list.splice(at, 1);
      list.push(handle);
      if (list.length > this.postingLimit) list.splice(0, list.length - this.postingLimit);
    }
  }

  remove(handle: number, termIds: readonly number[]): void {
    for (const termId of termIds) {
      const list = this.postings.get(termId);
      if (!list) continue;
      const at = list.lastIndexOf(handle);
      if (at >= 0) list.splice(at, 1);
      if (list.length === 0) this.postings.delete(termId);
    }
  }

  /** Stories sharing the query's terms, best `limit` by summed query weight. */
  lookup(query: ReadonlyMap<number, number>, limit: number): number[] {
    const scores = new Map<number, number>();
    for (const [termId, weight] of query) {
      const list = this.postings.get(termId);
      if (!list) continue;
      for (const handle of list) scores.set(handle, (scores.get(handle) ?? 0) + weight);
    }
    if (scores.size <= limit) return [...scores.keys()];
    return [...scores.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([handle]) => handle);
  }

  get termCount(): number {
    return this.postings.size;
  }
}
