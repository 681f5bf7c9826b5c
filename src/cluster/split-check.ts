// Finds, in a story still tracked member by member, the two groups least likely to report one event: a look-alike twin that joined early.

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
  /** Mean pairwise similarity within the group that stays (the founder's) and within the one that leaves. */
  withinStaying: number;
  withinLeaving: number;
  /** Mean similarity of the founder to the other members that stay (1 when none does). */
  founderFit: number;
}

/** Up to this many members every partition (2^(n-1)) is tried; above it, a local search looks for the best. */
export const MAX_EXHAUSTIVE_MEMBERS = 14;

/** Which sum a pair of members adds to: across the groups (0), within the staying one (1), within the leaving one (2). */
function partOf(aLeaves: boolean, bLeaves: boolean): 0 | 1 | 2 {
  return aLeaves !== bLeaves ? 0 : aLeaves ? 2 : 1;
}

/** Sums and pair counts of a partition by part (see `partOf`), and in slot 3 those of the founder with its group. */
function partitionSums(
  similarity: readonly (readonly number[])[],
  inB: readonly boolean[],
): { sums: number[]; pairs: number[] } {
  const sums = [0, 0, 0, 0];
  const pairs = [0, 0, 0, 0];
  for (let a = 0; a < inB.length; a++) {
    for (let b = a + 1; b < inB.length; b++) {
      const part = partOf(inB[a] === true, inB[b] === true);
      const value = similarity[a]?.[b] ?? 0;
      sums[part]! += value;
      pairs[part]!++;
      if (a === 0 && part === 1) {
        sums[3]! += value;
        pairs[3]!++;
      }
    }
  }
  return { sums, pairs };
}

/** A part's mean; a group of one member has no pairs of its own and holds together perfectly. */
function meanOf(sums: readonly number[], pairs: readonly number[], part: number): number {
  return pairs[part] === 0 ? 1 : (sums[part] ?? 0) / (pairs[part] ?? 1);
}

/** The means of a partition: across, within each group, and of the founder to its group. */
function groupMeans(similarity: readonly (readonly number[])[], inB: readonly boolean[]): Omit<Bisection, "moved"> {
  const { sums, pairs } = partitionSums(similarity, inB);
  const mean = (part: number) => meanOf(sums, pairs, part);
  return { between: mean(0), withinStaying: mean(1), withinLeaving: mean(2), founderFit: mean(3) };
}

/** How well a partition's groups stand apart: the lower, the better. */
function separationOf(means: Pick<Bisection, "between" | "withinStaying" | "withinLeaving">): number {
  return means.between - (means.withinStaying + means.withinLeaving) / 2;
}

function movedOf(inB: readonly boolean[]): number[] {
  const moved: number[] = [];
  for (let index = 1; index < inB.length; index++) if (inB[index]) moved.push(index);
  return moved;
}

/**
 * The two-group partition whose groups each hold together most and differ from each other most: the lowest mean
 * similarity across the groups less the mean of the two groups' own mean similarities. The lowest similarity across
 * alone would move two stray reports that are unlike everyone, each other included, rather than the twin event that
 * holds together. The group without the founding member (index 0) is the one to move: the story stays the event it
 * was founded on, whichever group has grown larger. A partition that would move a member a person placed is never
 * offered. Every partition is tried up to MAX_EXHAUSTIVE_MEMBERS members, a local search finds it above. Null when
 * no partition qualifies.
 */
export function bestBisection(
  similarity: readonly (readonly number[])[],
  movable: readonly boolean[],
  minGroup: number,
): Bisection | null {
  const count = movable.length;
  if (count < 2 * Math.max(1, minGroup)) return null;
  if (count > MAX_EXHAUSTIVE_MEMBERS) return searchedBisection(similarity, movable, minGroup);
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
    const moved = movedOf(inB);
    if (moved.some((index) => !movable[index])) continue;
    const means = groupMeans(similarity, inB);
    const separation = separationOf(means);
    if (best === null || separation < bestSeparation) {
      best = { moved, ...means };
      bestSeparation = separation;
    }
  }
  return best;
}

