// The HTML extraction cascade: structured data for the facts, a content scorer for the body, fallbacks after it,
// then a check for walls and empty pages. Pure: one page string in, one ExtractedArticle out.

import type { ExtractedArticle } from "../../model.js";
import { emptyArticle } from "../empty-article.js";
import { detectLanguage } from "../language.js";
import { detectPageStatus } from "../page-status.js";
import { chooseBody } from "./body-cascade.js";
import { controlCharacterShare } from "./control-characters.js";
import { DEFAULT_PARSE_LIMITS, parseHtml } from "./html-tree.js";
import { readJsonLdArticle } from "./json-ld.js";
import type { PageDeclarations } from "./meta-tags.js";
import { firstMeta, readDeclarations } from "./meta-tags.js";
import { repairMojibake } from "./mojibake.js";
import { readPageMetadata } from "./page-metadata.js";
import { publicationDate } from "./publication-date.js";
import { textBlocks } from "./text-blocks.js";

export interface ExtractHtmlOptions {
  /** The page's URL, when known: resolves a relative canonical link. */
  url?: string;
  /** Milliseconds the page may take; past it extraction returns what it has with a warning. */
  timeBudgetMs?: number;
  /** When the page was fetched: relative dates it shows ("3 hours ago") are read against it, and only then. */
  now?: Date;
}

const DEFAULT_TIME_BUDGET_MS = 5_000;
/** Visible page text handed to the wall detector: walls show at the top. */
const PAGE_TEXT_SAMPLE = 20_000;

/** Share of control or replacement characters above which the input is binary, not a page. */
const MAX_GARBAGE_SHARE = 0.05;
const GARBAGE_SAMPLE = 16_384;

/** Binary data (an image, a PDF, a gzip stream) sent as if it were HTML. */
function looksBinary(html: string): boolean {
  return controlCharacterShare(html.slice(0, GARBAGE_SAMPLE)) > MAX_GARBAGE_SHARE;
}

function binaryArticle(): ExtractedArticle {
  return emptyArticle({
    kind: "html",
    status: "empty",
    statusReason: "not a web page: the content is binary data",
    method: "none",
    warnings: ["input looks binary (control or replacement characters); nothing parsed"],
  });
}

/**
 * The page's JSON-LD: its <script> blocks, then any a framework renders into a <meta> ("script:ld+json") for its
 * client code to mount, whose content attribute holds the same document.
 */
function jsonLdDocuments(scripts: readonly string[], declarations: PageDeclarations): string[] {
  const inMeta = [...declarations.meta].filter(([key]) => key.endsWith("ld+json")).flatMap(([, values]) => values);
  return [...scripts, ...inMeta];
}

/** Extract one HTML page: metadata, clean body, and whether it is an article at all. */
export function extractHtml(html: string, options: ExtractHtmlOptions = {}): ExtractedArticle {
  if (looksBinary(html)) return binaryArticle();
  const started = performance.now();
  const budget = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  const parsed = parseHtml(repairMojibake(html), { ...DEFAULT_PARSE_LIMITS, timeBudgetMs: budget * 0.7 });
  const warnings = [...parsed.warnings];
  const declarations = readDeclarations(parsed);
  const jsonLd = readJsonLdArticle(jsonLdDocuments(parsed.jsonLd, declarations));
  const blocks = textBlocks(parsed.root);
  const metadata = readPageMetadata(parsed, declarations, jsonLd, blocks, options.url);
  const body = chooseBody({
    parsed,
    blocks,
    title: metadata.title,
    articleBody: jsonLd?.articleBody ?? null,
    description: firstMeta(declarations, ["og:description", "description", "twitter:description"]),
  });
  const published = publicationDate({
    declared: metadata.published,
    modified: metadata.modified,
    declaredInOpenGraph: metadata.publishedInOpenGraph,
    pageDeclared: metadata.pagePublished,
    blocks,
    title: metadata.title,
    bodyStart: body.start,
    urls: [metadata.url, options.url],
    fetchedUrl: options.url,
    order: metadata.dateOrder,
    now: options.now,
  });
  const pageText = blocks
    .map((block) => block.text)
    .join("\n")
    .slice(0, PAGE_TEXT_SAMPLE);
  const status = detectPageStatus({
    title: metadata.title,
    text: body.text,
    pageText,
    scriptCount: parsed.scriptCount,
  });
  const elapsed = performance.now() - started;
  if (elapsed > budget) warnings.push(`extraction took ${Math.round(elapsed)} ms, over its ${budget} ms budget`);
  return {
    kind: "html",
    title: metadata.title,
    author: metadata.author,
    published,
    section: metadata.section,
    language: metadata.declaredLanguage ?? detectLanguage(status.text),
    outlet: metadata.outlet,
    url: metadata.url,
    text: status.text,
    status: status.status,
    statusReason: status.statusReason,
    method: body.method,
    confidence: status.status === "ok" ? body.confidence : Math.min(body.confidence, 0.2),
    warnings,
  };
}
