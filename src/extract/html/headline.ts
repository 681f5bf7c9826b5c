// Picks the article's headline from what the page declares (og:title, JSON-LD, <title>) and what it shows (<h1>).

import { decodeHTML } from "entities";
import type { TextBlock } from "./text-blocks.js";

export interface HeadlineSources {
  /** Titles the page declares, best first: JSON-LD headline, og:title, twitter:title, <title>. */
  declared: readonly string[];
  /** Visible <h1> texts in document order, their lines (a kicker over the headline) parted by newlines. */
  headings: readonly string[];
  /**
   * Headings that count only when they are the declared title word for word: <h2>s (some templates set the
   * headline as an <h2> under a logo's <h1>) and <h1>s in the site's header, in document order.
   */
  confirmableHeadings?: readonly string[];
  /** The site's name when known: it is cut from declared titles ("Headline | Site"). */
  siteName: string | null;
}

const SEPARATORS = /\s+[|–—:·•»/\\-]\s+|\s+-{2}\s+/;
/** "Site: Headline" also uses a colon, but so do headlines ("Review: A fine phone"): only cut a known site. */
const SEPARATORS_WITH_COLON = /\s+[|–—:·•»/\\-]\s+|\s+-{2}\s+|:\s+/;
const MAX_HEADLINE_CHARS = 400;
/** A one-word <h1> is a logo or a section name, not a headline. */
const MIN_HEADING_WORDS = 2;
/** An <h1> this long is a standfirst set in the heading style, not a headline. */
const MAX_HEADING_WORDS = 30;
/** Share of the shorter title's words a heading must share with a declared title to count as its wording. */
const MIN_HEADING_OVERLAP = 0.5;

/** Lower-case words only, for comparing titles written with different punctuation. */
export function titleKey(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
}

function clean(text: string): string {
  // Some pages escape entities twice in <meta> content ("&amp;#x26;"): what is left after parsing is decoded here.
  const decoded = text.includes("&") ? decodeHTML(text) : text;
  return decoded.replace(/\s+/g, " ").trim();
}

/** A part of a title that is a web address ("Example.com"): a site's name, whatever the site calls itself. */
const DOMAIN_NAME = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,6}$/iu;
/** A colon closing a heading: what it introduces comes below ("Read this first:"). */
const INTRODUCES_BELOW = /:$/;
/** "Headline | Section": in a title shown on the page, a pipe ends the headline and starts a label. */
const PIPE = /\s+\|\s+/;
const MONTH_DATE =
  "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}";
/** A dateline run into the headline by the template: "Dec 18 2025 Headline", "Headline January 1, 2025". */
const LEADING_DATE = new RegExp(`^(?:${MONTH_DATE}|\\d{4}-\\d{2}-\\d{2})\\s+`, "i");
const TRAILING_DATE = new RegExp(`\\s+(?:${MONTH_DATE}|\\d{4}-\\d{2}-\\d{2})$`, "i");
/**
 * The source a link aggregator cites after a headline, with its comment count: "Headline (example.com) 87". Hosts
 * are printed in lower case, which keeps "(Next.js)" and "(ASP.NET)"; "(node.js)" and its kind name a file type.
 */
const TRAILING_SOURCE = /\s+\((?:[a-z0-9-]+\.)+(?!(?:js|ts|py|rb|md|rs|cs)\))[a-z]{2,6}(?:\/[^\s)]*)?\)(?:\s+\d+)?$/u;
/** Words the part before a pipe needs to be a headline, not a label ("Opinion | …"). */
const MIN_HEAD_WORDS = 3;
/**
 * Words a section or tag line after a pipe has at most. A longer part is a second line of the headline when it
 * reads as a sentence; one in title case is a site's name or tagline ("| The Santa Fe Post and Courier").
 */
const MAX_PIPE_LABEL_WORDS = 4;

/**
 * The title without the parts that name the site (`siteName`, or a bare domain), or null when none does. `loose`
 * also drops a part the site's name contains ("Daily Planet" from "The Daily Planet Online") and splits at
 * colons ("Site: Headline"): safe for declared titles, too eager for a headline shown on the page.
 */
