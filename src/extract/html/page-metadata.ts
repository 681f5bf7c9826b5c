// Settles title, author, date, section, language, outlet and canonical URL from JSON-LD, <meta>, microdata and
// the visible page, most precise source first.
import { joinAuthors } from "./author-names.js";
import { furnitureCue, namesByline } from "./element-hints.js";
import { chooseHeadline } from "./headline.js";
import type { HtmlElement, ParsedHtml } from "./html-tree.js";
import type { JsonLdArticle } from "./json-ld.js";
import type { PageDeclarations } from "./meta-tags.js";
import { firstMeta } from "./meta-tags.js";
import { epochDate, structuredDate } from "./structured-date.js";
import { textBlocks } from "./text-blocks.js";

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
const SECTION_KEYS = ["article:section", "parsely-section", "section", "sailthru.section", "category"];
const SITE_KEYS = ["og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site"];

const CHROME_TAGS = new Set(["nav", "aside", "footer", "menu", "dialog"]);
const CHROME_ROLES = new Set(["navigation", "banner", "contentinfo", "complementary", "menu", "dialog"]);

const MAX_BYLINE_CHARS = 160;
const MAX_BYLINE_ELEMENTS = 8;

function firstValid<T>(values: readonly (T | null | undefined)[]): T | null {
  for (const value of values) if (value !== null && value !== undefined) return value;
  return null;
}

function dateFrom(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  return structuredDate(raw) ?? epochDate(raw);
}

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
    else if (namesByline(element)) rank = 2;
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

/** `<time datetime>` that dates the article: not in navigation, lists of other stories, or comments. */
function articleTime(declarations: PageDeclarations): string | null {
  for (const { datetime, element } of declarations.times) {
    if (insideFurniture(element)) continue;
    const date = dateFrom(datetime);
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

/** Inside navigation, sidebars, footers or the site header (a <header> outside any article): a logo's <h1>. */
function inPageChrome(element: HtmlElement): boolean {
  let siteHeader = false;
  for (let node: HtmlElement | null = element.parent; node !== null; node = node.parent) {
    if (node.tag === "article" || node.tag === "main") return false;
    if (CHROME_TAGS.has(node.tag)) return true;
    const role = node.attrs.role;
    if (role !== undefined && CHROME_ROLES.has(role)) return true;
    if (node.tag === "header") siteHeader = true;
  }
  return siteHeader;
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

export function readPageMetadata(
  parsed: ParsedHtml,
  declarations: PageDeclarations,
  jsonLd: JsonLdArticle | null,
  pageUrl: string | undefined,
): Omit<PageMetadata, "language"> & { declaredLanguage: string | null } {
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
    headings: declarations.headings
      .filter((heading) => !inPageChrome(heading))
      .slice(0, 5)
      .map((heading) =>
        textBlocks(heading)
          .map((block) => block.text)
          .join(" "),
      ),
    siteName: outlet,
  });

  const url = firstValid([
    absoluteUrl(declarations.canonical, pageUrl),
    absoluteUrl(firstMeta(declarations, ["og:url"]), pageUrl),
    absoluteUrl(jsonLd?.url ?? null, pageUrl),
  ]);

  const metaAuthors = AUTHOR_KEYS.flatMap((key) => declarations.meta.get(key) ?? []).filter((value) => !isUrl(value));
  const personAuthors = jsonLd && !jsonLd.authorsAreOrganisations ? jsonLd.authors : [];
  const author = firstValid([
    joinAuthors(personAuthors),
    metaAuthors.length > 0 ? joinAuthors([metaAuthors[0]!]) : null,
    joinAuthors(declarations.microdata.get("author") ?? []),
    firstValid(visibleBylines(parsed, pageUrl ?? url ?? undefined).map((line) => joinAuthors([line]))),
    jsonLd?.authorsAreOrganisations ? joinAuthors(jsonLd.authors) : null,
  ]);

  const published = firstValid([
    dateFrom(jsonLd?.datePublished),
    ...DATE_KEYS.map((key) => dateFrom(firstMeta(declarations, [key]))),
    dateFrom(declarations.microdata.get("datepublished")?.[0]),
    articleTime(declarations),
    dateFrom(declarations.microdata.get("datecreated")?.[0]),
  ]);

  const section = firstValid([
    jsonLd?.section,
    ...SECTION_KEYS.map((key) => firstMeta(declarations, [key])),
    declarations.microdata.get("articlesection")?.[0],
  ]);

  const declaredLanguage = firstValid([
    languageCode(declarations.lang),
    languageCode(firstMeta(declarations, ["content-language", "language", "dc.language"])),
    languageCode(jsonLd?.language),
    languageCode(firstMeta(declarations, ["og:locale"])),
  ]);

  return { title, author, published, section, outlet, url, declaredLanguage };
}
