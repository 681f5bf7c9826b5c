// Reads the relative dates pages print for fresh stories ("3 hours ago", "2 days ago", "Yesterday") as the day
// they name, counted back from when the page was fetched. Pure: the fetch time is an input, never the clock.

export interface RelativeDay {
  /** The UTC day (YYYY-MM-DD) the text names: a relative date is too rough to state a time of day. */
  date: string;
  index: number;
  end: number;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
/** Past a week pages print the date itself; "30 days ago" is a teaser's or a comment's age, not a dateline. */
const MAX_AGO_MS = 7 * DAY_MS;

const UNIT_MS: Record<string, number> = { minute: MINUTE_MS, hour: HOUR_MS, day: DAY_MS };
/**
 * A dateline part that is only a relative date, after a label at most: "3 hours ago", "Updated an hour ago",
 * "5h ago", "Yesterday at 5:30 PM". "3m" is left out, as months use it too. A sentence ("Yesterday, the council
 * voted…", "Jane commented 2 days ago") or a headline ("Yesterday once more") is not a dateline.
 */
const RELATIVE_PART =
  /^(?:(?:posted|published|updated|modified|last updated)\s*:?\s*)?((\d{1,3}|an?|one)\s*(minutes?|mins?|hours?|hrs?|h|days?|d)\s+ago|(yesterday)(?:\s+at\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?)$/iu;
/** What parts a dateline: "By Lois Lane · 3 hours ago", "News | 2 days ago", "By Lois Lane, 2 days ago". */
const PART_SEPARATOR = /\s*[|·•⋅◦▪,]\s*|\s+[-–—]\s+/gu;

function unitOf(word: string): string {
  const lower = word.toLowerCase();
  if (lower.startsWith("m")) return "minute";
  return lower.startsWith("h") ? "hour" : "day";
}

function countOf(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : 1;
}

function utcDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

interface DatelinePart {
  part: string;
  index: number;
  /** A comma follows it: "Yesterday, the council voted" opens a sentence. */
  beforeComma: boolean;
}

/** The parts of a dateline with where each starts in it. */
function partsOf(text: string): DatelinePart[] {
  const parts: DatelinePart[] = [];
  let start = 0;
  for (const separator of text.matchAll(PART_SEPARATOR)) {
    const beforeComma = separator[0].trim() === ",";
    parts.push({ part: text.slice(start, separator.index), index: start, beforeComma });
    start = separator.index + separator[0].length;
  }
  parts.push({ part: text.slice(start), index: start, beforeComma: false });
  return parts;
}

/**
 * The first part of a dateline that is a relative date, as the day it names counted back from `now`, or null (none,
 * or over a week). "Yesterday" is the day 24 hours back in UTC: without the reader's zone the calendar day is not
 * known, and a relative date is only ever the last resort for a page's date.
 */
export function relativeDay(text: string, now: Date): RelativeDay | null {
  const fetched = now.getTime();
  if (!Number.isFinite(fetched)) return null;
  for (const { part, index, beforeComma } of partsOf(text)) {
    const trimmed = part.trim();
    const match = RELATIVE_PART.exec(trimmed);
    if (match === null || (match[4] !== undefined && beforeComma)) continue;
    const age = match[4] !== undefined ? DAY_MS : countOf(match[2]!) * UNIT_MS[unitOf(match[3]!)]!;
    if (age > MAX_AGO_MS) return null;
    // The label stays outside the span, so a reader of the text before the date still sees "Updated".
    const end = index + part.indexOf(trimmed) + trimmed.length;
    return { date: utcDay(fetched - age), index: end - match[1]!.length, end };
  }
  return null;
}
