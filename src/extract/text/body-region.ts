// Finds the article body in a dump: classifies lines, scores them with the line model, then takes the densest run of prose.
import { opensAuthorCard, readsLikeAuthorBio } from "./author-bio.js";
import { type LineFeatures, PARAGRAPH_WORDS, repetitionKey } from "./line-features.js";
import { lineProbabilities } from "./line-model.js";
import { COMMENTS_HEADING, MIN_ARTICLE_WORDS, opensAfterMatter } from "./section-breaks.js";
import { dropOffTopicSections } from "./topic-continuity.js";

/** good: prose; near: prose-like but short; short: a label, heading or list item; bad: known furniture. */
export type LineClass = "good" | "near" | "short" | "bad";

export interface BodySelection {
  /** First and last line (inclusive) of the region the body was taken from. */
  start: number;
  end: number;
  /** Lines of the body, in order. */
  kept: number[];
  classes: LineClass[];
}

/** Prose has at least this share of function words, in languages where the list knows them. */
const MIN_STOP_RATIO = 0.22;
/** Below this share of letters a line is symbols or binary noise; below the second, figures rather than prose. */
const MIN_LETTER_SHARE = 0.3;
const PROSE_LETTER_SHARE = 0.6;
const NEAR_WORDS = 6;

/** Whether function-word density can be trusted: false for languages the stop list does not cover. */
function stopWordsApply(features: readonly LineFeatures[]): boolean {
  let words = 0;
  let stops = 0;
  for (const line of features) {
    if (line.words < 10) continue;
    words += line.words;
    stops += line.stopWordRatio * line.words;
  }
  return words === 0 || stops / words >= 0.12;
}

/** A line that is only a web address: a source list or a pasted link, not a sentence. */
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i;

/** Each line's class by the hand rules: prose, near-prose, short, or known furniture. */
export function classifyLines(features: readonly LineFeatures[]): LineClass[] {
  const useStopWords = stopWordsApply(features);
  return features.map((line) => classifyLine(line, useStopWords));
}

function classifyLine(line: LineFeatures, useStopWords: boolean): LineClass {
  if (line.boilerplate !== null || line.letterShare < MIN_LETTER_SHARE) return "bad";
  if (BARE_URL.test(line.text)) return "bad";
  if (line.letterShare < PROSE_LETTER_SHARE) return "short";
  const proseDensity = !useStopWords || line.stopWordRatio >= MIN_STOP_RATIO;
  // Paragraphs end like sentences; a long line that stops mid-sentence is mostly a cut-off teaser.
  if (proseDensity && line.words >= PARAGRAPH_WORDS && line.endsSentence) return "good";
  if (proseDensity && line.words >= NEAR_WORDS && (line.endsSentence || line.words >= PARAGRAPH_WORDS)) return "near";
  return "short";
}

/** Prose-like lines that are not full sentences count for at most this many words: cut-off teasers are long. */
const NEAR_WORD_CAP = 15;

/** What each line adds to a region's score: prose pulls the region over itself, furniture pushes it away. */
function lineWeights(features: LineFeatures[], classes: LineClass[]): number[] {
  return features.map((line, i) => {
    const lineClass = classes[i] ?? "bad";
    if (lineClass === "good") return line.words;
    if (lineClass === "near") return Math.min(line.words, NEAR_WORD_CAP) * 0.5;
    // A unique short line is as often the article's own list item, table row or heading as furniture, so it costs
    // little; menus repeat (header, footer, mobile copy), so a repeated one costs more.
    if (lineClass === "short") return line.repeats > 1 ? -4 : -1;
    return -(8 + line.words * 0.5);
  });
}

/**
 * How the model's probabilities become region weights; the three values below were set on the odd-id dev pages the
 * model was trained on and checked on the even ones. Lines the model gives at least this chance pull the region
 * over themselves. Below one half: a region that stops
 * one paragraph short loses more (recall) than one that takes a stray line in (precision).
 */
