// Reads the date a page shows beside its headline or byline ("Published March 3, 2025", "Updated 2025-03-04").
import { parsePublishedDate } from "../dates.js";
import type { TextBlock } from "./text-blocks.js";

export interface ShownDate {
  /** ISO 8601 date (or date-time) as shown. */
  date: string;
  /** The page labels it as an update ("Updated", "Last modified", "Reviewed"), not the first publication. */
  updated: boolean;
  /** The day-first reading of a numeric date either order makes a real day of ("03/04/2021"), when it differs. */
  otherReading?: string;
}

/** Blocks before and after the headline searched for its date: bylines sit just above or below it. */
const BEFORE_HEADLINE = 4;
const AFTER_HEADLINE = 14;
/** A dateline is short; a sentence that mentions a date is article text. */
const MAX_DATELINE_WORDS = 16;

const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
/** "March 3, 2025" */
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, "i");
/** "3 March 2025", "3rd of March, 2025" */
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})(?!\\d)`, "i");
/** "2025-03-03", "2025.03.03", "2025/03/03" */
const ISO_DAY = /\b(\d{4})[-./](\d{2})[-./](\d{2})(?!\d)/;
/** "03/03/2025", "3.3.2025": day and month order depends on the locale, so the date parser decides. */
const NUMERIC_DATE = /\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d)/;
/** "04-ago-2021", "12-Mar-2024": a month name between dashes, in whichever language the date parser knows. */
const DASHED_MONTH_DATE = /\b\d{1,2}-\p{L}{3,9}\.?-\d{4}(?!\d)/u;
/** A date the page labels as its publication ("Published on", "Posted:") counts wherever it sits. */
const PUBLISHED_LABEL = /\b(?:published|posted|publication date|publish date|date published)\b/i;
const UPDATE_LABEL = /\b(?:updated|modified|reviewed|revised|edited)\b/i;

/** "YYYY-MM-DD" for a day that exists, or null ("2025-02-30"). */
export function isoDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function monthNumber(name: string): number {
  return MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** The day a MONTH_DAY_YEAR match names ("March 3, 2025"), or null when there is no such day. */
function monthDayYear(match: RegExpMatchArray): string | null {
  return isoDay(Number(match[3]), monthNumber(match[1]!), Number(match[2]));
}

/** The day a DAY_MONTH_YEAR match names ("3 March 2025"), or null when there is no such day. */
function dayMonthYear(match: RegExpMatchArray): string | null {
  return isoDay(Number(match[3]), monthNumber(match[2]!), Number(match[1]));
}

interface FoundDate {
  date: string;
  index: number;
  /** Where the date's text ends. */
  end: number;
  otherReading?: string;
}

/**
 * The reading of "03/04/2021" that the parser did not take, when both are real days; the parser reads month
 * first, so this is the day-first one. Null when only one order makes a day ("13/04/2021") or both agree.
 */
function dayFirstReading(match: RegExpExecArray, parsed: string | null): string | null {
  const [first, second, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (first === second || first > 12 || second > 12) return null;
  const dayFirst = isoDay(year, second, first);
  return dayFirst === parsed?.slice(0, 10) ? null : dayFirst;
}

/** The first explicit date in the text, with where it starts; written-out English dates are read directly. */
function firstDate(text: string): FoundDate | null {
  const candidates: { date: string | null; index: number; end: number; otherReading?: string }[] = [];
  const span = (match: RegExpExecArray) => ({ index: match.index, end: match.index + match[0].length });
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) candidates.push({ date: monthDayYear(mdy), ...span(mdy) });
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) candidates.push({ date: dayMonthYear(dmy), ...span(dmy) });
  const iso = ISO_DAY.exec(text);
  if (iso) candidates.push({ date: isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3])), ...span(iso) });
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const date = parsePublishedDate(numeric[0]);
    const otherReading = dayFirstReading(numeric, date);
    candidates.push({ date, ...span(numeric), ...(otherReading === null ? {} : { otherReading }) });
  }
  const dashed = DASHED_MONTH_DATE.exec(text);
  if (dashed) candidates.push({ date: parsePublishedDate(dashed[0]), ...span(dashed) });
  let first: FoundDate | null = null;
  for (const { date, ...rest } of candidates) {
    if (date !== null && (first === null || rest.index < first.index)) first = { date, ...rest };
  }
  return first;
}

/**
 * Text with a space where a lower-case letter runs into a capital: inline elements joined without one glue a
 * kicker or a name to the date ("EditorialNovember 22, 2018", "By Jane DoeMar 5, 2025"), hiding the month's name.
 */
function ungluedWords(text: string): string {
  return text.replace(/(\p{Ll})(?=\p{Lu})/gu, "$1 ");
}

/** What joins the two ends of a period: "March 3 – March 9, 2025", "2025-12-12 to 2025-12-17". */
const PERIOD_JOIN = "\\s*(?:[-–—]|\\bto\\b|\\buntil\\b|\\bthrough\\b)\\s*";
const DATE_THEN_JOIN = new RegExp(`^${PERIOD_JOIN}`, "i");
/** A day with its month's name just before the join: the start of a period whose end carries the year. */
const DAY_THEN_JOIN = new RegExp(
  `(?:\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}),?${PERIOD_JOIN}$`,
  "i",
);

/** Whether the date found is an end of a period (an event's, an offer's), which dates no page. */
function endsPeriod(text: string, found: FoundDate): boolean {
  if (DAY_THEN_JOIN.test(text.slice(0, found.index))) return true;
  const rest = text.slice(found.end);
  const join = DATE_THEN_JOIN.exec(rest);
  return join !== null && firstDate(rest.slice(join[0].length))?.index === 0;
}

function shownIn(block: string): ShownDate | null {
  const text = ungluedWords(block);
  const found = firstDate(text);
  if (found === null || endsPeriod(text, found)) return null;
  const label = text.slice(Math.max(0, found.index - 40), found.index);
  const shown: ShownDate = { date: found.date, updated: UPDATE_LABEL.test(label) };
  return found.otherReading === undefined ? shown : { ...shown, otherReading: found.otherReading };
}

/** Every day the page writes out with a month's name in a short block ("December 2, 2025", "2 December 2025"). */
export function writtenOutDays(blocks: readonly TextBlock[]): Set<string> {
  const days = new Set<string>();
  const readings = [
    { pattern: new RegExp(MONTH_DAY_YEAR.source, "gi"), read: monthDayYear },
    { pattern: new RegExp(DAY_MONTH_YEAR.source, "gi"), read: dayMonthYear },
  ];
  for (const block of blocks) {
    if (block.words > MAX_DATELINE_WORDS) continue;
    for (const { pattern, read } of readings) {
      for (const match of ungluedWords(block.text).matchAll(pattern)) {
        const day = read(match);
        if (day !== null) days.add(day);
      }
    }
  }
  return days;
}

/** A label set apart from the date it introduces, as in a table of facts: "Published" over "March 3, 2025". */
const BARE_PUBLISHED_LABEL = /^(?:published|posted|publication date|publish date|date published|published on)\s*:?$/i;
/** Blocks read after a bare label for its date: one more label may sit between (a heading for screen readers). */
const AFTER_BARE_LABEL = 2;

/** The block a bare label at `index` introduces: the first after it that is not a label too, or undefined. */
function labelledBlock(blocks: readonly TextBlock[], index: number): TextBlock | undefined {
  for (let i = index + 1; i <= Math.min(blocks.length - 1, index + AFTER_BARE_LABEL); i++) {
    if (!BARE_PUBLISHED_LABEL.test(blocks[i]!.text.trim())) return blocks[i];
  }
  return undefined;
}

/**
 * The first short block anywhere on the page that labels a date as the publication date, or a bare label whose
 * next block is a date.
 */
export function labelledPublicationDate(blocks: readonly TextBlock[]): ShownDate | null {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.words > MAX_DATELINE_WORDS || !PUBLISHED_LABEL.test(block.text)) continue;
    const dated = BARE_PUBLISHED_LABEL.test(block.text.trim()) ? labelledBlock(blocks, i) : block;
    if (dated === undefined || dated.words > MAX_DATELINE_WORDS) continue;
    const shown = shownIn(dated.text);
    if (shown !== null && !shown.updated) return shown;
  }
  return null;
}

/** Dates in short blocks from `from` to `to` (exclusive), in reading order. */
function datesBetween(blocks: readonly TextBlock[], from: number, to: number): ShownDate[] {
  const found: ShownDate[] = [];
  for (let i = Math.max(0, from); i < Math.min(blocks.length, to); i++) {
    const block = blocks[i]!;
    // A table cell holding a date is a row of data (a price history, a schedule), not the article's dateline.
    if (block.words > MAX_DATELINE_WORDS || block.kind === "cell") continue;
    const shown = shownIn(block.text);
    if (shown !== null) found.push(shown);
  }
  return found;
}

/**
 * Dates shown in short blocks around the headline (block `headline` of `blocks`): bylines below it first, then
 * datelines and kickers a few blocks above it, each in reading order. Below comes first because above the
 * headline may sit the end of a list of other stories, each with its date.
 */
export function datesNearHeadline(blocks: readonly TextBlock[], headline: number): ShownDate[] {
  return [
    ...datesBetween(blocks, headline, headline + AFTER_HEADLINE + 1),
    ...datesBetween(blocks, headline - BEFORE_HEADLINE, headline),
  ];
}

/** Blocks on either side of a byline searched for its date: "Written by Jane Doe" over "March 3, 2025". */
const BESIDE_BYLINE = 2;

/** Dates shown beside the byline in block `byline`, in reading order: a byline and its date go together. */
export function datesBesideByline(blocks: readonly TextBlock[], byline: number): ShownDate[] {
  return datesBetween(blocks, byline - BESIDE_BYLINE, byline + BESIDE_BYLINE + 1);
}