function withoutSiteParts(title: string, siteName: string | null, loose: boolean): string | null {
  const siteKey = siteName ? titleKey(siteName) : "";
  const parts = title.split(loose ? SEPARATORS_WITH_COLON : SEPARATORS).map((part) => part.trim());
  const kept = parts.filter((part) => {
    if (DOMAIN_NAME.test(part) && parts.length > 1) return false;
    if (siteKey === "") return true;
    const key = titleKey(part);
    return key !== siteKey && !(loose && key.length >= 4 && siteKey.includes(key));
  });
  return kept.length > 0 && kept.length < parts.length ? joinKept(title, kept) : null;
}

/** A web address run into a declared title with no separator at all: "example.com Headline", "Headline example.com". */
const LEADING_DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,6}\s+(?=\S+\s+\S)/iu;
const TRAILING_DOMAIN = /(?<=\S\s+\S+)\s+[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,6}$/iu;

/** The declared title without its site part: "Headline | Site" → "Headline". */
export function stripSiteName(title: string, siteName: string | null): string {
  const withoutSite = withoutSiteParts(title, siteName, true);
  if (withoutSite !== null) return withoutSite;
  const parts = title.split(SEPARATORS).map((part) => part.trim());
  if (parts.length < 2) return title.replace(LEADING_DOMAIN, "").replace(TRAILING_DOMAIN, "");
  // Without a known site name, cut a short last part ("… | CNN"), never the main one.
  const last = parts[parts.length - 1]!;
  const head = parts.slice(0, -1);
  if (last.split(" ").length <= 4 && titleKey(head.join(" ")).split(" ").length >= 3) return joinKept(title, head);
  return title;
}

/** Every word of four letters or more capitalised: how a name or a tagline is set, not a sentence. */
function isTitleCased(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.length > 0 && words.every((word) => /^\p{Lu}/u.test(word));
}

/**
 * A headline as shown, without what templates add to it: a cited source ("Headline (example.com)"), a dateline
 * ("Dec 18 2025 Headline"), the site's name ("Headline – Site") and, after a pipe, a short section or tag line
 * ("Headline | Opinion", "Headline | Top 10 Picks"; a longer part after a pipe is a second line of the headline).
 */
export function trimHeadline(headline: string, siteName: string | null): string {
  const undated = headline.replace(TRAILING_SOURCE, "").replace(LEADING_DATE, "").replace(TRAILING_DATE, "");
  const dateless = titleKey(undated).split(" ").length >= MIN_HEAD_WORDS ? undated : headline;
  const trimmed = withoutSiteParts(dateless, siteName, false) ?? dateless;
  const pipe = PIPE.exec(trimmed);
  if (pipe === null) return trimmed;
  const head = trimmed.slice(0, pipe.index).trim();
  const label = trimmed.slice(pipe.index + pipe[0].length).split(PIPE)[0] ?? "";
  if (titleKey(label).split(" ").length > MAX_PIPE_LABEL_WORDS && !isTitleCased(label)) return trimmed;
  return titleKey(head).split(" ").length >= MIN_HEAD_WORDS ? head : trimmed;
}

/** Rejoin kept parts with the separators the title used between them. */
function joinKept(title: string, kept: readonly string[]): string {
  const first = kept[0]!;
  const last = kept[kept.length - 1]!;
  const start = title.indexOf(first);
  const end = title.lastIndexOf(last) + last.length;
  return start >= 0 && end > start ? title.slice(start, end).trim() : kept.join(" - ");
}

function overlap(a: string, b: string): number {
  const left = new Set(a.split(" "));
  const right = new Set(b.split(" "));
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / Math.max(1, Math.min(left.size, right.size));
}

/**
 * The headline as the page shows it: the <h1> that the declared titles confirm; else a confirmable heading (an
 * <h2>, an <h1> in the site header) that is the declared title; else the <h1> closest to them, or the only <h1>,
 * unless it looks like a label beside a title the declared ones agree on; else the best declared title without its
 * site name. Declared titles are often written for search engines,
 * while the <h1> is what readers (and citations) call the article. Whatever the source, a dateline run into it,
 * the site's name and a label after a pipe are trimmed.
 */
