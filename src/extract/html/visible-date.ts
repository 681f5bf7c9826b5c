// Reads the date a page shows beside its headline or byline ("Published March 3, 2025", "Updated 2025-03-04").
import type { DateOrder } from "../date-order.js";
import { isRealDay, parsePublishedDate } from "../dates.js";
import { relativeDay } from "../relative-date.js";
import type { TextBlock } from "./text-blocks.js";

export interface ShownDate {
  /** ISO 8601 date (or date-time) as shown. */
  date: string;
  /** The page labels it as an update ("Updated", "Last modified", "Reviewed"), not the first publication. */
  updated: boolean;
  /** The other order's reading of a numeric date either order makes a real day of ("03/04/2021"), when it differs. */
  otherReading?: string;
  /** Counted back from the fetch time ("3 hours ago"): the day is right, the time of day unknown. */
  relative?: true;
}

/** What a page tells about reading its dates besides their text. */
export interface DateContext {
  /** Which comes first in its numeric dates, when its locale says (see date-order.ts). */
  order?: DateOrder | null;
  /** When it was fetched: relative dates ("2 days ago") are read only against it. */
  now?: Date;
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
/** "2025-03-03", "2025/3/3": a year first is always followed by its month. */
const ISO_DAY = /\b(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?!\d)/;
/** "2025.03.03": with dots, only two-digit parts, as "2024.1.4" and "2022.3.5" are versions of software. */
const ISO_DOTTED_DAY = /\b(\d{4})\.(\d{2})\.(\d{2})(?!\d)/;
/** "2025年3月3日", "2025년 3월 3일": Chinese, Japanese and Korean pages write the year, month and day in that order. */
const CJK_DAY = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/u;
/** "03/03/2025", "3.3.2025": which of day and month comes first depends on the separator (see numericReadings). */
const NUMERIC_DATE = /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/;
/** "04-ago-2021", "12-Mar-2024": a month name between dashes, in whichever language the date parser knows. */
const DASHED_MONTH_DATE = /\b\d{1,2}-\p{L}{3,9}\.?-\d{4}(?!\d)/u;
/**
 * "4. März 2025", "12 mars 2025", "4 de marzo de 2025": a day, a word and a year, which the date parser reads
 * when the word is a month's name in a language it knows. The word is written out: other languages' three-letter
 * abbreviations are English words ("set", "out", "ago"), and "Season 5 out 2025" names no day.
 */
const DAY_WORD_YEAR = /\b\d{1,2}\.?\s+(?:de\s+)?\p{L}{4,12},?\s+(?:de\s+)?\d{4}(?!\d)/u;
/**
 * A date the page labels as its publication ("Published on", "Posted:") counts wherever it sits. The labels of
 * the languages the date parser reads come too: their dates are read, so their labels must be.
 */
const PUBLISHED_LABEL =
  /(?<!\p{L})(?:published|posted|publication date|publish date|date published|veröffentlicht|publié|publicado|pubblicato|gepubliceerd|publicerad)(?!\p{L})/iu;
const UPDATE_LABEL =
  /(?<!\p{L})(?:updated|modified|reviewed|revised|edited|aktualisiert|mis à jour|modifié|actualizado|atualizado|aggiornato|bijgewerkt|uppdaterad)(?!\p{L})/iu;

/** "YYYY-MM-DD" for a day that exists in a page's years, or null ("2025-02-30"; "12.03.4567" is a number). */
export function isoDay(year: number, month: number, day: number): string | null {
  if (!isRealDay(year, month, day)) return null;
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
 * A numeric date ("03/04/2021") in its likelier order, and in the other one when both are real days and differ.
 * Dots part a day from its month (German, Russian, Scandinavian pages), so "12.03.2025" is 12 March; slashes
 * and dashes are read day first where the page's locale writes so (British, Indian, most European pages), else
 * month first, as on American pages; either way unless only the other order makes a day.
 */
function numericReadings(
  match: RegExpExecArray,
  order: DateOrder | null | undefined,
): { date: string | null; otherReading?: string } {
  const [first, second, year] = [Number(match[1]), Number(match[3]), Number(match[4])];
  const monthFirst = isoDay(year, first, second);
  const dayFirst = isoDay(year, second, first);
  const readDayFirst = match[2] === "." || order === "day-first";
  const [likelier, other] = readDayFirst ? [dayFirst, monthFirst] : [monthFirst, dayFirst];
  if (likelier === null) return { date: other };
  return other === null || other === likelier ? { date: likelier } : { date: likelier, otherReading: other };
}

/** The first explicit date in the text, with where it starts; written-out English dates are read directly. */
function firstDate(text: string, order?: DateOrder | null): FoundDate | null {
  const candidates: { date: string | null; index: number; end: number; otherReading?: string }[] = [];
  const span = (match: RegExpExecArray) => ({ index: match.index, end: match.index + match[0].length });
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) candidates.push({ date: monthDayYear(mdy), ...span(mdy) });
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) candidates.push({ date: dayMonthYear(dmy), ...span(dmy) });
  const iso = ISO_DAY.exec(text);
  if (iso) candidates.push({ date: isoDay(Number(iso[1]), Number(iso[3]), Number(iso[4])), ...span(iso) });
  for (const pattern of [ISO_DOTTED_DAY, CJK_DAY]) {
    const match = pattern.exec(text);
    if (match) candidates.push({ date: isoDay(Number(match[1]), Number(match[2]), Number(match[3])), ...span(match) });
  }
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) candidates.push({ ...numericReadings(numeric, order), ...span(numeric) });
  for (const pattern of [DASHED_MONTH_DATE, DAY_WORD_YEAR]) {
    const match = pattern.exec(text);
    if (match) candidates.push({ date: parsePublishedDate(match[0]), ...span(match) });
  }
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

