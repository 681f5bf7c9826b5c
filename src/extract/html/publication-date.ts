// Settles an HTML page's publication date from the date it declares and the dates it shows by its headline and
// its byline. Pure.
import { headlineBlockIndex } from "./headline.js";
import type { TextBlock } from "./text-blocks.js";
import { findLabelledByline } from "./visible-byline.js";
import type { ShownDate } from "./visible-date.js";
import { datesBesideByline, datesNearHeadline, labelledPublicationDate } from "./visible-date.js";

/**
 * The publication date: the declared one when the page also shows it by the headline; else the first one shown
 * there (what readers see; metadata is often a template's stale date), else the declared one, else, for a page
 * that only says when it was last updated, that date.
 */
function choosePublished(declared: string | null, shown: readonly ShownDate[]): string | null {
  const published = shown.filter((date) => !date.updated);
  if (declared !== null && published.some((date) => date.date.slice(0, 10) === declared.slice(0, 10))) return declared;
  return published[0]?.date ?? declared ?? shown[0]?.date ?? null;
}

/**
 * Dates shown by the headline (block `bodyStart` stands in when no heading shows `title`); failing those, a date
 * the page labels as its publication date elsewhere.
 */
function shownDates(blocks: readonly TextBlock[], title: string | null, bodyStart: number): ShownDate[] {
  const found = headlineBlockIndex(blocks, title);
  const index = found === -1 ? bodyStart : found;
  const near = index === -1 ? [] : datesNearHeadline(blocks, index);
  if (near.some((date) => !date.updated)) return near;
  const labelled = labelledPublicationDate(blocks);
  return labelled === null ? near : [labelled, ...near];
}

/** The first date beside a byline labelled anywhere ("Written by Jane Doe" over "March 3, 2025"), or null. */
function dateBesideLabelledByline(blocks: readonly TextBlock[], month: number | null): string | null {
  const byline = findLabelledByline(blocks);
  return byline === null ? null : (readInUrlOrder(datesBesideByline(blocks, byline.index), month)[0]?.date ?? null);
}

/** "/2019/05/12/" in an article's address: blogs and news sites file posts under the day they went out. */
const URL_DAY = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/-]|$)/;

/** The path of an absolute address, or null when it is none. */
function pathOf(url: string | null | undefined): string | null {
  try {
    return new URL(url ?? "").pathname;
  } catch {
    return null;
  }
}

/** The day an address files the page under, or null. */
export function urlDate(url: string | null | undefined): string | null {
  const path = pathOf(url);
  const match = path === null ? null : URL_DAY.exec(path);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
/** "/2023/10/", "/2023/october/", "/2023/oct/": the month a year's folder files the page under. */
const URL_YEAR_MONTH = /\/(?:19|20)\d{2}\/([a-z]+|0?[1-9]|1[0-2])(?=\/|$)/i;

/** The month (1–12) an address files the page under, by number or by name, or null. */
export function urlMonth(url: string | null | undefined): number | null {
  const path = pathOf(url);
  const segment = path === null ? undefined : URL_YEAR_MONTH.exec(path)?.[1]?.toLowerCase();
  if (segment === undefined) return null;
  if (/^\d+$/.test(segment)) return Number(segment);
  // A whole month name or its first three letters; other words in a year's folder ("/2023/guides/") are no month.
  const month = MONTH_NAMES.findIndex((name) => name === segment || (segment.length === 3 && name.startsWith(segment)));
  return month === -1 ? null : month + 1;
}

/**
 * A shown numeric date read in the order its address confirms: "03/10/2023" under "/2023/october/" is 3 October,
 * though a month-first parser reads 10 March. Dates the address does not settle stay as parsed.
 */
function readInUrlOrder(shown: readonly ShownDate[], month: number | null): ShownDate[] {
  if (month === null) return [...shown];
  return shown.map((date) => {
    const other = date.otherReading;
    const monthOf = (iso: string) => Number(iso.slice(5, 7));
    return other !== undefined && monthOf(other) === month && monthOf(date.date) !== month
      ? { date: other, updated: date.updated }
      : date;
  });
}

/** What a page says about when it was published. */
export interface DateSources {
  /** The date its metadata declares, or null. */
  declared: string | null;
  /** Its text blocks and the headline among them (block `bodyStart` stands in when no heading shows it). */
  blocks: readonly TextBlock[];
  title: string | null;
  bodyStart: number;
  /** Its addresses (canonical, as fetched), best first. */
  urls: readonly (string | null | undefined)[];
}

/**
 * The page's publication date: declared and shown dates by the headline first; a page that shows and declares
 * none may date its author box at the article's end, or file itself under a day in its address.
 */
export function publicationDate(sources: DateSources): string | null {
  const { declared, blocks, title, bodyStart, urls } = sources;
  const month = urls.map(urlMonth).find((found) => found !== null) ?? null;
  return (
    choosePublished(declared, readInUrlOrder(shownDates(blocks, title, bodyStart), month)) ??
    dateBesideLabelledByline(blocks, month) ??
    urls.map(urlDate).find((date) => date !== null) ??
    null
  );
}
