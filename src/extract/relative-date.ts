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
/** "3 hours ago", "an hour ago", "5 mins ago", "3h ago", "2d ago": "3m" is left out, as months use it too. */
const AGO = /(?<![\p{L}\d])(\d{1,3}|an?|one)\s*(minutes?|mins?|hours?|hrs?|h|days?|d)\s+ago(?!\p{L})/iu;
/** "Yesterday", but not "Yesterday's" (a heading over a list of stories). */
const YESTERDAY = /(?<!\p{L})yesterday(?!['’\p{L}])/iu;

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

/** The first relative date in `text`, as the day it names counted back from `now`, or null (none, or over a week). */
export function relativeDay(text: string, now: Date): RelativeDay | null {
  const fetched = now.getTime();
  if (!Number.isFinite(fetched)) return null;
  const found: RelativeDay[] = [];
  const ago = AGO.exec(text);
  if (ago !== null) {
    const age = countOf(ago[1]!) * UNIT_MS[unitOf(ago[2]!)]!;
    if (age <= MAX_AGO_MS)
      found.push({ date: utcDay(fetched - age), index: ago.index, end: ago.index + ago[0].length });
  }
  const yesterday = YESTERDAY.exec(text);
  if (yesterday !== null) {
    found.push({ date: utcDay(fetched - DAY_MS), index: yesterday.index, end: yesterday.index + yesterday[0].length });
  }
  return found.sort((a, b) => a.index - b.index)[0] ?? null;
}
