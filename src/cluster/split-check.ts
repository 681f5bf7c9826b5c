// Finds, in a small story, the two groups of members least likely to report one event: a look-alike twin that joined early.

export interface SplitCheckOptions {
  /** Story sizes at which the check runs; members are tracked up to the largest, so it bounds the memory kept. */
  triggerSizes: readonly number[];
  /** Both groups hold at least this many members: a lone odd report is more often a digression than another event. */
  minGroup: number;
}

export interface Bisection {
  /** Member indexes of the group without the founder (index 0), which leaves the story. */
  moved: number[];
  /** Mean pairwise similarity across the two groups. */
  between: number;
}

/** Above this many members the exhaustive search (2^(n-1) partitions) would cost too much; no bisection is offered. */
export const MAX_BISECTED_MEMBERS = 14;

/**
 * The two-group partition whose groups each hold together most and differ from each other most: the lowest mean
 * similarity across the groups less the mean of the two groups' own mean similarities. The lowest similarity across
 * alone would move two stray reports that are unlike everyone, each other included, rather than the twin event that
 * holds together. Found by trying every partition (stories are checked only while small, so that stays cheap). The
 * group without the founding member (index 0) is the one to move: the story stays the event it was founded on,
 * whichever group has grown larger. A partition that would move a member a person placed is never offered. Null
 * when no partition qualifies.
 */
export function bestBisection(
  similarity: readonly (readonly number[])[],
  movable: readonly boolean[],
  minGroup: number,
): Bisection | null {
  const count = movable.length;
  if (count < 2 * Math.max(1, minGroup) || count > MAX_BISECTED_MEMBERS) return null;
  let best: Bisection | null = null;
  let bestSeparation = Number.POSITIVE_INFINITY;
  const inB = new Array<boolean>(count).fill(false);
  // The founder stays in group A in every mask, so each partition is visited once.
  for (let mask = 1; mask < 1 << (count - 1); mask++) {
    let sizeB = 0;
    for (let index = 1; index < count; index++) {
      inB[index] = ((mask >> (index - 1)) & 1) === 1;
      if (inB[index]) sizeB++;
    }
    if (Math.min(sizeB, count - sizeB) < minGroup) continue;
    const moved: number[] = [];
    for (let index = 1; index < count; index++) if (inB[index]) moved.push(index);
    if (moved.some((index) => !movable[index])) continue;
    // Sums and pair counts across the groups, within group A (the founder's) and within group B.
    const sums = [0, 0, 0];
    const pairs = [0, 0, 0];
    for (let a = 0; a < count; a++) {
      for (let b = a + 1; b < count; b++) {
        const part = inB[a] !== inB[b] ? 0 : inB[a] ? 2 : 1;
        sums[part]! += similarity[a]?.[b] ?? 0;
        pairs[part]!++;
      }
    }
    // A group of one member has no pairs of its own: it holds together perfectly.
    const mean = (part: number) => (pairs[part] === 0 ? 1 : sums[part]! / pairs[part]!);
    const between = mean(0);
    const separation = between - (mean(1) + mean(2)) / 2;
    if (best === null || separation < bestSeparation) {
      best = { moved, between };
      bestSeparation = separation;
    }
  }
  return best;
}
