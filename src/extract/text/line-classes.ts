// Sorts a dump's lines by hand rules into prose, near-prose, short lines and known furniture.
import { type LineFeatures, PARAGRAPH_WORDS } from "./line-features.js";

/** good: prose; near: prose-like but short; short: a label, heading or list item; bad: known furniture. */
export type LineClass = "good" | "near" | "short" | "bad";

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

/**
 * Short lines inside the body stay (headings, list items) unless they read like a stamp. Capitals alone do not make
 * a label: articles print their section headings in capitals too ("FIRST AID"), and the widgets' labels are known.
 */
export function isLabelLike(line: LineFeatures): boolean {
  if (line.hasDate && line.words <= 8) return true;
  // Leftover stamp words ("on", "by", "and more") say nothing by themselves.
  return line.words <= 3 && line.stopWordRatio === 1;
}
