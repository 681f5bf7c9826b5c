// Tells from a page's declared locale, its host's country or its own dates which comes first in a numeric date
// ("03/04/2021"): the day or the month. Pure.
import { ENGLISH_MONTH } from "./dates.js";

export type DateOrder = "day-first" | "month-first";

/** Where English is written month first; Canada mixes both orders, so it tells nothing (see `orderOfLocale`). */
const MONTH_FIRST_REGIONS = new Set(["us", "ph", "pr", "gu", "vi", "as", "mp", "um", "fm", "mh", "pw"]);
const MIXED_REGIONS = new Set(["ca"]);
/**
 * Languages written year first (Chinese, Japanese, Korean, Hungarian, Lithuanian, Mongolian): a numeric date that
 * ends in its year is rare there, so their locale says nothing about it.
 */
const YEAR_FIRST_LANGUAGES = new Set(["zh", "ja", "ko", "hu", "lt", "mn"]);
/**
 * Country domains whose sites write the day first, read only when the page declares no locale. Country domains
 * sold as generic names (.co, .io, .me, .tv, .fm, .ai) are left out: their sites can be from anywhere.
 */
const DAY_FIRST_HOSTS = new Set([
  "uk",
  "ie",
  "au",
  "nz",
  "in",
  "za",
  "pk",
  "ng",
  "ke",
  "sg",
  "my",
  "de",
  "at",
  "ch",
  "fr",
  "be",
  "lu",
  "es",
  "it",
  "nl",
  "pt",
  "br",
  "ar",
  "cl",
  "pe",
  "mx",
  "dk",
  "no",
  "fi",
  "is",
  "pl",
  "cz",
  "sk",
  "si",
  "hr",
  "rs",
  "ro",
  "bg",
  "gr",
  "tr",
  "ru",
  "ua",
  "il",
  "eg",
]);
const MONTH_FIRST_HOSTS = new Set(["us", "ph"]);

/** "en-GB", "en_gb", "de", "zh-Hant-TW": the language and, when the tag names one, the region (both lower case). */
function localeParts(tag: string): { language: string; region: string | null } | null {
  const parts = tag.trim().toLowerCase().split(/[-_]/);
  const language = parts[0] ?? "";
  if (!/^[a-z]{2,3}$/.test(language)) return null;
  const region = parts.slice(1).find((part) => /^[a-z]{2}$/.test(part)) ?? null;
  return { language, region };
}

/** The order a locale tag implies, or null when it does not say (bare "en", "en-CA", a year-first language). */
export function orderOfLocale(tag: string | null | undefined): DateOrder | null {
  const parts = tag ? localeParts(tag) : null;
  if (parts === null || YEAR_FIRST_LANGUAGES.has(parts.language)) return null;
  const { language, region } = parts;
  if (region !== null && MIXED_REGIONS.has(region)) return null;
  if (language === "en") {
    if (region === null) return null;
    return MONTH_FIRST_REGIONS.has(region) ? "month-first" : "day-first";
  }
  // Spanish in the United States and the like follow either custom: only English's region is a sure sign.
  if (region !== null && MONTH_FIRST_REGIONS.has(region)) return null;
  return "day-first";
}

/** The order a page's host implies by its country domain ("news.example.co.uk"), or null. */
export function orderOfHost(url: string | null | undefined): DateOrder | null {
  let host: string;
  try {
    host = new URL(url ?? "").hostname.toLowerCase();
  } catch {
    return null;
  }
  const country = host.slice(host.lastIndexOf(".") + 1);
  if (DAY_FIRST_HOSTS.has(country)) return "day-first";
  return MONTH_FIRST_HOSTS.has(country) ? "month-first" : null;
}

/** What a page says about where it is from. */
export interface LocaleHints {
  /** Declared locales or languages: `<html lang>`, `og:locale`, `content-language`, JSON-LD's inLanguage. */
  locales: readonly (string | null | undefined)[];
  /** Its addresses, best first. */
  urls: readonly (string | null | undefined)[];
}

/**
 * The numeric date order of a page: what its declared locales agree on; when they disagree (a template's default
 * "en-US" beside an "en_GB" og:locale) nothing; when they say nothing, its host's country.
 */
export function dateOrderOf(hints: LocaleHints): DateOrder | null {
  const declared = new Set(hints.locales.map(orderOfLocale).filter((order) => order !== null));
  if (declared.size > 1) return null;
  const [agreed] = declared;
  if (agreed !== undefined) return agreed;
  return hints.urls.map(orderOfHost).find((order) => order !== null) ?? null;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_WORD = `(${ENGLISH_MONTH})\\.?`;
/** "31/01/2023", "12.25.2024": groups day-or-month, month-or-day, year. */
const NUMERIC_DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})\b/g;
/** "3 October 2023", "3rd Oct. 2023": groups day, month, year. */
const DAY_MONTH_WORDS = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_WORD},?\\s+((?:19|20)\\d{2})\\b`, "gi");
/** "October 3, 2023": groups month, day, year. */
const MONTH_DAY_WORDS = new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, "gi");

function dayKey(year: string | undefined, month: number, day: number): string {
  return `${year}-${month}-${day}`;
}

function monthNumber(word: string | undefined): number {
  return MONTHS.indexOf((word ?? "").slice(0, 3).toLowerCase()) + 1;
}

/**
 * The order a page's own dates show. A numeric date with a part over 12 ("31/01/2023") settles it; so does one that
 * is the same day as a date the page writes in words ("02-12-2025" beside "December 02, 2025"). How the page writes
 * dates in words says nothing: many a European site prints "October 3, 2023" beside "03/10/2023". Null when unsure.
 */
export function orderOfWrittenDates(text: string): DateOrder | null {
  const numeric = [...text.matchAll(NUMERIC_DATE)].map((match) => ({
    first: Number(match[1]),
    second: Number(match[2]),
    year: match[3],
  }));
  const votes = { dayFirst: 0, monthFirst: 0 };
  for (const { first, second } of numeric) {
    if (first > 12 && second <= 12) votes.dayFirst += 1;
    else if (second > 12 && first <= 12) votes.monthFirst += 1;
  }
  if (votes.dayFirst !== votes.monthFirst) return votes.dayFirst > votes.monthFirst ? "day-first" : "month-first";
  const dayMonth = [...text.matchAll(DAY_MONTH_WORDS)];
  const monthDay = [...text.matchAll(MONTH_DAY_WORDS)];
  const inWords = new Set([
    ...dayMonth.map((match) => dayKey(match[3], monthNumber(match[2]), Number(match[1]))),
    ...monthDay.map((match) => dayKey(match[3], monthNumber(match[1]), Number(match[2]))),
  ]);
  for (const { first, second, year } of numeric) {
    if (first === second) continue;
    if (inWords.has(dayKey(year, second, first))) votes.dayFirst += 1;
    if (inWords.has(dayKey(year, first, second))) votes.monthFirst += 1;
  }
  if (votes.dayFirst === votes.monthFirst) return null;
  return votes.dayFirst > votes.monthFirst ? "day-first" : "month-first";
}
