// Takes back a list the article prints below a paragraph, which the region's weights leave out.
import { isLabelLike, type LineClass } from "./line-classes.js";
import type { LineFeatures } from "./line-features.js";
import { opensAfterMatter } from "./section-breaks.js";

/** A list set into the article runs to at most this many lines; longer runs of short lines are a site's index. */
const MAX_LIST_LINES = 30;
/** Fewer lines than this are a heading or a caption, which the region's edges already weigh. */
const MIN_LIST_LINES = 3;

/** A list item the article may print: unique (menus repeat), no furniture cue, no stamp, not a section break. */
function isListItem(line: LineFeatures | undefined, lineClass: LineClass | undefined): boolean {
  if (line === undefined || line.repeats > 1 || lineClass === "bad" || lineClass === "good") return false;
  return !isLabelLike(line) && !opensAfterMatter(line);
}

/** Menus and teaser lists print titles (most long words capitalised); an article's steps and rows read as phrases. */
const MAX_LIST_CAPITALS = 0.4;
/** Teasers' headlines run to a dozen words; an article's list items are shorter. */
const MAX_LIST_ITEM_WORDS = 8;

/** Whether lines [from, to) read as an article's list: short phrases, not titles. */
function readsAsListOfPhrases(features: readonly LineFeatures[], from: number, to: number): boolean {
  let capitals = 0;
  let words = 0;
  for (let i = from; i < to; i += 1) {
    capitals += features[i]?.capitalisedRatio ?? 1;
    words += features[i]?.words ?? 0;
  }
  const lines = to - from;
  return capitals / lines <= MAX_LIST_CAPITALS && words / lines <= MAX_LIST_ITEM_WORDS;
}

/**
 * Where the body ends once a list of short lines below its last paragraph (`end`) is taken back, because the
 * article's prose resumes after it: a list costs the region more than one paragraph under it brings back, yet menus
 * and link lists repeat or run on to the page's end, whereas the article's own steps and rows are unique and lead
 * back to prose.
 */
export function rejoinListsBelow(
  features: readonly LineFeatures[],
  classes: readonly LineClass[],
  end: number,
): number {
  let bodyEnd = end;
  let j = end + 1;
  while (j < features.length) {
    let items = 0;
    while (items < MAX_LIST_LINES && isListItem(features[j + items], classes[j + items])) items += 1;
    const resumed = j + items;
    const prose = features[resumed];
    if (items < MIN_LIST_LINES || prose === undefined || !readsAsListOfPhrases(features, j, resumed)) return bodyEnd;
    // A list of phrases that runs into the page's furniture closes the article: take it, not the furniture.
    if (classes[resumed] === "bad") return resumed - 1;
    if (classes[resumed] !== "good" || prose.repeats > 1) return bodyEnd;
    // Take the prose back with its list, and any paragraphs that follow it before the next list.
    bodyEnd = resumed;
    while (classes[bodyEnd + 1] === "good" && (features[bodyEnd + 1]?.repeats ?? 2) === 1) bodyEnd += 1;
    j = bodyEnd + 1;
  }
  return bodyEnd;
}