const MODEL_CUT = 0.3;
/** Even a one-word line counts for this many words in the model's pull, so its verdict is not lost on it. */
const MODEL_BASE_WORDS = 5;
/** The hand rules' weights join the model's at this share: each catches pages the other misses. */
const HAND_RULE_SHARE = 0.5;

/** What each line adds to a region's score: the line model's pull for or against it, plus a share of the rules'. */
function regionWeights(features: LineFeatures[], classes: LineClass[], probabilities: readonly number[]): number[] {
  const ruled = lineWeights(features, classes);
  return features.map(
    (line, i) =>
      ((probabilities[i] ?? 0) - MODEL_CUT) * (line.words + MODEL_BASE_WORDS) + HAND_RULE_SHARE * (ruled[i] ?? 0),
  );
}

/** A run of lines, first to last inclusive, with its total weight. */
export interface Run {
  start: number;
  end: number;
  total: number;
}

/** The contiguous run of lines with the highest total weight (Kadane's maximum subarray). */
function densestRun(weights: number[]): Run | null {
  let best: Run | null = null;
  let runStart = 0;
  let runTotal = 0;
  weights.forEach((weight, i) => {
    if (runTotal <= 0) {
      runStart = i;
      runTotal = 0;
    }
    runTotal += weight;
    if (runTotal > 0 && (best === null || runTotal > best.total)) best = { start: runStart, end: i, total: runTotal };
  });
  return best;
}

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
interface SectionCut {
  end: number;
  skipped: { from: number; to: number }[];
}

/**
 * Ends the region at a comments / related-stories / author-bio heading when the article before it outweighs what
 * follows: Kadane chains those sections in when they hold a few long lines. A list of dated teasers that the
 * article's own paragraphs follow is set into it (a "related" box mid-page): it is skipped, and the article resumes.
 */
function endAtSectionBreak(
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
    // A counted comments heading is never inside an article, however long the thread below it.
    if (COMMENTS_HEADING.test(line.text) && before >= MIN_ARTICLE_WORDS) return { end: i - 1, skipped };
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

/** A short call to action printed again and again ("Book now", "Add to trip"); list labels end with a colon. */
function isRepeatedButton(line: LineFeatures): boolean {
  return line.repeats >= 3 && line.words <= 3 && !line.text.endsWith(":");
}

const OUTLINE_NUMBER = /^(?:\d+(?:\.\d+)*\.?|[A-Z]\.)\s+/;

/**
 * A table of contents: two or more adjacent short lines whose text (less any outline numbering) comes back later
 * in the region as the headings themselves. The headings stay; the contents list goes.
 */
function tableOfContents(
  features: LineFeatures[],
  classes: LineClass[],
  run: { start: number; end: number },
): Set<number> {
  const key = (i: number) => repetitionKey((features[i]?.text ?? "").replace(OUTLINE_NUMBER, ""));
  const lastSeen = new Map<string, number>();
  for (let i = run.start; i <= run.end; i += 1) lastSeen.set(key(i), i);
  const entry = (i: number) =>
    classes[i] !== "good" && (lastSeen.get(key(i)) ?? i) > i && (features[i]?.words ?? 0) <= 12;
  const contents = new Set<number>();
  for (let i = run.start; i <= run.end; i += 1) {
    if (entry(i) && (entry(i - 1) || entry(i + 1))) contents.add(i);
  }
  return contents;
}

/**
 * Short lines inside the body stay (headings, list items) unless they read like a stamp. Capitals alone do not make
 * a label: articles print their section headings in capitals too ("FIRST AID"), and the widgets' labels are known.
 */
function isLabelLike(line: LineFeatures): boolean {
  if (line.hasDate && line.words <= 8) return true;
  // Leftover stamp words ("on", "by", "and more") say nothing by themselves.
  return line.words <= 3 && line.stopWordRatio === 1;
}

/** A pitch that closes a post: sign up, try the product, book a demo, get in touch. */
const CLOSING_PITCH =
  /\b(?:sign up (?:for (?:our|a free|free)|now|today|here)|subscribe (?:now|today|to our)|join (?:our|the) (?:newsletter|mailing list|community|waitlist)|start (?:your|a) free|free (?:trial|demo|consultation|quote)|book (?:a|your) (?:free )?(?:demo|call|consultation)|request (?:a demo|more information)|try \p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:for|free|today)|download (?:our|the) app|contact us today|see for yourself|feel free to share)\b/iu;
