// Collects what a page declares about itself outside JSON-LD: <meta>, microdata, <link rel>, <html lang>, <time>.
import type { HtmlElement, ParsedHtml } from "./html-tree.js";
import { collapsedText } from "./html-tree.js";

export interface PageDeclarations {
  /** <meta> content by lower-cased property/name/itemprop/http-equiv, in document order. */
  meta: ReadonlyMap<string, readonly string[]>;
  /** Microdata in the body: itemprop name → values (content/datetime attribute, else the element's text). */
  microdata: ReadonlyMap<string, readonly string[]>;
  canonical: string | null;
  /** `<html lang>` (or the first element with one). */
  lang: string | null;
  /** `<time>` elements: their datetime attribute and the element, for callers that judge where they sit. */
  times: readonly { datetime: string; element: HtmlElement }[];
  /** `<h1>` elements in document order. */
  headings: readonly HtmlElement[];
  /** `<h2>` elements in document order. */
  subheadings: readonly HtmlElement[];
  /**
   * Publication dates set as data attributes of the page's root (`<body data-pubdate="2025-03-03">`), in document
   * order: templates that keep dates out of <meta> stamp the page itself for their scripts.
   */
  rootDates: readonly string[];
}

/** Microdata read as text is capped: an itemprop on a whole article body is not a field value. */
const MAX_MICRODATA_TEXT = 300;
/** The itemprops read: reading every one's text would cost time on pages that mark up everything. */
const MICRODATA_FIELDS = new Set([
  "author",
  "datepublished",
  "datecreated",
  "datemodified",
  "headline",
  "articlesection",
  "creator",
]);

/** A data attribute naming a publication date: data-pubdate, data-published, data-publish-date, data-published-at. */
const ROOT_DATE_ATTRIBUTE =
  /^data-(?:pub-?(?:date|time)|publish(?:ed)?(?:-?(?:date|time|at|on))?|publication-?(?:date|time)|date-?published)$/;
/** Only the page's root speaks for the page: the same attributes on inner elements date teasers of other stories. */
const ROOT_TAGS = new Set(["html", "body"]);

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function readDeclarations(parsed: ParsedHtml): PageDeclarations {
  const meta = new Map<string, string[]>();
  const microdata = new Map<string, string[]>();
  const times: { datetime: string; element: HtmlElement }[] = [];
  const headings: HtmlElement[] = [];
  const subheadings: HtmlElement[] = [];
  const rootDates: string[] = [];
  let canonical: string | null = null;
  let lang: string | null = null;
  for (const element of parsed.elements) {
    const { tag, attrs } = element;
    if (tag === "meta") {
      const key = attrs.property ?? attrs.name ?? attrs.itemprop ?? attrs["http-equiv"];
      const content = attrs.content;
      if (key !== undefined && content !== undefined && content.trim() !== "") {
        push(meta, key.trim().toLowerCase(), content.trim());
      }
      continue;
    }
    if (tag === "link") {
      const rel = attrs.rel?.toLowerCase() ?? "";
      if (canonical === null && rel.split(/\s+/).includes("canonical") && attrs.href) canonical = attrs.href.trim();
      continue;
    }
    if (lang === null && attrs.lang && (tag === "html" || tag === "body")) lang = attrs.lang.trim();
    if (ROOT_TAGS.has(tag)) {
      for (const [name, value] of Object.entries(attrs)) {
        if (ROOT_DATE_ATTRIBUTE.test(name.toLowerCase()) && value.trim() !== "") rootDates.push(value.trim());
      }
    }
    if (tag === "h1") headings.push(element);
    if (tag === "h2") subheadings.push(element);
    if (tag === "time" && attrs.datetime) times.push({ datetime: attrs.datetime.trim(), element });
    const itemprop = attrs.itemprop;
    if (itemprop !== undefined) {
      const names = itemprop
        .trim()
        .toLowerCase()
        .split(/\s+/)
        .filter((name) => MICRODATA_FIELDS.has(name));
      if (names.length === 0) continue;
      const value = attrs.content ?? attrs.datetime ?? collapsedText(element);
      if (value.trim() === "" || value.length > MAX_MICRODATA_TEXT) continue;
      for (const name of names) push(microdata, name, value.trim());
    }
  }
  return { meta, microdata, canonical, lang, times, headings, subheadings, rootDates };
}

/** The first non-empty value among the given <meta> keys, in the order of keys given. */
/** The first value that is there: sources are listed most trusted first. */
export function firstValid<T>(values: readonly (T | null | undefined)[]): T | null {
  for (const value of values) if (value !== null && value !== undefined) return value;
  return null;
}

export function firstMeta(declarations: PageDeclarations, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = declarations.meta.get(key)?.[0];
    if (value !== undefined && value !== "") return value;
  }
  return null;
}