export function chooseHeadline(sources: HeadlineSources): string | null {
  const chosen = chooseUntrimmedHeadline(sources);
  return chosen === null ? null : trimHeadline(chosen.headline, chosen.siteName);
}

/** The headline before trimming, with the site's name as learnt on the way (a blog's <h1> may give it). */
function chooseUntrimmedHeadline(sources: HeadlineSources): { headline: string; siteName: string | null } | null {
  const declared = sources.declared.map(clean).filter((title) => title !== "" && title.length <= MAX_HEADLINE_CHARS);
  const declaredKeys = declared.map(titleKey).filter((key) => key !== "");
  let siteName = sources.siteName;
  const headings: string[] = [];
  const linesOf = new Map<string, string[]>();
  for (const shown of sources.headings) {
    const heading = clean(shown);
    linesOf.set(heading, headingLines(shown));
    const words = titleKey(heading).split(" ").length;
    if (heading.length > MAX_HEADLINE_CHARS || words < MIN_HEADING_WORDS || words > MAX_HEADING_WORDS) continue;
    // A heading that ends in a colon introduces a box below it ("A message from our founder:"), not the page.
    if (INTRODUCES_BELOW.test(heading)) continue;
    // A bare web address as the <h1> is the site's logo text ("example.com").
    if (DOMAIN_NAME.test(heading)) {
      siteName ??= heading;
      continue;
    }
    // A blog's name set as its <h1>: it names the site, and the declared title carries it as a suffix or prefix.
    if (namesSite(heading, declared, siteName)) {
      siteName ??= heading;
      continue;
    }
    headings.push(heading);
  }
  for (const heading of headings) {
    const key = titleKey(heading);
    if (declaredKeys.some((title) => title === key || (title.includes(key) && key.split(" ").length >= 3)))
      return { headline: heading, siteName };
  }
  const strippedKeys = new Set(declared.flatMap((title) => declaredWordings(title, siteName)));
  // A kicker set as a line of the <h1> over the headline ("Exclusive", "Get the look") or run in before a colon
  // ("Blog: Headline"): the part the declared title states is the headline.
  for (const heading of headings) {
    const parts = [...(linesOf.get(heading) ?? []), ...withoutLeadingLabel(heading)];
    const line = parts.find((candidate) => confirmsExactly(candidate, strippedKeys));
    if (line !== undefined && line !== heading) return { headline: line, siteName };
  }
  // Mostly section headings and logos: these count only as the declared title's exact wording.
  for (const heading of (sources.confirmableHeadings ?? []).map(clean)) {
    if (confirmsExactly(heading, strippedKeys)) return { headline: heading, siteName };
  }
  let closest: string | null = null;
  let closestOverlap = MIN_HEADING_OVERLAP;
  for (const heading of headings) {
    const key = titleKey(heading);
    for (const title of declaredKeys) {
      const score = overlap(key, title);
      if (score >= closestOverlap) {
        closest = heading;
        closestOverlap = score;
      }
    }
  }
  const agreed = agreedDeclaredTitle(declared, siteName);
  const unconfirmed = closest ?? (headings.length === 1 ? headings[0]! : null);
  if (unconfirmed !== null && (agreed === null || !yieldsToDeclared(unconfirmed, agreed)))
    return { headline: unconfirmed, siteName };
  // A declared title another source repeats beats one only the first source states (JSON-LD "headline" is at
  // times the description).
  const best = agreed ?? (declared[0] === undefined ? undefined : stripSiteName(declared[0], siteName));
  if (best !== undefined) return { headline: best, siteName };
  const first = headings[0];
  return first === undefined ? null : { headline: first, siteName };
}

/**
 * Whether an <h1> that no declared title states yields to the title the declared ones agree on: a two-word <h1>
 * ("Web Designs", "M&A Updates": words as written) names a section when they agree on a longer headline, and one
 * set in capitals is a label or the headline restyled, which the declared title then words in the site's own case.
 */