/** The closing matter is a few lines; more than this share of the body is the article itself. */
const MAX_CLOSING_SHARE = 0.3;
const MAX_PITCH_WORDS = 50;

function isClosingMatter(line: LineFeatures): boolean {
  if (readsLikeAuthorBio(line.text)) return true;
  return line.words <= MAX_PITCH_WORDS && CLOSING_PITCH.test(line.text);
}

/**
 * Drops the author's bio and the closing sales pitch from the end of the body (in place): they sit where the
 * article ends and read as prose, so the region takes them in.
 */
function dropClosingMatter(features: LineFeatures[], kept: number[]): void {
  const total = kept.reduce((sum, i) => sum + (features[i]?.words ?? 0), 0);
  let dropped = 0;
  let cut = kept.length;
  for (let k = kept.length - 1; k >= 0; k -= 1) {
    const line = features[kept[k] ?? -1];
    if (line === undefined) break;
    if (isClosingMatter(line)) {
      dropped += line.words;
      if (dropped > total * MAX_CLOSING_SHARE) break;
      cut = k;
    } else if (line.words > 8 || kept.length - k > 12) {
      // Short labels between the pitches ("Email address", "Submit") go with them; a paragraph ends the search.
      break;
    }
  }
  kept.splice(cut);
}

/** An author card takes the last part of the body at most: more than this share of its words is the article. */
const MAX_CARD_SHARE = 0.35;
/**
 * Drops an author card and whatever follows it from the end of the body (in place): the name, the role and the bio
 * read as a heading and prose, so the region takes them in, and the pitches below the card with them.
 */
function dropAuthorCard(features: LineFeatures[], kept: number[]): void {
  const total = kept.reduce((sum, i) => sum + (features[i]?.words ?? 0), 0);
  let after = 0;
  let cut = kept.length;
  for (let k = kept.length - 1; k > 0; k -= 1) {
    const i = kept[k] ?? -1;
    after += features[i]?.words ?? 0;
    if (after > total * MAX_CARD_SHARE) break;
    if (opensAuthorCard(features, i)) cut = k;
  }
  kept.splice(cut);
}

/** Labels left under the last paragraph ("Shares", "Author", "Book an Appointment"): a few short lines at most. */
const MAX_TRAILING_LABELS = 3;
const MAX_LABEL_WORDS = 6;

/**
 * Drops the few short lines that trail the body's last paragraph (in place): an article's own list or heading is
 * introduced by a line that ends in a colon or opens onto more text, whereas labels below the final sentence are
 * the page's widgets.
 */
export function dropTrailingLabels(features: LineFeatures[], kept: number[]): void {
  const isLabel = (line: LineFeatures) => !line.endsSentence && line.words <= MAX_LABEL_WORDS;
  let cut = kept.length;
  while (cut > 1 && kept.length - cut < MAX_TRAILING_LABELS) {
    const line = features[kept[cut - 1] ?? -1];
    if (line === undefined || !isLabel(line)) break;
    cut -= 1;
  }
  const last = features[kept[cut - 1] ?? -1];
  // Only a full paragraph may end the body: a colon or a short sentence above the labels introduces them.
  if (cut < kept.length && last !== undefined && last.endsSentence && last.words > MAX_LABEL_WORDS) kept.splice(cut);
}

/** How far below its headline an article's prose starts: bylines, share bars, a picture and its caption between. */
const HEADLINE_GAP = 15;
/** An article under its headline wins over denser prose elsewhere (a footer's disclaimer, a list of blurbs) when it
 * holds at least this share of that prose's weight. */
