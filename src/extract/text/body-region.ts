// Finds the article body in a dump: classifies lines as prose or furniture, then takes the densest run of prose.
import { type LineFeatures, repetitionKey } from "./line-features.js";

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
const GOOD_WORDS = 12;
const NEAR_WORDS = 6;

/** Whether function-word density can be trusted: false for languages the stop list does not cover. */
function stopWordsApply(features: LineFeatures[]): boolean {
  let words = 0;
  let stops = 0;
  for (const line of features) {
    if (line.words < 10) continue;
    words += line.words;
    stops += line.stopWordRatio * line.words;
  }
  return words === 0 || stops / words >= 0.12;
}

function classifyLine(line: LineFeatures, useStopWords: boolean): LineClass {
  if (line.boilerplate !== null || line.letterShare < MIN_LETTER_SHARE) return "bad";
  if (line.letterShare < PROSE_LETTER_SHARE) return "short";
  const proseDensity = !useStopWords || line.stopWordRatio >= MIN_STOP_RATIO;
  // Paragraphs end like sentences; a long line that stops mid-sentence is mostly a cut-off teaser.
  if (proseDensity && line.words >= GOOD_WORDS && line.endsSentence) return "good";
  if (proseDensity && line.words >= NEAR_WORDS && (line.endsSentence || line.words >= GOOD_WORDS)) return "near";
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
    // Menus repeat (header, footer, mobile copy); a list's labels may too, so repetition only leans.
    if (lineClass === "short") return -(line.repeats > 1 ? 3 : 2);
    return -(8 + line.words * 0.5);
  });
}

/** The contiguous run of lines with the highest total weight (Kadane's maximum subarray). */
function densestRun(weights: number[]): { start: number; end: number; total: number } | null {
  let best: { start: number; end: number; total: number } | null = null;
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

/** Headings that open what follows an article: comments, related stories, the author's bio. */
const SECTION_BREAK =
  /^(?:\d+\s+)?(?:comments?|responses?|replies)\s*(?:\(\d+\))?:?$|^(?:leave a (?:reply|comment)|post a comment|join the (?:discussion|conversation)|(?:related|similar) (?:posts|articles|stories|reads|content)|you (?:may|might) also (?:like|enjoy)|more (?:stories|articles|posts) (?:from|like)|recommended (?:for you|articles|stories|reading)|read next|post navigation|about the author|author bio|(?:latest|recent) (?:posts|articles|stories|news)|share (?:this|on)|tags|filed under|topics|trending|most (?:read|popular|viewed)|(?:subscribe|sign up|follow us)\s+\S+\s+\S+|\S+(?:\s+\S+)?\s+newsletter)\b/i;

/**
 * Ends the region at a comments / related-stories / author-bio heading when the article before it outweighs what
 * follows: Kadane chains those sections in when they hold a few long lines.
 */
function endAtSectionBreak(
  features: LineFeatures[],
  classes: LineClass[],
  run: { start: number; end: number },
): number {
  const proseWords = (from: number, to: number) => {
    let words = 0;
    for (let i = from; i <= to; i += 1) if (classes[i] === "good") words += features[i]?.words ?? 0;
    return words;
  };
  for (let i = run.start + 1; i <= run.end; i += 1) {
    const line = features[i];
    if (line === undefined || line.words > 8 || !SECTION_BREAK.test(line.text)) continue;
    if (proseWords(run.start, i - 1) >= 2 * proseWords(i + 1, run.end)) return i - 1;
  }
  return run.end;
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

/** Short lines inside the body stay (headings, list items) unless they read like a widget label or a stamp. */
function isLabelLike(line: LineFeatures): boolean {
  if (line.hasDate && line.words <= 8) return true;
  // Leftover stamp words ("on", "by", "and more") say nothing by themselves.
  if (line.words <= 3 && line.stopWordRatio === 1) return true;
  return line.upperRatio > 0.8 && line.letters >= 3 && line.words <= 5 && !line.endsSentence;
}

/** The body: the densest run of prose, without the furniture inside it and without a second copy of itself. */
export function selectBody(features: LineFeatures[]): BodySelection | null {
  const useStopWords = stopWordsApply(features);
  const classes = features.map((line) => classifyLine(line, useStopWords));
  const run = densestRun(lineWeights(features, classes));
  if (run === null) return null;
  run.end = endAtSectionBreak(features, classes, run);
  const contents = tableOfContents(features, classes, run);
  const kept: number[] = [];
  const seen = new Set<string>();
  let inCopy = false;
  for (let i = run.start; i <= run.end; i += 1) {
    const lineClass = classes[i];
    const line = features[i];
    if (line === undefined || lineClass === undefined || lineClass === "bad" || contents.has(i)) continue;
    if (lineClass === "short" && (isLabelLike(line) || isRepeatedButton(line))) continue;
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
  if (kept.length === 0) return null;
  return { start: run.start, end: run.end, kept, classes };
}
