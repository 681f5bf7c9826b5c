// Finds the publish date that a page prints on a line of its own near the headline ("March 5, 2025").
import type { DateOrder } from "../date-order.js";
import { parsePublishedDate } from "../dates.js";
import { type LineFeatures, repetitionKey } from "./line-features.js";

export interface LoneDate {
  date: string;
  /** Labelled "Updated" or "Modified": the day of an edit, not of publication. */
  isUpdate: boolean;
}

/** Lines above the headline that may carry its date: a kicker, a reading time or a view count may sit between. */
const ABOVE_HEADLINE = 8;
/** Lines below the headline searched when the body region starts at once (a standfirst, a name, a share bar). */
const BELOW_HEADLINE = 12;
/** A weekday, a time and a zone still make a lone date ("Friday, November 14, 2025 at 5:50 PM EST"). */
const MAX_DATE_WORDS = 9;
/** A paragraph this long is the article under way: a date below it dates something else. */
const LONG_PARAGRAPH_WORDS = 25;
/** Lines below the body's last paragraph where its date may be printed ("Posted in News / March 5, 2025"). */
const BELOW_BODY = 3;
/** Longest label that may stand between the body and its date ("Published", "Posted in News"). */
const MAX_LABEL_WORDS = 3;
/** A line under a date reads as a remark from this many words ("Great read, thanks!"). */
const MIN_PROSE_WORDS = 3;
/** A second date line this close below is a list (comments, related posts): no date is the body's. */
const LIST_REACH = 8;

/** A label that may stand between the body and its date: "Published", "Posted in News", "Date:". */
const BELOW_BODY_LABEL = /^(?:published|posted|date|last updated|updated)\b/i;
/** The post's tags or categories: beside its date, or, however many, between the body and its date. */
const TAG_LIST = /^(?:categories|category|tags|filed under)\s*:/i;
const MAX_TAG_LIST_WORDS = 16;
const LABEL = /^(?:published|updated|last updated|modified|posted|date|on)\b\s*(?:on\b)?\s*:?\s*/i;
/** A dateline that names an edit's day, not the publication: "Updated …", "Last updated …", "Modified …". */
export const UPDATE_LABEL = /^(?:updated|last updated|modified)\b/i;
const SEPARATOR = /\s*[•|·⋅◦▪]\s*|\s+[-–—]\s+/;
/** What may stand beside the date on its line: a reading time, a view or comment count (and the post's TAG_LIST). */
const COMPANION = /^\d+\s*(?:min(?:ute)?s?\.?(?:\s+read)?|views?|comments?)$/i;
/** Words a date is written with: numbers, ordinals, clock times, zones, English month and weekday names. */
const DATE_WORD =
  /^(?:\d{1,4}(?:st|nd|rd|th)?\.?,?|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4},?|\d{1,2}:\d{2}(?::\d{2})?,?|[ap]\.?m\.?,?|at|of|the|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\p{L}{0,6}\.?,?|(?:mon|tue|wed|thu|fri|sat|sun)\p{L}{0,6}\.?,?)$/iu;
/** A time zone as dates print it: "EST", "GMT". */
const ZONE = /^\(?[A-Z]{2,4}\)?$/;
/** Other words a date line may hold: a month name in another language ("3 décembre 2025"). */
const MAX_OTHER_WORDS = 1;

/** A word that is not how dates, clock times and zones are written. */
function isNotOfDate(word: string): boolean {
  return !DATE_WORD.test(word) && !ZONE.test(word);
}

/**
 * The date of a line that is a date and little else: "March 5, 2025", "Updated 2 Jan 2024", "May 1, 2024 | 5 min
 * read". A sentence or a teaser that mentions a date gives null.
 */
export function loneDateOf(text: string, order: DateOrder | null = null): LoneDate | null {
  const segments = text
    .split(SEPARATOR)
    .filter((segment) => segment !== "" && !COMPANION.test(segment) && !TAG_LIST.test(segment));
  if (segments.length !== 1 || segments[0] === undefined) return null;
  const labelled = segments[0];
  const bare = labelled.replace(LABEL, "");
  const words = bare.split(/\s+/);
  const otherWords = words.filter(isNotOfDate).length;
  if (!/\d/.test(bare) || words.length > MAX_DATE_WORDS || otherWords > MAX_OTHER_WORDS) return null;
  const date = parsePublishedDate(bare, undefined, order);
  return date === null ? null : { date, isUpdate: UPDATE_LABEL.test(labelled) };
}

/** Words of a line that are not part of a date, a zone or a date's label: "Wrap-Up 12/19/2025" has one. */
export function wordsBesideDate(text: string): number {
  return text
    .replace(LABEL, "")
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word) && isNotOfDate(word)).length;
}

/** A line that holds a date stamp among its fields: "Dec 19, 2025 | Last updated Dec 20, 2025 | 4 min read". */
export function holdsDateStamp(text: string): boolean {
  return text.split(SEPARATOR).some((field) => loneDateOf(field) !== null);
}