const HEADLINE_RUN_SHARE = 0.5;
/** The headline may be printed a few times (breadcrumb, share text); each try costs a pass over the page. */
const MAX_HEADLINE_LINES = 4;

/** The heaviest run whose first line lies in [from, to]: each start's best end, by running sums. */
function runStartingIn(weights: number[], from: number, to: number): Run | null {
  let best: Run | null = null;
  for (let start = from; start <= Math.min(to, weights.length - 1); start += 1) {
    if ((weights[start] ?? 0) <= 0) continue;
    let total = 0;
    for (let end = start; end < weights.length; end += 1) {
      total += weights[end] ?? 0;
      if (best === null || total > best.total) best = { start, end, total };
    }
  }
  return best;
}

/**
 * The densest run, or, when the page's headline is known and the densest run is not under it, the densest run that
 * starts under the headline if it is not much lighter.
 */
function runUnderHeadline(weights: number[], headlines: readonly number[]): Run | null {
  const best = densestRun(weights);
  if (best === null || headlines.length === 0) return best;
  if (headlines.some((h) => h <= best.end && best.start - h <= HEADLINE_GAP)) return best;
  let anchored: Run | null = null;
  for (const h of headlines.slice(0, MAX_HEADLINE_LINES)) {
    const run = runStartingIn(weights, h + 1, h + HEADLINE_GAP);
    if (run !== null && (anchored === null || run.total > anchored.total)) anchored = run;
  }
  return anchored !== null && anchored.total >= best.total * HEADLINE_RUN_SHARE ? anchored : best;
}

/**
 * Narrows the run (in place) to what the model's pull takes in wrongly at its edges: the headline and labels above
 * the first paragraph (the title finder reads those), and a heading right below the last paragraph, which opens
 * whatever follows the article, since a heading of the article's own would have text under it.
 */
function trimRunEdges(features: readonly LineFeatures[], classes: readonly LineClass[], run: Run): void {
  const isProse = (i: number) => classes[i] === "good" || classes[i] === "near";
  let start = run.start;
  while (start < run.end && !isProse(start)) start += 1;
  if (isProse(start)) run.start = start;
  const last = features[run.end];
  if (run.end > run.start && last !== undefined && !isProse(run.end) && !last.endsSentence && isProse(run.end - 1)) {
    run.end -= 1;
  }
}

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
 * Extends the run (in place) over a list of short lines below its last paragraph when the article's prose resumes
 * after the list: a list costs the region more than one paragraph under it brings back, yet menus and link lists
 * repeat or run on to the page's end, whereas the article's own steps and rows are unique and lead back to prose.
 */
export function rejoinListsBelow(features: readonly LineFeatures[], classes: readonly LineClass[], run: Run): void {
  let j = run.end + 1;
  while (j < features.length) {
    let items = 0;
    while (items < MAX_LIST_LINES && isListItem(features[j + items], classes[j + items])) items += 1;
    const resumed = j + items;
    const prose = features[resumed];
    if (items < MIN_LIST_LINES || prose === undefined || !readsAsListOfPhrases(features, j, resumed)) return;
    // A list of phrases that runs into the page's furniture closes the article: take it, not the furniture.
    if (classes[resumed] === "bad") {
      run.end = resumed - 1;
      return;
    }
    if (classes[resumed] !== "good" || prose.repeats > 1) return;
    // Take the prose back with its list, and any paragraphs that follow it before the next list.
    let end = resumed;
    while (classes[end + 1] === "good" && (features[end + 1]?.repeats ?? 2) === 1) end += 1;
    run.end = end;
    j = end + 1;
  }
}

/** "Label: value"; a label of two letters is a reply's "Re:" or code's "id:", and braces or semicolons are code. */
const FIELD_LABEL = /^(\p{L}[\p{L} ]{2,20}):\s+[^;{}]*$/u;
/** A field label that this many lines of the region share heads a field of the article's own records. */
const MIN_FIELD_LINES = 3;
/** Stamp and credit labels name the page's own dates and sources, however often a page prints them. */
const STAMP_LABEL = /^(?:posted|published|updated|modified|by|last updated|date published|source|credit|photo|image)$/i;

