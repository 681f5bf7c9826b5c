// Turns a human-written or machine date into ISO 8601, or null when the text holds no real date. Pure.

import type { ParsedResult } from "chrono-node";
import * as chrono from "chrono-node";
import type { DateOrder } from "./date-order.js";

/** Parsers tried in order: English first (most pages), day-first English next, then other languages chrono knows. */
const PARSERS: chrono.Chrono[] = [
  chrono.en.casual,
  chrono.en.GB,
  chrono.de.casual,
  chrono.fr.casual,
  chrono.es.casual,
  chrono.it.casual,
  chrono.pt.casual,
  chrono.nl.casual,
  chrono.sv.casual,
];

/** The same, day-first English first: "03/10/2023" is 3 October on a page that writes its dates day first. */
const DAY_FIRST_PARSERS: chrono.Chrono[] = [chrono.en.GB, ...PARSERS.filter((parser) => parser !== chrono.en.GB)];

/**
 * Two far-apart clocks: a text whose date does not depend on the clock ("December 1, 2023") parses the same
 * against both; a relative one ("2 hours ago", "July 4") does not, and then needs a caller's reference.
 */
const PROBE_A = new Date("2001-03-10T12:00:00Z");
const PROBE_B = new Date("2013-09-21T12:00:00Z");

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
const DAY_MS = 86_400_000;

/** An English month name or its abbreviation, for patterns to build on (no dot, no flags: callers add them). */
export const ENGLISH_MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}";

const DAY_MONTH_YEAR_DASHED = /\b(\d{1,2})-(\p{L}{3,9})\.?-(\d{4})\b/u;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * A month name glued to the word before it, as scraped text runs inline elements together: "6 min readDec 1",
 * "Jane DoeNovember 5". Groups: the letter before, and the date from its month on.
 */
export const MONTH_GLUED_AFTER_WORD =
  /(\p{Ll})((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d)/gu;
const MONTH_GLUED_ANYWHERE = new RegExp(MONTH_GLUED_AFTER_WORD.source, "u");

/** Whether the text holds a date whose month is glued to the word before it, which `unglueDate` parts. */
export function holdsGluedMonth(text: string): boolean {
  return MONTH_GLUED_ANYWHERE.test(text);
}
/** A year glued to the time or count after it: "October 17, 20236:01 PM", "Mar 27, 20255 mins". */
const YEAR_GLUED_BEFORE_DIGIT =
  /(\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s*(?:19|20)\d{2})(?=\d)/giu;

/** A full stop after the day where a comma belongs: "December 19. 2025". */
const DOT_AFTER_DAY =
  /(\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2})\.\s+((?:19|20)\d{2})\b/giu;

/** Puts back the spaces that scraped text loses between a date and the words around it, and a day's comma. */
export function unglueDate(text: string): string {
  return text
    .replace(MONTH_GLUED_AFTER_WORD, "$1 $2")
    .replace(YEAR_GLUED_BEFORE_DIGIT, "$1 ")
    .replace(DOT_AFTER_DAY, "$1, $2");
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

/** Whether the day exists in a year a page's date may fall in (1900-2100): not "2025-02-30", not "4567-03-12". */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return "Z";
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Strict ISO strings keep exactly what they state, zone included. */
function parseIso(raw: string): string | null | undefined {
  const dateOnly = ISO_DATE.exec(raw);
  if (dateOnly) {
    const [year, month, day] = dateOnly.slice(1, 4).map(Number) as [number, number, number];
    return isRealDay(year, month, day) ? `${dateOnly[1]}-${dateOnly[2]}-${dateOnly[3]}` : null;
  }
  const dateTime = ISO_DATE_TIME.exec(raw);
  if (!dateTime) return undefined;
  const [year, month, day, hour, minute] = dateTime.slice(1, 6).map(Number) as [number, number, number, number, number];
  if (!isRealDay(year, month, day) || hour > 23 || minute > 59) return null;
  const second = dateTime[6] ?? "00";
  const zone = dateTime[7];
  const offset =
    zone === undefined ? "" : zone.toUpperCase() === "Z" ? "Z" : zone.replace(/^([+-]\d{2}):?(\d{2})$/, "$1:$2");
  return `${dateTime[1]}-${dateTime[2]}-${dateTime[3]}T${dateTime[4]}:${dateTime[5]}:${second}${offset}`;
}

function formatResult(result: ParsedResult): string | null {
  const start = result.start;
  // "July 2025" names a month, not a day: a day would be invented.
  if (!start.isCertain("day")) return null;
  const year = start.get("year");
  const month = start.get("month");
  const day = start.get("day");
  if (year === null || month === null || day === null || !isRealDay(year, month, day)) return null;
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (!start.isCertain("hour")) return date;
  const time = `${pad(start.get("hour") ?? 0)}:${pad(start.get("minute") ?? 0)}:${pad(start.get("second") ?? 0)}`;
  const offset = start.isCertain("timezoneOffset") ? formatOffset(start.get("timezoneOffset") ?? 0) : "";
  return `${date}T${time}${offset}`;
}

/** A match that names its day, month and year, so it means the same day whatever the clock says. */
function statesItsDay(result: ParsedResult): boolean {
  return result.start.isCertain("day") && result.start.isCertain("month") && result.start.isCertain("year");
}

/**
 * Outside English, only matches with a number count: short words ("on", "di") are weekday names elsewhere.
 * Without a reference, a time or weekday before the date ("16:47 EST / December 19 2025") is passed over.
 */
function firstDate(parser: chrono.Chrono, text: string, instant: Date, stated = false): ParsedResult | undefined {
  const needsDigit = parser !== chrono.en.casual;
  return parser
    .parse(text, { instant, timezone: 0 })
    .find(
      (result) =>
        result.text.length >= 3 && (!needsDigit || /\d/.test(result.text)) && (!stated || statesItsDay(result)),
    );
}

function dependsOnClock(parser: chrono.Chrono, text: string): boolean {
  const a = firstDate(parser, text, PROBE_A, true);
  const b = firstDate(parser, text, PROBE_B, true);
  return a === undefined || b === undefined || formatResult(a) !== formatResult(b);
}

function isAfter(iso: string, reference: Date): boolean {
  const time = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isFinite(time) && time > reference.getTime() + DAY_MS;
}

/**
 * The first real date in `raw`, as ISO 8601 (date, or date-time when a time is given), or null.
 * Relative dates ("2 hours ago", "yesterday", "July 4") resolve only against `reference`; without one they give
 * null, so the result never silently becomes "now". With a reference, dates after it (by more than a day) are
 * rejected: a page cannot be published in the future. With `order` "day-first", a numeric date is read day first.
 */
export function parsePublishedDate(raw: string, reference?: Date, order: DateOrder | null = null): string | null {
  // "04-ago-2021": the month-name parsers read a day, month and year only when spaces part them.
  const text = unglueDate(raw.replace(/\s+/g, " ").trim()).replace(DAY_MONTH_YEAR_DASHED, "$1 $2 $3");
  if (text === "" || text.length > 500) return null;
  const iso = parseIso(text);
  if (iso !== undefined) return iso !== null && reference && isAfter(iso, reference) ? null : iso;
  for (const parser of order === "day-first" ? DAY_FIRST_PARSERS : PARSERS) {
    if (reference) {
      const result = firstDate(parser, text, reference);
      if (!result) continue;
      const formatted = formatResult(result);
      return formatted !== null && isAfter(formatted, reference) ? null : formatted;
    }
    const result = firstDate(parser, text, PROBE_A, true);
    if (!result) continue;
    return dependsOnClock(parser, text) ? null : formatResult(result);
  }
  return null;
}
