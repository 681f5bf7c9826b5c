// Settles title, author, date, section, language, outlet and canonical URL from JSON-LD, <meta>, microdata and
// the visible page, most precise source first.
import { type DateOrder, dateOrderOf } from "../date-order.js";
import { joinAuthors, withoutOutletName } from "./author-names.js";
import { furnitureCue, namesByline } from "./element-hints.js";
import { chooseHeadline, headlineBlockIndex, titleKey } from "./headline.js";
import { descendants, type HtmlElement, type ParsedHtml } from "./html-tree.js";
import type { JsonLdArticle } from "./json-ld.js";
import type { PageDeclarations } from "./meta-tags.js";
import { firstMeta } from "./meta-tags.js";
import { epochDate, structuredDate } from "./structured-date.js";
import type { TextBlock } from "./text-blocks.js";
import { textBlocks } from "./text-blocks.js";
import type { ShownByline } from "./visible-byline.js";
import { bylineNearHeadline, labelledByline, unlabelledBylineNearHeadline } from "./visible-byline.js";

export interface PageMetadata {
  title: string | null;
  author: string | null;
  published: string | null;
  section: string | null;
  language: string | null;
  outlet: string | null;
  url: string | null;
}

const TITLE_KEYS = ["og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title", "title"];
const AUTHOR_KEYS = [
  "author",
  "article:author",
  "parsely-author",
  "sailthru.author",
  "dc.creator",
  "dcterms.creator",
  "byl",
  "citation_author",
  "article.author",
  "cxenseparse:author",
];
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
const SECTION_KEYS = ["article:section", "parsely-section", "section", "sailthru.section", "category"];
const SITE_KEYS = ["og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site"];

const CHROME_TAGS = new Set(["nav", "aside", "footer", "menu", "dialog"]);
const CHROME_ROLES = new Set(["navigation", "banner", "contentinfo", "complementary", "menu", "dialog"]);

const MAX_BYLINE_CHARS = 160;
/** Headings (<h1>s, then <h2>s) read for the headline: it comes early, and long pages have hundreds of headings. */
const MAX_HEADINGS = 5;
const MAX_SUBHEADINGS = 5;
const MAX_BYLINE_ELEMENTS = 8;

function firstValid<T>(values: readonly (T | null | undefined)[]): T | null {
  for (const value of values) if (value !== null && value !== undefined) return value;
  return null;
}

function dateFrom(raw: string | null | undefined, order: DateOrder | null): string | null {
  if (raw === null || raw === undefined) return null;
  return structuredDate(raw, order) ?? epochDate(raw);
}

/** An element named for the author's description or bio ("author-description"): it says who, not the name. */
const AUTHOR_BIO = /descr|biograph|\bbio(?:\b|[-_])|[-_]bio/i;