/**
 * Whether a short line is a field of a record the article lists ("Date: June 8-11, 2026", "Rated: Good" under each
 * event): its label opens several lines of the region, whereas a byline's stamp or a button is one label on its own.
 */
function recordFields(
  features: readonly LineFeatures[],
  run: { start: number; end: number },
): (line: LineFeatures) => boolean {
  const labelOf = (line: LineFeatures) => FIELD_LABEL.exec(line.text)?.[1]?.toLowerCase() ?? null;
  const counts = new Map<string, number>();
  for (let i = run.start; i <= run.end; i += 1) {
    const line = features[i];
    const label = line === undefined ? null : labelOf(line);
    if (label !== null) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return (line) => {
    const label = labelOf(line);
    if (label === null || STAMP_LABEL.test(label)) return false;
    return (counts.get(label) ?? 0) >= MIN_FIELD_LINES;
  };
}

const TRAILING_ELLIPSIS = /(?:\.\.\.|…)["'”’»)\]]*$/u;

/**
 * A line that trails off into the paragraph under it ("So think of it like this…"): the ellipsis that marks a cut
 * teaser, but unique and followed by a full paragraph, as a list of teasers never is (a headline or stamp comes next).
 */
function isLeadIn(features: readonly LineFeatures[], classes: readonly LineClass[], i: number): boolean {
  const line = features[i];
  const next = features[i + 1];
  if (line === undefined || next === undefined || line.boilerplate !== "teaser" || line.repeats > 1) return false;
  return TRAILING_ELLIPSIS.test(line.text) && classes[i + 1] === "good" && next.repeats === 1;
}

/**
 * The body: the densest run of prose, without the furniture inside it and without a second copy of itself.
 * `headlines` are lines that may be the page's headline (they match the URL's slug): the article starts below one.
 */
export function selectBody(features: LineFeatures[], headlines: readonly number[] = []): BodySelection | null {
  const classes = classifyLines(features);
  const probabilities = lineProbabilities(features, classes, headlines);
  const run = runUnderHeadline(regionWeights(features, classes, probabilities), headlines);
  if (run === null) return null;
  trimRunEdges(features, classes, run);
  rejoinListsBelow(features, classes, run);
  const cut = endAtSectionBreak(features, classes, run);
  run.end = cut.end;
  const inSkippedList = (i: number) => cut.skipped.some((list) => list.from <= i && i <= list.to);
  const contents = tableOfContents(features, classes, run);
  const isRecordField = recordFields(features, run);
  const kept: number[] = [];
  const seen = new Set<string>();
  let inCopy = false;
  for (let i = run.start; i <= run.end; i += 1) {
    const lineClass = classes[i];
    const line = features[i];
    if (line === undefined || lineClass === undefined || contents.has(i) || inSkippedList(i)) continue;
    if (lineClass === "bad" && !isLeadIn(features, classes, i)) continue;
    if (lineClass === "short" && !isRecordField(line) && (isLabelLike(line) || isRepeatedButton(line))) continue;
    // Pages often hold a second copy of the article (mobile and desktop layouts): a repeated paragraph starts a
    // copy, and the short lines that follow it repeat too. Short repeats alone ("Overview:") are list labels.
    const key = repetitionKey(line.text);
    if (seen.has(key) && (line.words >= 8 || inCopy)) {
      inCopy = true;
      continue;
    }
    inCopy = false;
    seen.add(key);
    kept.push(i);
  }
  const onTopic = dropOffTopicSections(
    features.map((line) => line.text),
    features.map((line) => line.words),
    probabilities.map((p) => p < MODEL_CUT),
    kept,
  );
  dropAuthorCard(features, onTopic);
  dropTrailingLabels(features, onTopic);
  dropClosingMatter(features, onTopic);
  if (onTopic.length === 0) return null;
  return { start: run.start, end: run.end, kept: onTopic, classes };
}
