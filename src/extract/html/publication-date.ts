// Settles an HTML page's publication date from the date it declares and the dates it shows by its headline and
// its byline. Pure.
import { headlineBlockIndex } from "./headline.js";
import type { TextBlock } from "./text-blocks.js";
import { findLabelledByline } from "./visible-byline.js";
import type { DateContext, ShownDate } from "./visible-date.js";
import {
  datesBesideByline,
  datesNearHeadline,
  isoDay,
  labelledPublicationDate,
  writtenOutDays,
} from "./visible-date.js";

function sameDay(a: string, b: string): boolean {
  return a.slice(0, 10) === b.slice(0, 10);
}

const HOUR_MS = 3_600_000;

/**
 * Zones run from 12 h behind UTC to 14 h ahead: a local day starts up to 14 h before the UTC day and ends up to
 * 12 h after it.
 */
const LOCAL_DAY_STARTS_MS = -14 * HOUR_MS;
const LOCAL_DAY_ENDS_MS = (24 + 12) * HOUR_MS;
const ZONED_TIME = /T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/;

/** Whether `day` is, in some time zone, the local day of the declared instant ("July 4" for 2025-07-05T00:04Z). */
function isLocalDayOf(day: string, instant: string): boolean {
  if (!ZONED_TIME.test(instant)) return false;
  const time = Date.parse(instant);
  const midnight = Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
  return time >= midnight + LOCAL_DAY_STARTS_MS && time < midnight + LOCAL_DAY_ENDS_MS;
}

/** The dates a page's metadata and address give. */
interface DeclaredDates {
  published: string | null;
  modified: string | null;
  /** Whether `published` is OpenGraph's article:published_time. */
  inOpenGraph: boolean;
  /** The day the address files the page under ("/2025/12/18/"), or null. */
  filed: string | null;
}

/**
 * Shown dates with those that are the declared change date marked as updates: templates print the last change by
 * the headline without saying so, while the metadata keeps the two dates apart.
 */
function markChanges(shown: readonly ShownDate[], declared: DeclaredDates): ShownDate[] {
  const { published, modified } = declared;
  if (published === null || modified === null || sameDay(modified, published)) return [...shown];
  return shown.map((date) => (!date.updated && sameDay(date.date, modified) ? { ...date, updated: true } : date));
}

/**
 * The publication date: the declared one when the page also shows it by the headline, or shows the day it falls on
 * in the publisher's zone (unless the address files the page under that day, the publisher's own calendar); else
 * the first one shown there (what readers see; metadata is often a template's stale date). A page that shows only
 * when it was last updated is dated by that, unless it declares its publication in OpenGraph's article tags:
 * templates fill those with the first publication and keep it through updates, while JSON-LD often carries a
 * draft's creation date. A relative date ("3 hours ago") dates only a page that declares none and whose address
 * files it under no day: it is rough, and teasers and comments by the headline carry them too.
 */
function choosePublished(declared: DeclaredDates, found: readonly ShownDate[]): string | null {
  const datedElsewhere = declared.published !== null || declared.filed !== null;
  const usable = datedElsewhere ? found.filter((date) => date.relative !== true) : found;
  const shown = markChanges(usable, declared);
  const published = shown.filter((date) => !date.updated);
  const declaredDate = declared.published;
  if (declaredDate !== null && published.some((date) => sameDay(date.date, declaredDate))) return declaredDate;
  const first = published[0];
  if (first === undefined) return declared.inOpenGraph ? declaredDate : (shown[0]?.date ?? declaredDate);
  const filedThatDay = declared.filed !== null && sameDay(first.date, declared.filed);
  return declaredDate !== null && !filedThatDay && isLocalDayOf(first.date, declaredDate) ? declaredDate : first.date;
}

/**
 * Dates shown by the headline (block `bodyStart` stands in when no heading shows `title`); failing those, a date
 * the page labels as its publication date elsewhere.
 */
function shownDates(
  blocks: readonly TextBlock[],
  title: string | null,
  bodyStart: number,
  context: DateContext,
): ShownDate[] {
  const found = headlineBlockIndex(blocks, title);
  const index = found === -1 ? bodyStart : found;
  const near = index === -1 ? [] : datesNearHeadline(blocks, index, context);
  // A relative date ("2 hours ago") is the roughest kind: a labelled one elsewhere still counts beside it.
  if (near.some((date) => !date.updated && date.relative !== true)) return near;
  const labelled = labelledPublicationDate(blocks, context);
  return labelled === null ? near : [labelled, ...near];
}

