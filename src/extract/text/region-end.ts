// Ends the article's region at the heading that opens what follows it, skipping a box of dated teasers set into it.
import type { LineClass } from "./line-classes.js";
import type { LineFeatures } from "./line-features.js";
import { MIN_ARTICLE_WORDS, opensAfterMatter, opensComments } from "./section-breaks.js";

/** Three dated teasers make a list; one teaser (headline, blurb, stamp, labels) takes a few lines. */
const MIN_TEASER_STAMPS = 3;
const MAX_STAMP_GAP = 8;

/** A stamp line of a teaser: a date with a few words ("Dec 17, 2025", "By Ann Lee · 2 days ago"). */
function isTeaserStamp(line: LineFeatures | undefined, lineClass: LineClass | undefined): boolean {
  return line !== undefined && lineClass !== "good" && line.hasDate && line.words <= 8;
}

/**
 * Follows a teaser list's stamps from the one at line `first` while each next one comes within a few lines, until
 * `enough` are found: how many there are and the last one's line, or null when two stamps sit one under the other.
 */
function followStamps(
  features: LineFeatures[],
  classes: LineClass[],
  first: number,
  enough: number,
): { stamps: number; last: number } | null {
  let stamps = 1;
  let last = first;
  for (let j = first + 1; stamps < enough && j < features.length && j - last <= MAX_STAMP_GAP; j += 1) {
    if (!isTeaserStamp(features[j], classes[j])) continue;
    // Each teaser has its headline above its stamp: dates one under another are a list of the article's own.
    if (j === last + 1) return null;
    stamps += 1;
    last = j;
  }
  return { stamps, last };
}

/**
 * The first stamp of the list of dated teasers that line `i` opens, or -1 when it opens none: `i` is a
 * headline-sized line right above a stamp, and two more stamps follow within a few lines of each other.
 */
function datedListStamp(features: LineFeatures[], classes: LineClass[], i: number): number {
  const line = features[i];
  if (line === undefined || classes[i] === "good" || line.hasDate) return -1;
  const first = [i + 1, i + 2].find((j) => isTeaserStamp(features[j], classes[j]));
  if (first === undefined) return -1;
  const opening = followStamps(features, classes, first, MIN_TEASER_STAMPS);
  return opening !== null && opening.stamps >= MIN_TEASER_STAMPS ? first : -1;
}

/** How far below a list set into the article its next paragraphs may start (a heading, a figure between). */
const RESUME_REACH = 10;

/**
 * Whether the article goes on below a list that ends at `listEnd`: two full paragraphs in a row follow soon after,
 * which a list of teasers never prints (each blurb sits between two stamps), and no stamp follows them, as one
 * would in a thread of comments whose replies run to two paragraphs.
 */
function resumesWithProse(features: LineFeatures[], classes: LineClass[], listEnd: number, runEnd: number): boolean {
  for (let j = listEnd + 1; j < Math.min(runEnd, listEnd + RESUME_REACH); j += 1) {
    if (classes[j] !== "good" || classes[j + 1] !== "good") continue;
    for (let k = j + 2; k <= Math.min(runEnd, j + 1 + MAX_STAMP_GAP); k += 1) {
      if (isTeaserStamp(features[k], classes[k])) return false;
    }
    return true;
  }
  return false;
}

/** Where the region ends, and the lists set into it that are not the article. */
export interface SectionCut {
  end: number;
  skipped: { from: number; to: number }[];
}

/**
 * Ends the region at a comments / related-stories / author-bio heading when the article before it outweighs what
 * follows: Kadane chains those sections in when they hold a few long lines. A list of dated teasers that the
 * article's own paragraphs follow is set into it (a "related" box mid-page): it is skipped, and the article resumes.
 */
export function endAtSectionBreak(
  features: LineFeatures[],
  classes: LineClass[],
  run: { start: number; end: number },
): SectionCut {
  // Prefix sums of prose words, all and unique only, so that each break costs O(1) however many a page holds.
  // Carousels (testimonials, teasers) print their paragraphs twice: after a break only unique ones may be article.
  const all = [0];
  const unique = [0];
  for (let i = run.start; i <= run.end; i += 1) {
    const line = features[i];
    const words = classes[i] === "good" && line !== undefined ? line.words : 0;
    all.push((all.at(-1) ?? 0) + words);
    unique.push((unique.at(-1) ?? 0) + (line?.repeats === 1 ? words : 0));
  }
  const sum = (prefix: number[], from: number, to: number) =>
    (prefix[to - run.start + 1] ?? 0) - (prefix[from - run.start] ?? 0);
  const skipped: SectionCut["skipped"] = [];
  for (let i = run.start + 1; i <= run.end; i += 1) {
    const line = features[i];
    if (line === undefined) continue;
    const afterMatter = opensAfterMatter(line);
    const listStamp = afterMatter ? -1 : datedListStamp(features, classes, i);
    if (!afterMatter && listStamp < 0) continue;
    const before = sum(all, run.start, i - 1);
    // The comments' own heading is never inside an article, however long the thread below it.
    if (opensComments(line) && before >= MIN_ARTICLE_WORDS) return { end: i - 1, skipped };
    const after = sum(unique, i + 1, run.end);
    if (before < 2 * after) continue;
    // The whole list is followed only here, where the region would end at it: each line is followed once at most.
    const listEnd =
      listStamp < 0 ? -1 : (followStamps(features, classes, listStamp, Number.POSITIVE_INFINITY)?.last ?? -1);
    if (listEnd >= 0 && listEnd < run.end && resumesWithProse(features, classes, listEnd, run.end)) {
      skipped.push({ from: i, to: listEnd });
      i = listEnd;
      continue;
    }
    return { end: i - 1, skipped };
  }
  return { end: run.end, skipped };
}
