// Reads author, publish date and section from the lines around the headline ("POSTED ON … • World BY …").
import { parsePublishedDate } from "../dates.js";
import type { LineFeatures } from "./line-features.js";
import { loneDateBelowBody, nearestLoneDate, UPDATE_LABEL } from "./lone-date.js";
import { isKnownFirstName, looksLikePersonName } from "./person-name.js";

export interface Byline {
  author: string | null;
  published: string | null;
  section: string | null;
}

/** Lines above the headline that may still carry its byline or section. */
const ABOVE_TITLE = 4;
/** Byline lines below the headline before the body starts are bounded by this. */
const BELOW_TITLE = 12;

/** Words in a byline segment that is a date and little else ("Friday, November 14, 2025 at 5:50 PM EST"). */
const MAX_DATE_SEGMENT_WORDS = 9;
const SEGMENT_SEPARATOR = /\s*[•|·⋅◦▪]\s*|\s+[-–—]\s+/;
const BY_PREFIX = /(?:^|\s)(?:written |posted |published |words |story |reported )?by\s*:?\s+(.+)$/i;
const AUTHOR_LABEL = /^(?:authors?|writers?|reporters?|byline|contributors?)\s*:\s*(.+)$/i;
/** "By" or "Written by" opening the segment: what follows is the author even when it is one word ("By Clay"). */
const LEADING_BY = /^(?:written |posted |published |words |story |reported |text )?by\s*:?\s+/i;
const DATE_LABEL = /^(?:posted|published|updated|last updated|modified|created|date|on)\b[\s:]*(?:on\b)?\s*/i;
const NAME_PARTICLE = /^(?:de|da|di|del|della|van|von|der|den|le|la|bin|al|el|y|dos|du|st\.?)$/i;
/** Credentials after a name, kept as the page writes them ("Jane Doe, MS, RD"). */
const CREDENTIAL = /^(?:[A-Z]{2,6}|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?|I{2,3})$/;
const NOT_A_NAME = /\b(?:views?|comments?|min|read|share|posted|published|updated|the|and more|staff)\b/i;

/** A date or count after the name ("Jane Doe March 5", "Jane Doe 15 min read"); a surname before a number stays. */
const MONTH_OR_NUMBER_TAIL = /\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s+\d).*$/i;

/** A person's name as bylines print it: capitalised words, particles, initials; several joined by "and" or ",". */
export function cleanAuthor(raw: string, singleNameAllowed = false): string | null {
  let text = raw
    .replace(/\s+(?:on|at)\s+.*$/i, "")
    .replace(MONTH_OR_NUMBER_TAIL, "")
    .replace(/[|•·⋅].*$/, "")
    .replace(/[\s,;:.-]+$/, "")
    .trim();
  text = text.replace(/^by\s+|^by(?=\p{Lu}\p{Ll})/iu, "");
  if (text === "" || text.length > 80 || /[\d@/]|https?:/.test(text)) return null;
  const people = text.split(/\s*(?:,\s*and\s+|\s+and\s+|&|,)\s*/i).filter((part) => part !== "");
  const kept: string[] = [];
  for (const person of people) {
    const tokens = person.split(/\s+/);
    if (kept.length > 0 && tokens.length === 1 && CREDENTIAL.test(tokens[0] ?? "")) {
      kept[kept.length - 1] += `, ${person}`;
      continue;
    }
    if (tokens.length > 5) return null;
    const nameLike = tokens.every(
      (token) => /^\p{Lu}[\p{L}'’.-]*$/u.test(token) || NAME_PARTICLE.test(token) || /^\p{Lu}\.$/u.test(token),
    );
    if (!nameLike || NOT_A_NAME.test(person)) return null;
    kept.push(person);
  }
  if (kept.length === 0) return null;
  const single = kept.length === 1 ? kept[0] : null;
  const oneWord = single !== null && single !== undefined && !single.includes(" ") && !single.includes(",");
  // One word is a name only after an explicit "By" and when it is a known first name: "By Category" is a menu.
  if (oneWord && !(singleNameAllowed && isKnownFirstName(single))) return null;
  return kept.join(", ");
}

/** A one-to-three-word capitalised label, no digits or punctuation: a section name. */
function sectionLike(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length > 3 || text.length > 30 || /[\d.!?:,;@]/.test(text)) return false;
  return words.every((word) => /^(?:\p{Lu}|&)/u.test(word));
}

function displayCase(label: string): string {
  if (label !== label.toUpperCase()) return label;
  return label.toLowerCase().replace(/(^|\s)\p{L}/gu, (initial) => initial.toUpperCase());
}

