// Turns a date from page metadata (ISO 8601 and its common sloppy forms) into ISO 8601; anything else goes to
// the human-date parser. Never returns a date the page did not state.
import type { DateOrder } from "../date-order.js";
import { parsePublishedDate } from "../dates.js";

const ISO =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** "12.03.2025", "12.03.2025 14:30": dots part a day from its month, where a general parser reads the month first. */
const DOTTED_DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[\s,T]|$)/;
/** "03/04/2021", "03-04-2021 10:00": read day first on pages whose locale writes so (see `structuredDate`). */
const SLASHED_DAY = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?:[\s,T]|$)/;

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function pad(value: string): string {
  return value.padStart(2, "0");
}

function isRealDay(year: number, month: number, day: number): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function offsetOf(zone: string | undefined): string {
  if (zone === undefined) return "";
  const upper = zone.toUpperCase();
  if (upper === "Z" || upper === "UTC" || upper === "GMT") return "Z";
  const match = /^([+-]\d{2}):?(\d{2})?$/.exec(zone);
  return match ? `${match[1]}:${match[2] ?? "00"}` : "";
}

/** "YYYY-MM-DD" for a real day, or null. */
function dayOf(year: string, month: string, day: string): string | null {
  return isRealDay(Number(year), Number(month), Number(day)) ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/**
 * ISO 8601 for a metadata date string, or null when it holds no real calendar date. A numeric date with slashes
 * is read day first when `order` says the page writes so, else by the general parser, month first.
 */
export function structuredDate(raw: string, order: DateOrder | null = null): string | null {
  const value = raw.trim();
  if (value === "" || value.length > 100) return null;
  const match = ISO.exec(value);
  if (match) {
    const [, year, month, day, hour, minute, second, zone] = match;
    if (!isRealDay(Number(year), Number(month), Number(day))) return null;
    const date = `${year}-${month}-${day}`;
    if (hour === undefined || minute === undefined || Number(hour) > 23 || Number(minute) > 59) return date;
    return `${date}T${pad(hour)}:${minute}:${pad(second ?? "00")}${offsetOf(zone)}`;
  }
  const dotted = DOTTED_DAY.exec(value);
  if (dotted) return dayOf(dotted[3]!, dotted[2]!, dotted[1]!);
  const slashed = order === "day-first" ? SLASHED_DAY.exec(value) : null;
  // "03/25/2021" makes no day read day first: the general parser's month-first reading stands.
  const dayFirst = slashed === null ? null : dayOf(slashed[4]!, slashed[3]!, slashed[1]!);
  if (dayFirst !== null) return dayFirst;
  // Only a string that looks like a date at all goes to the general parser: it is slow and generous.
  if (!/\d/.test(value)) return null;
  const parsed = parsePublishedDate(value);
  if (parsed === null) return null;
  const year = Number(parsed.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR ? parsed : null;
}

/** Unix epoch seconds or milliseconds (some sites publish these) as an ISO date-time in UTC. */
export function epochDate(raw: string): string | null {
  if (!/^\d{10}(?:\d{3})?$/.test(raw.trim())) return null;
  const value = Number(raw.trim());
  const date = new Date(raw.trim().length === 10 ? value * 1000 : value);
  const year = date.getUTCFullYear();
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