/** A relative date in the text, read against the fetch time when there is one. */
function relativeIn(text: string, now: Date | undefined): FoundDate | null {
  return now === undefined ? null : relativeDay(text, now);
}

function shownIn(block: string, context: DateContext): ShownDate | null {
  const text = ungluedWords(block);
  const absolute = firstDate(text, context.order);
  // A date the page writes out is exact; "2 hours ago" only counts where none is written.
  const found = absolute ?? relativeIn(text, context.now);
  if (found === null || endsPeriod(text, found)) return null;
  const label = text.slice(Math.max(0, found.index - 40), found.index);
  const shown: ShownDate = { date: found.date, updated: UPDATE_LABEL.test(label) };
  if (absolute === null) return { ...shown, relative: true };
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
 * Whether the publication label comes before the date, as in "Published March 3, 2025": after it, the label ends a
 * sentence about something else ("Das Buch wurde am 3. März 1999 veröffentlicht").
 */
function labelLeadsDate(text: string): boolean {
  const unglued = ungluedWords(text);
  const label = PUBLISHED_LABEL.exec(unglued);
  const date = firstDate(unglued);
  return label !== null && (date === null || label.index < date.index);
}

/**
 * The first short block anywhere on the page that labels a date as the publication date, or a bare label whose
 * next block is a date.
 */
export function labelledPublicationDate(blocks: readonly TextBlock[], context: DateContext = {}): ShownDate | null {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.words > MAX_DATELINE_WORDS || !PUBLISHED_LABEL.test(block.text)) continue;
    const bare = BARE_PUBLISHED_LABEL.test(block.text.trim());
    const dated = bare ? labelledBlock(blocks, i) : block;
    if (dated === undefined || dated.words > MAX_DATELINE_WORDS || (!bare && !labelLeadsDate(dated.text))) continue;
    const shown = shownIn(dated.text, context);
    if (shown !== null && !shown.updated) return shown;
  }
  return null;
}

/** Dates in short blocks from `from` to `to` (exclusive), in reading order. */
function datesBetween(blocks: readonly TextBlock[], from: number, to: number, context: DateContext): ShownDate[] {
  const found: ShownDate[] = [];
  for (let i = Math.max(0, from); i < Math.min(blocks.length, to); i++) {
    const block = blocks[i]!;
    // A table cell holding a date is a row of data (a price history, a schedule), not the article's dateline.
    if (block.words > MAX_DATELINE_WORDS || block.kind === "cell") continue;
    const shown = shownIn(block.text, context);
    if (shown !== null) found.push(shown);
  }
  return found;
}

/**
 * Dates shown in short blocks around the headline (block `headline` of `blocks`): bylines below it first, then
 * datelines and kickers a few blocks above it, each in reading order. Below comes first because above the
 * headline may sit the end of a list of other stories, each with its date.
 */
export function datesNearHeadline(
  blocks: readonly TextBlock[],
  headline: number,
  context: DateContext = {},
): ShownDate[] {
  // A headline may say "Yesterday" ("Yesterday once more: …"); only the datelines around it are read for one.
  const headlineContext = { ...context, now: undefined };
  return [
    ...datesBetween(blocks, headline, headline + 1, headlineContext),
    ...datesBetween(blocks, headline + 1, headline + AFTER_HEADLINE + 1, context),
    ...datesBetween(blocks, headline - BEFORE_HEADLINE, headline, context),
  ];
}

/** Blocks on either side of a byline searched for its date: "Written by Jane Doe" over "March 3, 2025". */
const BESIDE_BYLINE = 2;

/** Dates shown beside the byline in block `byline`, in reading order: a byline and its date go together. */
export function datesBesideByline(
  blocks: readonly TextBlock[],
  byline: number,
  context: DateContext = {},
): ShownDate[] {
  return datesBetween(blocks, byline - BESIDE_BYLINE, byline + BESIDE_BYLINE + 1, context);
}
