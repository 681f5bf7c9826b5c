// Reads the publication and change dates a page declares: JSON-LD, <meta> under known and site-specific names,
// microdata, and <time> elements outside lists, navigation and comments.
import type { DateOrder } from "../date-order.js";
import { furnitureCue } from "./element-hints.js";
import { descendants, type HtmlElement } from "./html-tree.js";
import type { JsonLdArticle } from "./json-ld.js";
import { firstMeta, firstValid, type PageDeclarations } from "./meta-tags.js";
import { epochDate, structuredDate } from "./structured-date.js";

const DATE_KEYS = [
  "article:published_time",
  "og:article:published_time",
  "article.published",
  "published_time",
  "parsely-pub-date",
  "sailthru.date",
  "pubdate",
  "publishdate",
  "publish-date",
  "publish_date",
  "date.published",
  "published-date",
  "published_date",
  "article:published",
  "datepublished",
  "dc.date.issued",
  "dc.date",
  "dcterms.date",
  "dcterms.created",
  "dcterms.issued",
  "citation_publication_date",
  "citation_date",
  "originalpublicationdate",
  "date",
];

/** Where pages declare when the article last changed. */
const MODIFIED_KEYS = [
  "article:modified_time",
  "og:updated_time",
  "datemodified",
  "dcterms.modified",
  "dc.date.modified",
];

/** A <time> element a template marks as the change date by its own name: class="updated", itemprop="dateModified". */
const CHANGED_TIME = /(?:^|[\s_-])(?:updated|modified|changed|reviewed|revised)(?:$|[\s_-])|\bdatemodified\b/i;

/** WordPress marks a post never edited "published updated": that time is the publication. */
const PUBLISHED_TIME = /(?:^|[\s_-])(?:published|datepublished)(?:$|[\s_-])/i;

/**
 * A wrapper named as a change-date field ("post-date__modified-date", "date-last-reviewed", "updated-on"). A bare
 * "updated" on a wrapper is often a state ("article-dates--updated", "is-updated", hAtom's "posted-on updated")
 * around the publication time, so only a compound naming a date counts.
 */
const CHANGE_DATE_FIELD =
  /(?:date|time)[-_]?(?:last[-_]?)?(?:updated|modified|changed|reviewed|revised)|(?:updated|modified|changed|reviewed|revised)[-_]?(?:date|time|on|at)\b|last[-_]?(?:updated|modified|changed|reviewed|revised)/i;

/** Wrappers read for a <time>'s role: the field and the block a template puts around it. */
const TIME_WRAPPERS = 2;

/** Site-specific names for the same fact ("w-published-date", "og:publish_date"), tried after the known ones. */
const PUBLISHED_KEY_PATTERN = /(?:^|[-_.:])(?:date[-_.]?)?publish(?:ed)?[-_.]?(?:date|time|at|on)?$/;

/** A declared date as an ISO string, read in the page's day/month order when it is numeric. */
export function dateFrom(raw: string | null | undefined, order: DateOrder | null): string | null {
  if (raw === null || raw === undefined) return null;
  return structuredDate(raw, order) ?? epochDate(raw);
}

/** The first date under a <meta> name that says "published" in a site's own way. */
function patternedMetaDate(declarations: PageDeclarations, order: DateOrder | null): string | null {
  for (const [key, values] of declarations.meta) {
    if (!PUBLISHED_KEY_PATTERN.test(key)) continue;
    const date = dateFrom(values[0], order);
    if (date !== null) return date;
  }
  return null;
}

function namesOf(element: HtmlElement): string {
  return `${element.attrs.class ?? ""} ${element.attrs.id ?? ""} ${element.attrs.itemprop ?? ""}`;
}

/** Whether the element holds more than one <time>: then its name cannot tell which of them it is about. */
function holdsSeveralTimes(element: HtmlElement): boolean {
  let found = element.tag === "time" ? 1 : 0;
  for (const node of descendants(element)) if (node.tag === "time" && ++found > 1) return true;
  return false;
}

/** A <time> whose own name, or the name of a field holding it alone, says it dates a change, not the publication. */
function marksChange(element: HtmlElement): boolean {
  const own = namesOf(element);
  if (PUBLISHED_TIME.test(own)) return false;
  if (CHANGED_TIME.test(own)) return true;
  let wrapper = element.parent;
  for (let level = 1; wrapper !== null && level <= TIME_WRAPPERS; level++, wrapper = wrapper.parent) {
    if (holdsSeveralTimes(wrapper)) return false;
    const names = namesOf(wrapper);
    if (PUBLISHED_TIME.test(names)) return false;
    if (CHANGE_DATE_FIELD.test(names)) return true;
  }
  return false;
}

/**
 * `<time datetime>` that dates the article: not in navigation, lists of other stories, or comments, and not
 * marked as the change date.
 */
function articleTime(declarations: PageDeclarations, order: DateOrder | null): string | null {
  for (const { datetime, element } of declarations.times) {
    if (insideFurniture(element) || marksChange(element)) continue;
    const date = dateFrom(datetime, order);
    if (date !== null) return date;
  }
  return null;
}

function insideFurniture(element: HtmlElement): boolean {
  for (let node: HtmlElement | null = element.parent; node !== null; node = node.parent) {
    const cue = furnitureCue(node);
    // Article headers and meta lines hold the date; navigation, comments and teasers do not.
    if (cue !== null && !/header|meta|byline|dateline|author/.test(cue)) return true;
    if (node.tag === "li") return true;
  }
  return false;
}

/** The dates a page declares for its article, for the stage that settles the publication date. */
export interface DeclaredDates {
  published: string | null;
  /** When the page says it last changed. */
  modified: string | null;
  /** Whether the declared publication date is OpenGraph's article:published_time. */
  publishedInOpenGraph: boolean;
  /** The date a generic WebPage node declares, which SEO plugins give guides and landing pages alike. */
  pagePublished: string | null;
}

/** The publication and change dates the page declares, most precise source first. */
export function declaredDates(
  declarations: PageDeclarations,
  jsonLd: JsonLdArticle | null,
  dateOrder: DateOrder | null,
): DeclaredDates {
  const readDate = (raw: string | null | undefined) => dateFrom(raw, dateOrder);
  const published = firstValid([
    readDate(jsonLd?.datePublished),
    ...DATE_KEYS.map((key) => readDate(firstMeta(declarations, [key]))),
    patternedMetaDate(declarations, dateOrder),
    ...declarations.rootDates.map(readDate),
    readDate(declarations.microdata.get("datepublished")?.[0]),
    articleTime(declarations, dateOrder),
    readDate(declarations.microdata.get("datecreated")?.[0]),
  ]);
  // OpenGraph's publication time, which templates keep through later updates.
  const openGraphPublished = readDate(firstMeta(declarations, ["article:published_time", "og:article:published_time"]));
  const publishedInOpenGraph =
    published !== null && openGraphPublished !== null && openGraphPublished.slice(0, 10) === published.slice(0, 10);
  const modified = firstValid([
    readDate(jsonLd?.dateModified),
    ...MODIFIED_KEYS.map((key) => readDate(firstMeta(declarations, [key]))),
    readDate(declarations.microdata.get("datemodified")?.[0]),
  ]);
  return { published, modified, publishedInOpenGraph, pagePublished: readDate(jsonLd?.pageDatePublished) };
}
