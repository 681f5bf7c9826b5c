// Reads the article a page describes in JSON-LD (schema.org), through @graph, arrays, @id links and sloppy JSON.
import { decodeHTML } from "entities";
import { z } from "zod";
import { replaceControlCharacters } from "./control-characters.js";

const JsonObject = z.record(z.string(), z.unknown());
type JsonObject = z.infer<typeof JsonObject>;

export interface JsonLdArticle {
  /** schema.org type of the node read, e.g. "NewsArticle". */
  type: string;
  headline: string | null;
  /** Person (or organisation) names, as written. */
  authors: string[];
  /** Whether every author is an Organization (a newsroom credit rather than a byline). */
  authorsAreOrganisations: boolean;
  datePublished: string | null;
  /** A generic page node's (WebPage's) date when no article node dates the page: kept apart, as said below. */
  pageDatePublished: string | null;
  /** When the article was last changed: templates show this date by the headline, often without saying so. */
  dateModified: string | null;
  articleBody: string | null;
  section: string | null;
  language: string | null;
  publisher: string | null;
  url: string | null;
}

/** Each script is read on its own: one broken block must not hide the others. */
const MAX_SCRIPT_CHARS = 2_000_000;
const MAX_NODES = 2_000;

/** Types that describe one article; ranked above generic pages, which often carry only site-wide data. */
const ARTICLE_TYPE = /(?:Article|Posting|Report|Review|Recipe|HowTo|Blog|Story)$/;
const PAGE_TYPE = /(?:WebPage|ItemPage|AboutPage|QAPage|FAQPage|CollectionPage)$/;

function parseLenient(raw: string): unknown {
  const trimmed = raw
    .trim()
    .replace(/^<!--|-->$/g, "")
    .replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, "")
    .trim();
  if (trimmed === "" || trimmed.length > MAX_SCRIPT_CHARS) return null;
  try {
    return JSON.parse(trimmed);
  } catch {
    // Raw newlines and tabs inside strings are the usual fault; trailing commas the next.
    try {
      return JSON.parse(
        replaceControlCharacters(trimmed, " ")
          .replace(/[\n\r\t]+/g, " ")
          .replace(/,\s*([}\]])/g, "$1"),
      );
    } catch {
      return null;
    }
  }
}

function typesOf(node: JsonObject): string[] {
  const type = node["@type"];
  if (typeof type === "string") return [type];
  if (Array.isArray(type)) return type.filter((item): item is string => typeof item === "string");
  return [];
}

/** Every object in the scripts, with @graph and arrays opened and nested mainEntity nodes included. */
export function jsonLdNodes(scripts: readonly string[]): JsonObject[] {
  const nodes: JsonObject[] = [];
  const queue: unknown[] = scripts.map(parseLenient);
  while (queue.length > 0 && nodes.length < MAX_NODES) {
    const item = queue.shift();
    if (Array.isArray(item)) {
      queue.push(...item);
      continue;
    }
    const parsed = JsonObject.safeParse(item);
    if (!parsed.success) continue;
    const node = parsed.data;
    nodes.push(node);
    for (const key of ["@graph", "mainEntity", "itemListElement"]) {
      if (node[key] !== undefined) queue.push(node[key]);
    }
  }
  return nodes;
}

function plainText(value: string): string {
  return decodeHTML(value.replace(/<[^>]*>/g, " "))
    .replace(/[ \t\u00a0]+/g, " ")
    .trim();
}

function text(value: unknown): string | null {
  if (typeof value === "string") {
    const cleaned = plainText(value);
    return cleaned === "" ? null : cleaned;
  }
  if (Array.isArray(value)) return text(value[0]);
  return null;
}

function nodeById(nodes: readonly JsonObject[]): Map<string, JsonObject> {
  const map = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = node["@id"];
    // The first definition wins: later ones are usually bare references.
    if (typeof id === "string" && !map.has(id)) map.set(id, node);
  }
  return map;
}

function resolve(value: unknown, byId: ReadonlyMap<string, JsonObject>): JsonObject | null {
  const parsed = JsonObject.safeParse(value);
  if (!parsed.success) return null;
  const id = parsed.data["@id"];
  if (typeof id === "string" && parsed.data.name === undefined) return byId.get(id) ?? parsed.data;
  return parsed.data;
}

function readAuthors(
  value: unknown,
  byId: ReadonlyMap<string, JsonObject>,
): { names: string[]; organisations: boolean } {
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const names: string[] = [];
  let organisations = items.length > 0;
  for (const item of items.slice(0, 20)) {
    if (typeof item === "string") {
      const name = plainText(item);
      if (name !== "") names.push(name);
      organisations = false;
      continue;
    }
    const node = resolve(item, byId);
    if (node === null) continue;
    const name = text(node.name) ?? text([node.givenName, node.familyName].filter(Boolean).join(" "));
    if (name !== null) names.push(name);
    if (!typesOf(node).some((type) => /Organization|NewsMediaOrganization|Corporation/.test(type)))
      organisations = false;
  }
  return { names, organisations: organisations && names.length > 0 };
}

function rank(node: JsonObject): number {
  const types = typesOf(node);
  if (types.some((type) => ARTICLE_TYPE.test(type))) return 3;
  if (types.some((type) => PAGE_TYPE.test(type))) return 1;
  return 0;
}

function urlOf(value: unknown, byId: ReadonlyMap<string, JsonObject>): string | null {
  if (typeof value === "string") return value.trim() || null;
  const node = resolve(value, byId);
  if (node === null) return null;
  const id = node["@id"] ?? node.url;
  return typeof id === "string" ? id.trim() || null : null;
}

/** The article the page's JSON-LD describes, or null when it describes none. */
export function readJsonLdArticle(scripts: readonly string[]): JsonLdArticle | null {
  const nodes = jsonLdNodes(scripts);
  const byId = nodeById(nodes);
  let best: JsonObject | null = null;
  let bestRank = 0;
  for (const node of nodes) {
    const nodeRank = rank(node);
    // Among equal types the first wins: later ones are mostly related-article teasers.
    if (nodeRank > bestRank) {
      best = node;
      bestRank = nodeRank;
    }
  }
  if (best === null) return null;
  const pages = nodes.filter((node) => rank(node) === 1);
  const fallback = (key: string): unknown => best[key] ?? pages.find((page) => page[key] !== undefined)?.[key];
  const authors = readAuthors(best.author ?? best.creator, byId);
  const publisher = resolve(fallback("publisher"), byId);
  const section = best.articleSection;
  const language = fallback("inLanguage");
  return {
    type: typesOf(best)[0] ?? "",
    headline: text(best.headline) ?? (bestRank === 3 ? text(best.name) : null),
    authors: authors.names,
    authorsAreOrganisations: authors.organisations,
    // A WebPage's date is when the page went up, which SEO plugins declare for every page (guides, landing
    // pages, products): only an article's date says when something was published.
    datePublished:
      bestRank === 3 ? (text(best.datePublished) ?? text(best.dateCreated) ?? text(fallback("datePublished"))) : null,
    pageDatePublished: bestRank === 3 ? null : text(best.datePublished),
    dateModified: text(best.dateModified) ?? text(fallback("dateModified")),
    articleBody: typeof best.articleBody === "string" ? best.articleBody : null,
    section: text(section),
    language: typeof language === "string" ? language : text(resolve(language, byId)?.alternateName),
    publisher: publisher ? text(publisher.name) : null,
    url: urlOf(best.url, byId) ?? urlOf(best.mainEntityOfPage, byId),
  };
}
