// Dates a text mentions, as ISO dates (or months), resolved against the publish date when there is one.
import * as chrono from "chrono-node";

const DAY_MS = 86_400_000;
/** Without a publish date relative phrases ("on Monday") cannot be resolved; a fixed reference keeps this pure. */
const FIXED_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));
const FORWARD_WORDS = /\b(next|coming|upcoming|this)\b/i;

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

function isoDay(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function referenceOf(published: string | null): Date | null {
  if (!published) return null;
  const time = Date.parse(published);
  return Number.isNaN(time) ? null : new Date(time);
}

/** A year written in the phrase itself ("Dec. 14, 2008", "10/03/14") makes it absolute. */
function statesItsYear(text: string, year: number): boolean {
  return text.includes(String(year)) || new RegExp(`\\b${pad(year % 100)}\\b`).test(text.slice(-3));
}

function resolve(result: chrono.ParsedResult, reference: Date | null): string | null {
  const start = result.start;
  const year = start.get("year");
  const month = start.get("month");
  const day = start.get("day");
  if (year === null || month === null) return null;
  if (!reference) {
    if (!start.isCertain("year") || !statesItsYear(result.text, year)) return null;
    return start.isCertain("day") ? `${year}-${pad(month)}-${pad(day ?? 1)}` : `${year}-${pad(month)}`;
  }
  const weekdayOnly = start.isCertain("weekday") && !start.isCertain("day");
  if (!start.isCertain("day") && !weekdayOnly) {
    return start.isCertain("month") ? `${year}-${pad(month)}` : null;
  }
  let date = new Date(Date.UTC(year, month - 1, day ?? 1));
  // News mostly reports what happened: a bare weekday is the last one before publication.
  if (weekdayOnly && date.getTime() > reference.getTime() && !FORWARD_WORDS.test(result.text)) {
    date = new Date(date.getTime() - 7 * DAY_MS);
  }
  return isoDay(date);
}

export function mentionedDates(text: string, published: string | null): string[] {
  const reference = referenceOf(published);
  const results = chrono.parse(text, { instant: reference ?? FIXED_REFERENCE, timezone: 0 });
  const dates: string[] = [];
  for (const result of results) {
    const date = resolve(result, reference);
    if (date && !dates.includes(date)) dates.push(date);
  }
  return dates;
}
