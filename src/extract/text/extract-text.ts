// Extracts the article from a text dump (all visible text of a page, menus included): body, title, byline, outlet.
import type { ExtractedArticle } from "../../model.js";
import { orderOfHost, orderOfWrittenDates } from "../date-order.js";
import { parsePublishedDate } from "../dates.js";
import { emptyArticle } from "../empty-article.js";
import { detectLanguage } from "../language.js";
import { detectPageStatus } from "../page-status.js";
import { headerAndFooter, siteOwner } from "../site-owner.js";
import { selectBody } from "./body-region.js";
import { readByline } from "./byline.js";
import { splitDumpLines } from "./dump-lines.js";
import { type LineFeatures, measureLines } from "./line-features.js";
import { labelledPublishDate } from "./lone-date.js";
import { findOutlet } from "./outlet.js";
import { dateBeforeHeadline, findTitle, slugHeadlines, slugWords, withoutSiteName } from "./title.js";

export interface TextDumpOptions {
  url?: string;
}

/** Prose above the headline that is at most this share of the region is the page's furniture. */
const MAX_SHARE_ABOVE_TITLE = 0.3;
/** A page's visible text is far below this; beyond it the input is not a page, and the cost must stay bounded. */
const MAX_DUMP_CHARS = 1_000_000;
/** Fewer words than this is not an article: a stub, a wall or a page of links. */
const MIN_BODY_WORDS = 30;
/** Byline stamps that the body region may swallow at its top: "By Jane Doe", "Updated 5 min ago". */
const LEADING_STAMP = /^(?:by|posted|published|updated)\b/i;
/** A byline's label on its own line: "Written by", "Reviewed by:", "Author", "Fact checked by". */
const BYLINE_LABEL =
  /^(?:(?:written|reviewed|edited|fact[- ]?checked|medically reviewed)\s+by|authors?|writers?|contributors?)\s*:?$/i;
/** A standfirst is a sentence or two; a longer first paragraph above a date is the article's own lead. */
const MAX_STANDFIRST_WORDS = 45;
/** Words of a date line under a standfirst ("Updated March 3, 2024 · 5 min read"). */
const STAMP_WORDS = 8;
/** How far into the region a byline may still stand, below a standfirst and a share bar. */
const BYLINE_LINES_UNDER_STANDFIRST = 5;

/** The author's card takes the last part of the body at most; above that share the name heads the article's text. */
const MAX_CARD_SHARE = 0.35;
/** What a bio says right after the name it opens with: "… is the owner of", "… has written for", "… holds a". */
const OWN_BIO_OPENING = /^,?\s+(?:is|was|has|holds|writes|covers|leads|works|joined|serves)\s/;

/**
 * The body without the author's card at its end: the byline's name alone on a line over a paragraph that opens
 * with it and says who they are ("Karina Cohen" / "Karina Cohen is the owner of …"), and what follows the card.
 */
function withoutOwnCard(features: readonly LineFeatures[], kept: number[], author: string | null): number[] {
  if (author === null || author.includes(",")) return kept;
  const name = author.toLowerCase();
  const first = name.split(/\s+/)[0] ?? "";
  const total = kept.reduce((sum, i) => sum + (features[i]?.words ?? 0), 0);
  let after = 0;
  for (let k = kept.length - 2; k > 0; k -= 1) {
    after += features[kept[k + 1] ?? -1]?.words ?? 0;
    if (after > total * MAX_CARD_SHARE) break;
    const line = features[kept[k] ?? -1];
    const bio = features[kept[k + 1] ?? -1]?.text.toLowerCase() ?? "";
    if (line === undefined || line.text.toLowerCase() !== name) continue;
    const opening = bio.startsWith(name) ? name.length : bio.startsWith(`${first} `) ? first.length : -1;
    if (opening > 0 && OWN_BIO_OPENING.test(bio.slice(opening))) return kept.slice(0, k);
  }
  return kept;
}

/** No article in the dump: a wall (consent, challenge) says "blocked", anything else "empty". */
function noArticle(url: string | null, pageText: string, warnings: string[]): ExtractedArticle {
  const page = detectPageStatus({ title: null, text: "", pageText });
  const blocked = page.status === "blocked";
  return emptyArticle({
    kind: "text",
    url,
    status: blocked ? "blocked" : "empty",
    statusReason: blocked ? page.statusReason : "no prose found in the dump",
    method: "text-blocks",
    warnings,
  });
}

/**
 * The article in a text dump: the body as paragraphs, its headline, byline, date, section, outlet and language.
 * `url`, when known, helps find the headline (its slug) and the outlet (its host name).
 */