/** The first date beside a byline labelled anywhere ("Written by Jane Doe" over "March 3, 2025"), or null. */
function dateBesideLabelledByline(
  blocks: readonly TextBlock[],
  month: number | null,
  context: DateContext,
): string | null {
  const byline = findLabelledByline(blocks);
  if (byline === null) return null;
  return readInUrlOrder(datesBesideByline(blocks, byline.index, context), month)[0]?.date ?? null;
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

/**
 * Whether an address is a site's home page ("https://example.com/"); "/?p=123" is a post by its query, and
 * "/#/story/12" one by its client-side route.
 */
function isHomePage(url: string | null | undefined): boolean {
  try {
    const parsed = new URL(url ?? "");
    return (parsed.pathname === "/" || parsed.pathname === "") && parsed.search === "" && parsed.hash === "";
  } catch {
    return false;
  }
}

/** The day an address files the page under, or null. */
export function urlDate(url: string | null | undefined): string | null {
  const path = pathOf(url);
  const match = path === null ? null : URL_DAY.exec(path);
  return match === null ? null : isoDay(Number(match[1]), Number(match[2]), Number(match[3]));
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
const URL_YEAR_MONTH = /\/((?:19|20)\d{2})\/([a-z]+|0?[1-9]|1[0-2])(?=\/|$)/i;

/** The year and month (1–12) an address files the page under, the month by number or by name, or null. */
function urlYearMonth(url: string | null | undefined): { year: number; month: number } | null {
  const path = pathOf(url);
  const match = path === null ? null : URL_YEAR_MONTH.exec(path);
  const segment = match?.[2]?.toLowerCase();
  if (match === null || segment === undefined) return null;
  const year = Number(match[1]);
  if (/^\d+$/.test(segment)) return { year, month: Number(segment) };
  // A whole month name or its first three letters; other words in a year's folder ("/2023/guides/") are no month.
  const month = MONTH_NAMES.findIndex((name) => name === segment || (segment.length === 3 && name.startsWith(segment)));
  return month === -1 ? null : { year, month: month + 1 };
}

/** The month (1–12) an address files the page under, by number or by name, or null. */
export function urlMonth(url: string | null | undefined): number | null {
  return urlYearMonth(url)?.month ?? null;
}

/**
 * A generic page node's date when an address files the page under its year and month, else null: SEO plugins
 * date every page (guides, landing pages, products), but a site that files pages by month dates posts.
 */
function filedPageDate(pageDate: string | null, urls: readonly (string | null | undefined)[]): string | null {
  if (pageDate === null) return null;
  const [year, month] = [Number(pageDate.slice(0, 4)), Number(pageDate.slice(5, 7))];
  const filed = urls.some((url) => {
    const found = urlYearMonth(url);
    return found !== null && found.year === year && found.month === month;
  });
  return filed ? pageDate : null;
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

/**
 * Shown numeric dates read in the order that settles them: the address's month (see `readInUrlOrder`), else the
 * page itself when it declares the other reading or writes it out with a month's name ("02-12-2025" in the
 * byline, "December 2, 2025" in its list of posts) and not the parsed one.
 */
function readInPageOrder(
  shown: readonly ShownDate[],
  blocks: readonly TextBlock[],
  month: number | null,
  declared: string | null,
): ShownDate[] {
  const inUrlOrder = readInUrlOrder(shown, month);
  if (month !== null || !inUrlOrder.some((date) => date.otherReading !== undefined)) return inUrlOrder;
  const written = writtenOutDays(blocks);
  if (declared !== null) written.add(declared.slice(0, 10));
  return inUrlOrder.map((date) => {
    const other = date.otherReading;
    return other !== undefined && written.has(other) && !written.has(date.date.slice(0, 10))
      ? { date: other, updated: date.updated }
      : date;
  });
}

/** What a page says about when it was published, and how to read its dates (`DateContext`: order, fetch time). */
export interface DateSources extends DateContext {
  /** The date its metadata declares, or null. */
  declared: string | null;
  /** The date its metadata says it last changed, or null. */
  modified?: string | null;
  /** Whether the declared date is OpenGraph's article:published_time. */
  declaredInOpenGraph?: boolean;
  /** The date a generic WebPage node declares, or null: it counts only when the address confirms it. */
  pageDeclared?: string | null;
  /** Its text blocks and the headline among them (block `bodyStart` stands in when no heading shows it). */
  blocks: readonly TextBlock[];
  title: string | null;
  bodyStart: number;
  /** Its addresses (canonical, as fetched), best first. */
  urls: readonly (string | null | undefined)[];
  /**
   * The address the page was fetched from, when known. Only this one can tell a home page: templates often declare
   * the site's root as the canonical address of every article.
   */
  fetchedUrl?: string | null;
}

/**
 * The page's publication date: declared and shown dates by the headline first (a generic page node's date counts
 * as declared when the address files the page under its month); a page that shows and declares none may date its
 * author box at the article's end, or file itself under a day in its address. A site's home page has none.
 */
export function publicationDate(sources: DateSources): string | null {
  const { blocks, title, bodyStart, urls } = sources;
  // A home page is the site's front, not a piece published on a day: the dates it carries are its teasers' or a
  // template's. A declared address that names an article is believed over the root it was fetched from.
  const declaredUrls = urls.filter((url) => url && url !== sources.fetchedUrl);
  if (isHomePage(sources.fetchedUrl) && declaredUrls.every(isHomePage)) return null;
  const declared = sources.declared ?? filedPageDate(sources.pageDeclared ?? null, urls);
  const dates = {
    published: declared,
    modified: sources.modified ?? null,
    inOpenGraph: sources.declared !== null && (sources.declaredInOpenGraph ?? false),
    filed: urls.map(urlDate).find((date) => date !== null) ?? null,
  };
  const month = urls.map(urlMonth).find((found) => found !== null) ?? null;
  const shown = readInPageOrder(shownDates(blocks, title, bodyStart, sources), blocks, month, declared);
  return choosePublished(dates, shown) ?? dateBesideLabelledByline(blocks, month, sources) ?? dates.filed;
}
