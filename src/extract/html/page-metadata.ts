// Settles title, author, date, section, language, outlet and canonical URL from JSON-LD, <meta>, microdata and
// the visible page, most precise source first.
import { type DateOrder, dateOrderOf } from "../date-order.js";
import { settleAuthor } from "./declared-author.js";
import { type DeclaredDates, declaredDates } from "./declared-dates.js";
import { chooseHeadline } from "./headline.js";
import type { ParsedHtml } from "./html-tree.js";
import type { JsonLdArticle } from "./json-ld.js";
import { firstMeta, firstValid, type PageDeclarations } from "./meta-tags.js";
import { headlineHeadings } from "./shown-headings.js";
import type { TextBlock } from "./text-blocks.js";

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

const SECTION_KEYS = ["article:section", "parsely-section", "section", "sailthru.section", "category"];

const SITE_KEYS = ["og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site"];

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

/** What the page declares beyond the final fields, for the stages that settle them. */
interface DeclaredExtras extends Omit<DeclaredDates, "published"> {
  declaredLanguage: string | null;
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
    ...headlineHeadings(declarations),
    siteName: outlet,
  });

  const url = firstValid([
    absoluteUrl(declarations.canonical, pageUrl),
    absoluteUrl(firstMeta(declarations, ["og:url"]), pageUrl),
    absoluteUrl(jsonLd?.url ?? null, pageUrl),
  ]);

  const author = settleAuthor({
    parsed,
    declarations,
    jsonLd,
    blocks,
    pageUrl: pageUrl ?? url ?? undefined,
    title,
    outlet,
  });

  const contentLanguage = firstMeta(declarations, ["content-language", "language", "dc.language"]);
  const ogLocale = firstMeta(declarations, ["og:locale"]);
  const dateOrder = dateOrderOf({
    locales: [declarations.lang, contentLanguage, jsonLd?.language, ogLocale],
    urls: [url, pageUrl],
  });
  const dates = declaredDates(declarations, jsonLd, dateOrder);

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

  return {
    title,
    author,
    ...dates,
    section,
    outlet,
    url,
    declaredLanguage,
    dateOrder,
  };
}