export function extractTextDump(dump: string, options: TextDumpOptions = {}): ExtractedArticle {
  const url = options.url ?? null;
  const warnings: string[] = [];
  const text = dump.length > MAX_DUMP_CHARS ? dump.slice(0, MAX_DUMP_CHARS) : dump;
  if (text !== dump) warnings.push(`dump cut to its first ${MAX_DUMP_CHARS} characters`);
  const features = measureLines(splitDumpLines(text));
  const slug = slugWords(options.url);
  const selection = selectBody(features, slugHeadlines(features, slug));
  if (selection === null) return noArticle(url, text, warnings);

  let kept = selection.kept;
  const draftBody = kept.map((i) => features[i]?.text ?? "").join("\n");
  // The headline sits above the first real paragraph, which may be inside the region when the region starts early.
  const firstProse = kept.find((i) => selection.classes[i] === "good") ?? kept[0] ?? selection.start;
  let title = findTitle(features, firstProse, draftBody, slug);
  const first = kept[0];
  if (title === null && first !== undefined && selection.classes[first] === "short") {
    // Dumps that glue the headline to the body: take it from the body's first line.
    title = { index: first, text: features[first]?.text ?? "" };
  }
  const lineTexts = features.map((line) => line.text);
  const outlet = findOutlet(lineTexts, text, options.url);
  if (title !== null) title = { ...title, text: withoutSiteName(title.text, outlet) };
  const titleIndex = title?.index ?? null;
  if (titleIndex !== null) {
    // What precedes the headline is not the article, unless most of the prose does: then the headline found
    // below the draft's first paragraph is more likely a section heading of the article.
    const before = kept.filter((i) => i < titleIndex);
    const wordsOf = (lines: number[]) => lines.reduce((sum, i) => sum + (features[i]?.words ?? 0), 0);
    const allWords = wordsOf(kept);
    kept =
      wordsOf(before) <= allWords * MAX_SHARE_ABOVE_TITLE
        ? kept.filter((i) => i > titleIndex)
        : kept.filter((i) => i !== titleIndex);
  }
  // How the page writes numeric dates: its own dates tell first, then its host's country.
  const order = orderOfWrittenDates(text) ?? orderOfHost(url);
  const read = readByline(features, titleIndex, kept[0] ?? selection.start, kept.at(-1) ?? selection.end, {
    order,
    siteName: outlet,
  });
  // A blog's index prints the date on the headline's line ("Dec 18 2025 Preparing a transition"), which the
  // byline passes over as the headline's own line.
  const stampOnHeadline = titleIndex === null ? null : dateBeforeHeadline(features[titleIndex]?.text ?? "");
  const byline = {
    ...read,
    // A personal site that signs no piece is written by the person it is named after.
    author: read.author ?? siteOwner(headerAndFooter(lineTexts), url),
    published:
      read.published ??
      (stampOnHeadline === null ? null : parsePublishedDate(stampOnHeadline, undefined, order)) ??
      labelledPublishDate(features, order),
  };
  // The byline's stamps and the bare author name may open the region: they are not the article. Under a standfirst
  // the byline's labels and the name come a line or two later ("Written by" / "Reviewed by", "Author" / the name).
  const authorKey = byline.author?.toLowerCase();
  const isBylineLine = (line: { text: string; words: number } | undefined) => {
    if (line === undefined || line.words > 10) return false;
    const isAuthor = authorKey !== undefined && line.text.toLowerCase().replace(/^by:?\s*/, "") === authorKey;
    return isAuthor || LEADING_STAMP.test(line.text) || BYLINE_LABEL.test(line.text);
  };
  while (kept.length > 0 && isBylineLine(features[kept[0] ?? -1])) kept = kept.slice(1);
  // A standfirst printed above the byline belongs to the page's header, as the headline does: the body starts below.
  const [opening, below] = [features[kept[0] ?? -1], features[kept[1] ?? -1]];
  const stampBelow = below !== undefined && (isBylineLine(below) || (below.hasDate && below.words <= STAMP_WORDS));
  if (opening !== undefined && opening.words <= MAX_STANDFIRST_WORDS && stampBelow) kept = kept.slice(1);
  kept = kept.filter((i, position) => position >= BYLINE_LINES_UNDER_STANDFIRST || !isBylineLine(features[i]));

  kept = withoutOwnCard(features, kept, byline.author);
  const draft = kept.map((i) => features[i]?.text ?? "").join("\n\n");
  const page = detectPageStatus({ title: title?.text ?? null, text: draft, pageText: text });
  const body = page.text;
  const bodyWords =
    body === draft
      ? kept.reduce((sum, i) => sum + (features[i]?.words ?? 0), 0)
      : (body.match(/[\p{L}\p{N}]+/gu)?.length ?? 0);
  const status = page.status === "ok" && bodyWords < MIN_BODY_WORDS ? "empty" : page.status;
  const statusReason = status === page.status ? page.statusReason : `only ${bodyWords} words of prose`;
  const proseWords = kept.reduce(
    (sum, i) => sum + (selection.classes[i] === "good" ? (features[i]?.words ?? 0) : 0),
    0,
  );

  return {
    kind: "text",
    title: title?.text ?? null,
    author: byline.author,
    published: byline.published,
    section: byline.section,
    language: status === "ok" ? detectLanguage(body) : null,
    outlet,
    url,
    text: status === "ok" ? body : page.text,
    status,
    statusReason,
    method: "text-blocks",
    confidence: status === "ok" ? confidenceOf(bodyWords, proseWords, title !== null) : 0,
    warnings,
  };
}

/** Long bodies made mostly of full prose lines under a found headline are the surest. */
function confidenceOf(bodyWords: number, proseWords: number, hasTitle: boolean): number {
  const length = Math.min(1, bodyWords / 250);
  const proseShare = bodyWords === 0 ? 0 : proseWords / bodyWords;
  const score = 0.2 + 0.4 * length + 0.25 * proseShare + (hasTitle ? 0.15 : 0);
  return Math.round(Math.min(1, score) * 100) / 100;
}