function yieldsToDeclared(heading: string, agreed: string): boolean {
  const words = heading.trim().split(/\s+/).length;
  const sectionName = words === MIN_HEADING_WORDS && titleKey(agreed).split(" ").length > MIN_HEADING_WORDS;
  const capitals = /\p{Lu}{2}/u.test(heading) && heading === heading.toUpperCase();
  return sectionName || capitals;
}

/**
 * The kinds of piece a template runs in before a colon: "Blog: Headline", "Opinion: Headline". Other words before
 * a colon are the headline's own, a speaker's name above all ("Zelensky: Ukraine will not cede territory").
 */
const LEADING_LABEL =
  /^((?:the\s+)?(?:blog|opinion|analysis|explainer|exclusive|breaking(?:\s+news)?|live|watch|video|podcast|interview|review|editorial|commentary|column|letters?|feature|photos|gallery|recipe|guide|case\s+study|fact\s+check|sponsored|press\s+release|update)):\s*(.+)$/i;

/** The heading after a run-in label of a kind of piece ("Blog: Headline" gives "Headline"), or nothing. */
function withoutLeadingLabel(heading: string): string[] {
  const match = LEADING_LABEL.exec(heading);
  return match?.[2] ? [match[2].trim()] : [];
}

/** The lines of a heading as shown, each cleaned: a kicker, the headline under it. */
function headingLines(shown: string): string[] {
  return shown
    .split("\n")
    .map(clean)
    .filter((line) => line !== "");
}

/** Whether a heading of two words or more is word for word one of the declared wordings (`declaredWordings`). */
function confirmsExactly(heading: string, wordings: ReadonlySet<string>): boolean {
  const key = titleKey(heading);
  return key.split(" ").length >= MIN_HEADING_WORDS && wordings.has(key);
}

/** The first declared title, without its site name, that another declared title repeats, or null. */
function agreedDeclaredTitle(declared: readonly string[], siteName: string | null): string | null {
  const stripped = declared.map((title) => stripSiteName(title, siteName));
  const keys = stripped.map(titleKey);
  return stripped.find((_, i) => keys[i] !== "" && keys.some((key, j) => j !== i && key === keys[i])) ?? null;
}

/** Keys of what a declared title may say the headline is: all of it, without the site, before a last pipe. */
function declaredWordings(title: string, siteName: string | null): string[] {
  const lastPipe = title.lastIndexOf(" | ");
  return [
    titleKey(title),
    titleKey(withoutSiteParts(title, siteName, true) ?? title),
    lastPipe === -1 ? "" : titleKey(title.slice(0, lastPipe)),
  ];
}

function namesSite(heading: string, declared: readonly string[], siteName: string | null): boolean {
  const key = titleKey(heading);
  if (siteName !== null && titleKey(siteName) === key) return true;
  // The site's part of "Headline | Site" is the shorter one: a heading equal to it is the site's name. A site
  // leads the title only as "Site: Headline"; before a pipe or a dash the first part is the headline.
  return declared.some((title) => {
    const parts = title.split(SEPARATORS_WITH_COLON).map(titleKey);
    if (parts.length < 2) return false;
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    const siteFirst = /^[^:|–—·•»/\\-]*:\s/.test(title);
    return (siteFirst && first === key && last.length > key.length) || (last === key && first.length > key.length);
  });
}

/**
 * The heading block that shows `title`, or -1: the same words, the same words followed by what `trimHeadline`
 * cut ("Headline | Opinion"), or after a run-in label ("Blog: Headline").
 */
export function headlineBlockIndex(blocks: readonly TextBlock[], title: string | null): number {
  const key = title === null ? "" : titleKey(title);
  if (key === "") return -1;
  return blocks.findIndex((block) => {
    if (block.kind !== "heading") return false;
    const blockKey = titleKey(block.text);
    if (blockKey === key || blockKey.startsWith(`${key} `)) return true;
    return withoutLeadingLabel(block.text).some((rest) => titleKey(rest) === key);
  });
}
