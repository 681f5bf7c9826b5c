// Tells the lines inside the article's region that are page furniture from those that only look like it.
import type { LineClass } from "./line-classes.js";
import { type LineFeatures, repetitionKey } from "./line-features.js";

/** A short call to action printed again and again ("Book now", "Add to trip"); list labels end with a colon. */
export function isRepeatedButton(line: LineFeatures): boolean {
  return line.repeats >= 3 && line.words <= 3 && !line.text.endsWith(":");
}

const OUTLINE_NUMBER = /^(?:\d+(?:\.\d+)*\.?|[A-Z]\.)\s+/;

/**
 * A table of contents: two or more adjacent short lines whose text (less any outline numbering) comes back later
 * in the region as the headings themselves. The headings stay; the contents list goes.
 */
export function tableOfContents(
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
export function recordFields(
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
export function isLeadIn(features: readonly LineFeatures[], classes: readonly LineClass[], i: number): boolean {
  const line = features[i];
  const next = features[i + 1];
  if (line === undefined || next === undefined || line.boilerplate !== "teaser" || line.repeats > 1) return false;
  return TRAILING_ELLIPSIS.test(line.text) && classes[i + 1] === "good" && next.repeats === 1;
}
