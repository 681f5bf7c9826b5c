// Finds the article body in a dump: classifies lines, scores them with the line model, then takes the densest run of prose.
import { dropAuthorCard, dropClosingMatter, dropTrailingLabels } from "./closing-matter.js";
import { isLeadIn, isRepeatedButton, recordFields, tableOfContents } from "./inline-furniture.js";
import { classifyLines, isLabelLike, type LineClass } from "./line-classes.js";
import { type LineFeatures, repetitionKey } from "./line-features.js";
import { lineProbabilities } from "./line-model.js";
import { rejoinListsBelow } from "./list-rejoin.js";
import { endAtSectionBreak } from "./region-end.js";
import { dropOffTopicSections } from "./topic-continuity.js";

export interface BodySelection {
  /** First and last line (inclusive) of the region the body was taken from. */
  start: number;
  end: number;
  /** Lines of the body, in order. */
  kept: number[];
  classes: LineClass[];
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
interface Run {
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
  run.end = rejoinListsBelow(features, classes, run.end);
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