/**
 * For a story too big to try every partition: from each movable member in turn, the members closer to it than to the
 * founder start the leaving group (the closest to it first, as many as the group sizes allow); then single members
 * change sides, or when no single change helps two swap sides (which a group at its minimum size needs), while that
 * lowers the separation and keeps both groups at the minimum size. The best partition any start reaches wins.
 * Deterministic. A change of side costs n (the means are kept up to date) and a pass tries up to n² swaps, so a
 * start costs about n⁴ at worst: it is asked only of stories of a few dozen members, a few times in their life.
 */
function searchedBisection(
  similarity: readonly (readonly number[])[],
  movable: readonly boolean[],
  minGroup: number,
): Bisection | null {
  const count = movable.length;
  const similar = (a: number, b: number) => similarity[a]?.[b] ?? 0;
  const floor = Math.max(1, minGroup);
  const sizesOk = (size: number) => Math.min(size, count - size) >= floor;
  const candidates = movable.flatMap((canMove, index) => (canMove && index !== 0 ? [index] : []));
  if (!sizesOk(Math.min(candidates.length, count - floor))) return null;
  let best: Bisection | null = null;
  let bestSeparation = Number.POSITIVE_INFINITY;
  for (const seed of candidates) {
    const lean = (index: number) => similar(index, seed) - similar(index, 0);
    const ranked = [...candidates].sort((a, b) => (a === seed ? -1 : b === seed ? 1 : lean(b) - lean(a)));
    const leaning = ranked.filter((index) => index === seed || lean(index) > 0).length;
    const inB = new Array<boolean>(count).fill(false);
    for (const index of ranked.slice(0, Math.min(Math.max(leaning, floor), count - floor, ranked.length))) {
      inB[index] = true;
    }
    improveByMoves(similarity, inB, candidates, sizesOk);
    const means = groupMeans(similarity, inB);
    const separation = separationOf(means);
    if (separation >= bestSeparation) continue;
    best = { moved: movedOf(inB), ...means };
    bestSeparation = separation;
  }
  return best;
}

/**
 * Local search in place on `inB` (true: the member is in the leaving group): single changes of side first, then
 * swaps, over the `candidates` that may move, while `sizesOk` holds for the leaving group's size.
 */
function improveByMoves(
  similarity: readonly (readonly number[])[],
  inB: boolean[],
  candidates: readonly number[],
  sizesOk: (size: number) => boolean,
): void {
  // The partition's sums, kept up to date as members change sides: a change costs n, not the n² of summing again.
  // The founder's slot (3) does not enter the separation and is left as it was.
  const { sums, pairs } = partitionSums(similarity, inB);
  const flip = (index: number) => {
    const wasInB = inB[index] === true;
    for (let other = 0; other < inB.length; other++) {
      if (other === index) continue;
      const value = similarity[index]?.[other] ?? 0;
      const before = partOf(wasInB, inB[other] === true);
      const after = partOf(!wasInB, inB[other] === true);
      sums[before]! -= value;
      pairs[before]!--;
      sums[after]! += value;
      pairs[after]!++;
    }
    inB[index] = !wasInB;
  };
  const separationNow = () =>
    separationOf({
      between: meanOf(sums, pairs, 0),
      withinStaying: meanOf(sums, pairs, 1),
      withinLeaving: meanOf(sums, pairs, 2),
    });
  let sizeB = inB.filter(Boolean).length;
  let separation = separationNow();
  /** Keeps the change just made if it lowers the separation; otherwise undoes it. */
  const keepIfBetter = (undo: () => void): boolean => {
    const next = separationNow();
    if (next < separation - 1e-12) {
      separation = next;
      return true;
    }
    undo();
    return false;
  };
  for (let pass = 0; pass < inB.length; pass++) {
    let changed = false;
    for (const index of candidates) {
      const nextSize = sizeB + (inB[index] ? -1 : 1);
      if (!sizesOk(nextSize)) continue;
      flip(index);
      if (keepIfBetter(() => flip(index))) {
        sizeB = nextSize;
        changed = true;
      }
    }
    for (const leaving of candidates) {
      if (changed) break;
      if (!inB[leaving]) continue;
      for (const staying of candidates) {
        if (inB[staying]) continue;
        flip(leaving);
        flip(staying);
        changed = keepIfBetter(() => {
          flip(staying);
          flip(leaving);
        });
        if (changed) break;
      }
    }
    if (!changed) break;
  }
}