interface Found {
  author: string | null;
  published: string | null;
  updated: string | null;
  section: string | null;
}

interface SegmentContext {
  /** Short enough to be a byline line, so a bare capitalised segment may be the section. */
  isMetaLine: boolean;
  /** Above the headline, where date-bearing lines are often a ticker of other stories. */
  aboveTitle: boolean;
}

/** The date a byline prints after its name ("By Jane Doe on March 1, 2026"), which the name alone would drop. */
function readStampAfterName(afterBy: string, found: Found): void {
  if (!/\d/.test(afterBy)) return;
  const isUpdate = /\b(?:updated|modified)\b/i.test(afterBy);
  if ((isUpdate ? found.updated : found.published) !== null) return;
  const date = parsePublishedDate(afterBy);
  if (date === null) return;
  if (isUpdate) found.updated = date;
  else found.published = date;
}

function readSegments(text: string, found: Found, context: SegmentContext): void {
  for (const segment of text.split(SEGMENT_SEPARATOR)) {
    let rest = segment.trim();
    const byMatch = BY_PREFIX.exec(rest) ?? AUTHOR_LABEL.exec(rest);
    if (byMatch?.[1] !== undefined) {
      const author = cleanAuthor(byMatch[1], LEADING_BY.test(rest) || AUTHOR_LABEL.test(rest));
      if (author !== null) found.author ??= author;
      readStampAfterName(byMatch[1], found);
      rest = rest.slice(0, byMatch.index).trim();
      if (rest === "") continue;
    }
    const isUpdate = UPDATE_LABEL.test(rest);
    const dateText = rest.replace(DATE_LABEL, "");
    // Above the headline, a date in a long segment dates another story: "[ Dec 1, 2025 ] Ten hotels to visit".
    const plausible =
      !context.aboveTitle || DATE_LABEL.test(rest) || dateText.split(/\s+/).length <= MAX_DATE_SEGMENT_WORDS;
    if (/\d/.test(dateText) && plausible && (isUpdate ? found.updated : found.published) === null) {
      const date = parsePublishedDate(dateText);
      if (date !== null) {
        if (isUpdate) found.updated ??= date;
        else found.published ??= date;
        continue;
      }
    }
    if (context.isMetaLine && sectionLike(rest) && !DATE_LABEL.test(rest)) found.section ??= displayCase(rest);
  }
}

/** A line that carries byline furniture: "By …", a date, "Posted on …". */
function isMetaLine(text: string, line: LineFeatures): boolean {
  return BY_PREFIX.test(text) || AUTHOR_LABEL.test(text) || (line.hasDate && line.words <= 25);
}

/**
 * Undoes the gluing of inline elements that dumps show: "ByNina Pineda", "Korin MillerPublished: Jan 29",
 * a published date run into an updated one.
 * Only the byline words are split off, so names like "McDonald" stay whole.
 */
function unglue(text: string): string {
  return (
    text
      .replace(/^[Bb]y(?=\p{Lu}\p{Ll})/u, "By ")
      .replace(/(\p{Ll})((?:Published|Updated|Posted|Last Updated|Modified)\b)/gu, "$1 · $2")
      // A published and an updated date printed side by side: "June 9, 2020March 3, 2021".
      .replace(/(\b(?:19|20)\d{2})(?=\p{Lu})/gu, "$1 · ")
  );
}

/** A stamp that sits beside a byline name: a date, a reading time, a role ("VP - Technology"), "USA TODAY". */
function isStamp(line: LineFeatures | undefined): boolean {
  if (line === undefined || line.words > 12) return false;
  return (
    line.hasDate ||
    line.boilerplate === "counter" ||
    line.boilerplate === "byline" ||
    /\bmin(?:ute)?s? read\b/i.test(line.text)
  );
}

/**
 * A stamp that says what it is ("Posted on June 9, 2020", "By Jane Doe on March 1, 2026"): trusted further from
 * the headline than a bare date, which there may date a teaser or a comment.
 */
const LABELLED_STAMP = /^(?:posted|published|updated|last updated|date)\b|^(?:written )?by\b.{3,60}\bon\s+\S*\d/i;
/** A labelled stamp is looked for up to this many lines into the body, and never below its end. */
const STAMP_REACH = 200;

/**
 * Byline facts from the lines near the headline; without a headline, from the lines above the body. When those
 * name no date, the lone date line nearest the headline gives it; failing that, the first labelled stamp above
 * `bodyEnd` (and the author, when none was found); failing that, a lone date line just below the body.
 */