/**
 * The lone date line nearest the headline: below it until the article is under way (a standfirst, printed once or
 * twice, may come first), or just above it when no other date line sits there (several are a list of other
 * stories, each with its date). The nearer wins; below wins a tie.
 */
export function nearestLoneDate(
  features: readonly LineFeatures[],
  titleIndex: number,
  order: DateOrder | null = null,
): LoneDate | null {
  let below: { distance: number; found: LoneDate } | undefined;
  const paragraphs = new Set<string>();
  for (let i = titleIndex + 1; i <= titleIndex + BELOW_HEADLINE && below === undefined; i += 1) {
    const line = features[i];
    if (line === undefined) break;
    if (line.words > LONG_PARAGRAPH_WORDS) {
      paragraphs.add(repetitionKey(line.text));
      if (paragraphs.size >= 2) break;
      continue;
    }
    const found = line.hasDate ? loneDateOf(line.text, order) : null;
    if (found !== null) below = { distance: i - titleIndex, found };
  }
  let above: { distance: number; found: LoneDate } | undefined;
  let datedAbove = 0;
  for (let i = titleIndex - 1; i >= Math.max(0, titleIndex - ABOVE_HEADLINE); i -= 1) {
    const line = features[i];
    if (line === undefined || !line.hasDate) continue;
    datedAbove += 1;
    const found = loneDateOf(line.text, order);
    if (found !== null && above === undefined) above = { distance: titleIndex - i, found };
  }
  if (datedAbove > 1) above = undefined;
  if (above === undefined || (below !== undefined && below.distance <= above.distance)) return below?.found ?? null;
  return above.found;
}

/**
 * A sentence straight under a date line is what the date heads (a reader's comment, a notice), so the date is that
 * text's; a body's own date is followed by its page furniture (tags, a share bar, an author box's label).
 */
function headsProse(next: LineFeatures | undefined): boolean {
  return (
    next?.endsSentence === true &&
    next.startsCapitalised &&
    next.words >= MIN_PROSE_WORDS &&
    next.boilerplate === null &&
    next.callToAction === null
  );
}

/**
 * The publish date printed on a line of its own just below the body's end, when no list of dated items follows.
 * An "Updated" stamp there is the page's upkeep (a reviewed-on footer), not the article's date.
 */
export function loneDateBelowBody(
  features: readonly LineFeatures[],
  bodyEnd: number,
  order: DateOrder | null = null,
): string | null {
  for (let i = bodyEnd + 1; i <= bodyEnd + BELOW_BODY; i += 1) {
    const line = features[i];
    if (line === undefined) return null;
    const found = line.hasDate ? loneDateOf(line.text, order) : null;
    // Only a dateline's label ("Published", "Posted in News") or the post's tags may come between: another line is
    // a teaser or a notice the date belongs to ("Next meeting" over "June 5, 2027").
    const between =
      (line.words <= MAX_LABEL_WORDS && BELOW_BODY_LABEL.test(line.text)) ||
      (line.words <= MAX_TAG_LIST_WORDS && TAG_LIST.test(line.text));
    if (found === null && !between) return null;
    if (found === null) continue;
    const listed = features.slice(i + 1, i + 1 + LIST_REACH).some((next) => next.hasDate);
    return listed || found.isUpdate || headsProse(features[i + 1]) ? null : found.date;
  }
  return null;
}

/**
 * A line that says when the piece was published and little else: "Published August 13, 2025", "Posted on the
 * 15/12/2025 at 19:00 by @jane", "| Posted January 7, 2026". The label, not the place, makes it the article's date.
 */
const PUBLISHED_LINE =
  /^(?:(?:first |originally )?published|posted)(?:\s+on)?(?:\s+the)?\s*:?\s+(?<stamp>.{6,60}?)(?:\s+(?:by|in)\s+.*)?$/i;
/** What a line may open with before its label: a table's bar, a heading's hashes, a bullet. */
const LINE_MARKS = /^[\s#|>*•·-]+/;

/**
 * The date of the page's "Published …" or "Posted on …" line, wherever it stands, for a page whose byline gave none
 * (blogs print it under the body, above the comments, in the sidebar). Null when there is none, or when such lines
 * give different days: a thread of posts or comments, each posted on its own.
 */
export function labelledPublishDate(features: readonly LineFeatures[], order: DateOrder | null = null): string | null {
  let found: string | null = null;
  for (const line of features) {
    if (!line.hasDate) continue;
    const stamp = PUBLISHED_LINE.exec(line.text.replace(LINE_MARKS, ""))?.groups?.stamp;
    const date = stamp === undefined ? null : (loneDateOf(stamp, order)?.date ?? null);
    if (date === null) continue;
    if (found !== null && date.slice(0, 10) !== found.slice(0, 10)) return null;
    found ??= date;
  }
  return found;
}