/** Links to an author's page: "/author/jane-doe", "/writers/jdoe/". */
const AUTHOR_PATH = /\/(?:authors?|writers?|contributors?|columnists?|reporters?)\/[^/?#]+\/?(?:[?#].*)?$/i;

/** A link to an author's page on the same site (a profile elsewhere, e.g. on a social network, is no byline). */
function isAuthorPage(href: string, pageUrl: string | undefined): boolean {
  if (!AUTHOR_PATH.test(href)) return false;
  if (!/^(?:[a-z]+:)?\/\//i.test(href)) return true;
  if (pageUrl === undefined) return false;
  try {
    return new URL(href, pageUrl).hostname.replace(/^www\./, "") === new URL(pageUrl).hostname.replace(/^www\./, "");
  } catch {
    return false;
  }
}

/**
 * Bylines shown on the page, best evidence first: links marked rel=author or itemprop=author, links to an author
 * page, then elements named for the byline or author. Each is read block by block ("Jane Doe | Mar 27 | 5 min
 * read"), so names do not run into dates. Bylines of comments and teasers are skipped.
 */
function visibleBylines(parsed: ParsedHtml, pageUrl: string | undefined): string[] {
  const ranked: { rank: number; text: string }[] = [];
  for (const element of parsed.elements) {
    if (ranked.length >= MAX_BYLINE_ELEMENTS) break;
    if (element.tag === "body" || element.tag === "html" || element.tag === "#root") continue;
    let rank = -1;
    if (element.attrs.rel === "author" || /\bauthor\b/i.test(element.attrs.itemprop ?? "")) rank = 0;
    else if (element.tag === "a" && isAuthorPage(element.attrs.href ?? "", pageUrl)) rank = 1;
    else if (namesByline(element) && !AUTHOR_BIO.test(`${element.attrs.class ?? ""} ${element.attrs.id ?? ""}`))
      rank = 2;
    if (rank === -1) continue;
    const text = textBlocks(element)
      .map((block) => block.text.replace(/\n/g, " | "))
      .join(" | ");
    if (text === "" || text.length > MAX_BYLINE_CHARS) continue;
    if (insideOtherContent(element)) continue;
    ranked.push({ rank, text });
  }
  return ranked.sort((a, b) => a.rank - b.rank).map((entry) => entry.text);
}

/** Initials for a name ("NB", "J.D."): a publishing tool's account label, which any shown byline improves on. */
const INITIALS = /^(?:\p{Lu}\.?){1,3}$/u;

function onlyInitials(authors: string): boolean {
  return authors.split(", ").every((name) => INITIALS.test(name));
}

/**
 * The declared author when the byline by the headline names the same people (declared names come cleaner) or
 * sits above the headline (where other stories' credits also sit), else the byline: metadata is often a
 * template's default (the site, an uploader's account) or a stale list.
 */
function chooseAuthor(declared: string | null, shown: ShownByline | null): string | null {
  if (shown === null || declared === null) return shown?.names ?? declared;
  if (onlyInitials(declared)) return shown.names;
  if (shown.aboveHeadline) return declared;
  const shownKey = titleKey(shown.names);
  const sameNames = declared.split(", ").every((name) => shownKey.includes(titleKey(name)));
  return sameNames ? declared : shown.names;
}

/** Whether a credit names only the site itself ("Daily Planet" on the Daily Planet's page): a template's default. */
function creditsSite(credit: string, outlet: string | null): boolean {
  return outlet !== null && titleKey(credit) === titleKey(outlet);
}

/**
 * The first credit, in order of trust, that names someone besides the site; the site's own name only when no
 * source names anyone else (a template fills the author field with the site while the byline names the writer).
 */
function firstCreditBeyondSite(credits: readonly (string | null)[], outlet: string | null): string | null {
  const found = credits.filter((credit): credit is string => credit !== null);
  return found.find((credit) => !creditsSite(credit, outlet)) ?? found[0] ?? null;
}

/** How many label/data pairs Twitter cards carry (publishing tools fill one or two: author, reading time). */
const TWITTER_LABEL_PAIRS = 4;

/** Authors in a Twitter card's label/data pairs: twitter:label1 "Written by", twitter:data1 "Jane Doe". */
function twitterLabelledAuthors(declarations: PageDeclarations): string[] {
  const authors: string[] = [];
  for (let pair = 1; pair <= TWITTER_LABEL_PAIRS; pair++) {
    const label = firstMeta(declarations, [`twitter:label${pair}`]);
    const data = firstMeta(declarations, [`twitter:data${pair}`]);
    if (label !== null && data !== null && /^(?:written by|authors?|by)$/i.test(label.trim())) authors.push(data);
  }
  return authors;
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

/** Inside comments or teasers of other stories, whose bylines name other people. */
function insideOtherContent(element: HtmlElement): boolean {
  for (let node: HtmlElement | null = element.parent; node !== null; node = node.parent) {
    const cue = furnitureCue(node);
    if (cue !== null && /comment|respond|replies|related|recommend|recirc|popular|trending/.test(cue)) return true;
  }
  return false;
}

/**
 * Inside navigation, sidebars, footers or (when `siteHeaderCounts`) the site header, a <header> outside any
 * article: a logo's <h1>.
 */
function inPageChrome(element: HtmlElement, siteHeaderCounts = true): boolean {
  let siteHeader = false;
  for (let node: HtmlElement | null = element.parent; node !== null; node = node.parent) {
    if (node.tag === "article" || node.tag === "main") return false;
    if (CHROME_TAGS.has(node.tag)) return true;
    const role = node.attrs.role;
    if (role !== undefined && CHROME_ROLES.has(role)) return true;
    if (node.tag === "header") siteHeader = true;
  }
  return siteHeader && siteHeaderCounts;
}

/** In a <header> outside any article but not in navigation: a logo's place, and on some templates the headline's. */
function inSiteHeader(element: HtmlElement): boolean {
  return inPageChrome(element) && !inPageChrome(element, false);
}

/** Each heading's text, its inner blocks on lines of their own (a kicker over the headline). */
function headingTexts(headings: readonly HtmlElement[]): string[] {
  return headings.map((heading) =>
    textBlocks(heading)
      .map((block) => block.text)
      .join("\n"),
  );
}

/**
 * Text of the first `limit` headings outside page chrome. An <h2> in a <header> is kept: it counts only when it
 * repeats the declared title, and templates that give the logo the <h1> put the headline there.
 */
function visibleHeadingTexts(headings: readonly HtmlElement[], limit: number): string[] {
  return headingTexts(headings.filter((heading) => !inPageChrome(heading, heading.tag === "h1")).slice(0, limit));
}

/** Whether a link runs through the element or holds it: a logo's <h1> links to the home page. */
function linked(element: HtmlElement): boolean {
  for (let node: HtmlElement | null = element; node !== null; node = node.parent) if (node.tag === "a") return true;
  for (const node of descendants(element)) if (node.tag === "a") return true;
  return false;
}

/** Class or id names that mark the site's own name: "site-title", "logo", "brand", "masthead". */
const SITE_NAME_HINT = /\b(?:site[-_]?(?:title|name|logo|branding)|logo|brand(?:ing)?|masthead)\b/i;

/** Whether the element or one of its first ancestors is named for the site's name or logo. */
function namedAsSiteName(element: HtmlElement): boolean {
  let node: HtmlElement | null = element;
  for (let depth = 0; node !== null && depth < 3; depth++, node = node.parent) {
    if (SITE_NAME_HINT.test(`${node.attrs.class ?? ""} ${node.attrs.id ?? ""}`)) return true;
  }
  return false;
}

/**
 * Text of the first `limit` <h1>s outside page chrome; failing any, of those in the site's header that link
 * nowhere and are not named as the site's name: a hero header set above the article holds the headline there,
 * while a logo's <h1> links home or says what it is.
 */
function shownHeadlineTexts(h1s: readonly HtmlElement[], limit: number): string[] {
  const outside = visibleHeadingTexts(h1s, limit);
  if (outside.some((text) => text.trim() !== "")) return outside;
  const hero = h1s.filter((h1) => inSiteHeader(h1) && !linked(h1) && !namedAsSiteName(h1));
  return headingTexts(hero.slice(0, limit));
}

function languageCode(raw: string | null | undefined): string | null {
  const match = /^([a-z]{2,3})(?:[-_]|$)/i.exec((raw ?? "").trim());
  return match ? match[1]!.toLowerCase() : null;
}

function absoluteUrl(raw: string | null, base: string | undefined): string | null {
  if (raw === null || raw.trim() === "") return null;
  try {
    const url = base === undefined ? new URL(raw.trim()) : new URL(raw.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function isUrl(value: string): boolean {
  return /^(?:https?:)?\/\//i.test(value.trim());
}

/** What the page declares beyond the final fields, for the stages that settle them. */
interface DeclaredExtras {
  declaredLanguage: string | null;
  /** When the page says it last changed. */
  modified: string | null;
  /** Whether the declared publication date is OpenGraph's article:published_time. */
  publishedInOpenGraph: boolean;
  /** The date a generic WebPage node declares, which SEO plugins give guides and landing pages alike. */
  pagePublished: string | null;
  /** Which comes first in the page's numeric dates, when its locale or host says. */
  dateOrder: DateOrder | null;
}

export function readPageMetadata(
  parsed: ParsedHtml,
  declarations: PageDeclarations,
  jsonLd: JsonLdArticle | null,
  blocks: readonly TextBlock[],
  pageUrl: string | undefined,
): Omit<PageMetadata, "language"> & DeclaredExtras {
  const outlet = firstValid([
    firstMeta(declarations, ["og:site_name"]),
    jsonLd?.publisher,
    firstMeta(
      declarations,
      SITE_KEYS.filter((key) => key !== "twitter:site"),
    ),
  ]);

  const title = chooseHeadline({
    declared: [jsonLd?.headline, ...TITLE_KEYS.map((key) => firstMeta(declarations, [key])), parsed.titleTag].filter(
      (value): value is string => typeof value === "string",
    ),
    headings: shownHeadlineTexts(declarations.headings, MAX_HEADINGS),
    confirmableHeadings: [
      ...headingTexts(declarations.headings.filter((heading) => inSiteHeader(heading)).slice(0, MAX_HEADINGS)),
      ...visibleHeadingTexts(declarations.subheadings, MAX_SUBHEADINGS),
    ],
    siteName: outlet,
  });

  const url = firstValid([
    absoluteUrl(declarations.canonical, pageUrl),
    absoluteUrl(firstMeta(declarations, ["og:url"]), pageUrl),
    absoluteUrl(jsonLd?.url ?? null, pageUrl),
  ]);

  const metaAuthors = AUTHOR_KEYS.flatMap((key) => declarations.meta.get(key) ?? []).filter((value) => !isUrl(value));
  const personAuthors = jsonLd && !jsonLd.authorsAreOrganisations ? jsonLd.authors : [];
  const headline = headlineBlockIndex(blocks, title);
  const shownByline = headline === -1 ? null : bylineNearHeadline(blocks, headline);
  const organisationCredit = jsonLd?.authorsAreOrganisations ? joinAuthors(jsonLd.authors) : null;
  const declaredAuthor = firstCreditBeyondSite(
    [
      joinAuthors(personAuthors),
      metaAuthors.length > 0 ? joinAuthors([metaAuthors[0]!]) : null,
      joinAuthors(twitterLabelledAuthors(declarations)),
      joinAuthors(declarations.microdata.get("author") ?? []),
      firstValid(visibleBylines(parsed, pageUrl ?? url ?? undefined).map((line) => joinAuthors([line]))),
      organisationCredit,
    ],
    outlet,
  );
  const unlabelled = headline === -1 ? null : unlabelledBylineNearHeadline(blocks, headline);
  // A credit to an organisation or to the site itself yields to a person the page shows, "By" or not.
  const creditsOrganisation =
    declaredAuthor !== null && (declaredAuthor === organisationCredit || creditsSite(declaredAuthor, outlet));
  // The person named under the headline, or failing that labelled anywhere (an author box).
  const personShown = creditsOrganisation && shownByline === null ? (unlabelled ?? labelledByline(blocks)) : null;
  const shown = shownByline ?? (personShown !== null ? { names: personShown, aboveHeadline: false } : null);
  const credited = chooseAuthor(declaredAuthor, shown) ?? labelledByline(blocks) ?? unlabelled;
  const author = credited === null || outlet === null ? credited : withoutOutletName(credited, outlet);

  const contentLanguage = firstMeta(declarations, ["content-language", "language", "dc.language"]);
  const ogLocale = firstMeta(declarations, ["og:locale"]);
  const dateOrder = dateOrderOf({
    locales: [declarations.lang, contentLanguage, jsonLd?.language, ogLocale],
    urls: [url, pageUrl],
  });
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

  const section = firstValid([
    jsonLd?.section,
    ...SECTION_KEYS.map((key) => firstMeta(declarations, [key])),
    declarations.microdata.get("articlesection")?.[0],
  ]);

  const declaredLanguage = firstValid([
    languageCode(declarations.lang),
    languageCode(contentLanguage),
    languageCode(jsonLd?.language),
    languageCode(ogLocale),
  ]);

  const pagePublished = readDate(jsonLd?.pageDatePublished);

  return {
    title,
    author,
    published,
    modified,
    publishedInOpenGraph,
    pagePublished,
    section,
    outlet,
    url,
    declaredLanguage,
    dateOrder,
  };
}