export function readByline(
  features: LineFeatures[],
  titleIndex: number | null,
  bodyStart: number,
  bodyEnd = bodyStart,
): Byline {
  const anchor = titleIndex ?? bodyStart;
  const from = Math.max(0, anchor - ABOVE_TITLE);
  const to = Math.min(features.length - 1, Math.max(bodyStart, anchor + BELOW_TITLE));
  const found: Found = { author: null, published: null, updated: null, section: null };
  let paragraphsPassed = 0;
  for (let i = from; i <= to; i += 1) {
    const line = features[i];
    if (line === undefined || i === titleIndex) continue;
    // A standfirst may come before the byline; after two paragraphs the article is under way.
    if (line.words > 25) {
      if (i > anchor) paragraphsPassed += 1;
      if (paragraphsPassed >= 2) break;
      continue;
    }
    const text = unglue(line.text);
    // "By" alone on its line: the name is the next line.
    if (/^by:?$/i.test(text) && found.author === null) {
      found.author = cleanAuthor(features[i + 1]?.text ?? "");
      continue;
    }
    if (isMetaLine(text, line)) {
      readSegments(text, found, { isMetaLine: line.words <= 25, aboveTitle: titleIndex !== null && i < titleIndex });
    }
  }
  if (titleIndex !== null) {
    found.section ??= sectionAboveTitle(features, titleIndex);
    found.author ??= bareName(features, from, Math.min(to, bodyStart + 1), titleIndex);
  }
  if (titleIndex !== null && found.published === null && found.updated === null) {
    const lone = nearestLoneDate(features, titleIndex);
    if (lone?.isUpdate === true) found.updated = lone.date;
    else if (lone !== null) found.published = lone.date;
  }
  if (found.published === null && found.updated === null) {
    const stamps: Found = { author: null, published: null, updated: null, section: null };
    const last = Math.min(bodyEnd, features.length - 1, Math.max(to, bodyStart) + STAMP_REACH);
    for (let i = Math.max(0, (titleIndex ?? bodyStart) - ABOVE_TITLE); i <= last; i += 1) {
      const line = features[i];
      if (line === undefined || !line.hasDate || line.words > 25) continue;
      const text = unglue(line.text);
      if (!LABELLED_STAMP.test(text)) continue;
      readSegments(text, stamps, { isMetaLine: false, aboveTitle: false });
      if (stamps.published !== null || stamps.updated !== null) break;
    }
    found.published = stamps.published;
    found.updated = stamps.updated;
    found.author ??= stamps.author;
  }
  if (found.published === null && found.updated === null && bodyEnd > bodyStart) {
    found.published = loneDateBelowBody(features, bodyEnd);
  }
  return { author: found.author, published: found.published ?? found.updated, section: found.section };
}

/** "International" alone on the line above the headline, or the last crumb of "Home > News > World". */
function sectionAboveTitle(features: LineFeatures[], titleIndex: number): string | null {
  const line = features[titleIndex - 1];
  if (line === undefined || line.boilerplate !== null) return null;
  const crumbs = line.text.split(/\s*[>›»]\s*/).filter((crumb) => crumb !== "");
  if (crumbs.length > 1) {
    const title = features[titleIndex]?.text.toLowerCase();
    const named = crumbs.filter((crumb) => crumb.toLowerCase() !== title);
    const last = named[named.length - 1];
    return last !== undefined && named.length > 1 && sectionLike(last) ? displayCase(last) : null;
  }
  return sectionLike(line.text) ? displayCase(line.text) : null;
}

/**
 * A bare name on its own line, for sites that print no "By": right under the headline, or beside a date,
 * reading time or role line ("Jane Doe" / "June 4, 2025").
 */
function bareName(features: LineFeatures[], from: number, to: number, titleIndex: number): string | null {
  for (let i = from; i <= to; i += 1) {
    const line = features[i];
    if (line === undefined || i === titleIndex || line.words > 6 || line.hasDate || line.boilerplate !== null) continue;
    const stamped = [i - 2, i - 1, i + 1, i + 2].some((j) => j !== titleIndex && isStamp(features[j]));
    const betweenHeadlineAndBody = i === titleIndex + 1 && (features[i + 1]?.words ?? 0) >= 15;
    if (!stamped && !betweenHeadlineAndBody) continue;
    const author = cleanAuthor(unglue(line.text));
    if (author !== null && looksLikePersonName(author)) return author;
  }
  return null;
}
