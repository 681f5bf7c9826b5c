// Picks the article's headline from what the page declares (og:title, JSON-LD, <title>) and what it shows (<h1>).

import { decodeHTML } from "entities";

export interface HeadlineSources {
  /** Titles the page declares, best first: JSON-LD headline, og:title, twitter:title, <title>. */
  declared: readonly string[];
  /** Visible <h1> texts in document order. */
  headings: readonly string[];
  /** The site's name when known: it is cut from declared titles ("Headline | Site"). */
  siteName: string | null;
}

const SEPARATORS = /\s+[|–—:·•»/\\-]\s+|\s+-{2}\s+/;
/** "Site: Headline" also uses a colon, but so do headlines ("Review: A fine phone"): only cut a known site. */
const SEPARATORS_WITH_COLON = /\s+[|–—:·•»/\\-]\s+|\s+-{2}\s+|:\s+/;
const MAX_HEADLINE_CHARS = 400;
/** A one-word <h1> is a logo or a section name, not a headline. */
const MIN_HEADING_WORDS = 2;
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

/** The declared title without its site part: "Headline | Site" → "Headline". */
export function stripSiteName(title: string, siteName: string | null): string {
  const siteKey = siteName ? titleKey(siteName) : "";
  if (siteKey !== "") {
    const parts = title.split(SEPARATORS_WITH_COLON).map((part) => part.trim());
    const kept = parts.filter((part) => {
      const key = titleKey(part);
      return key !== siteKey && !(key.length > 0 && siteKey.includes(key) && key.length >= 4);
    });
    if (kept.length > 0 && kept.length < parts.length) return joinKept(title, kept);
  }
  const parts = title.split(SEPARATORS).map((part) => part.trim());
  if (parts.length < 2) return title;
  // Without a known site name, cut a short last part ("… | CNN"), never the main one.
  const last = parts[parts.length - 1]!;
  const head = parts.slice(0, -1);
  if (last.split(" ").length <= 4 && titleKey(head.join(" ")).split(" ").length >= 3) return joinKept(title, head);
  return title;
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
 * The headline as the page shows it: the <h1> that the declared titles confirm; else the <h1> closest to them;
 * else the only <h1>; else the best declared title without its site name. Declared titles are often written for
 * search engines, while the <h1> is what readers (and citations) call the article.
 */
export function chooseHeadline(sources: HeadlineSources): string | null {
  const declared = sources.declared.map(clean).filter((title) => title !== "" && title.length <= MAX_HEADLINE_CHARS);
  const declaredKeys = declared.map(titleKey).filter((key) => key !== "");
  let siteName = sources.siteName;
  const headings: string[] = [];
  for (const heading of sources.headings.map(clean)) {
    if (heading.length > MAX_HEADLINE_CHARS || titleKey(heading).split(" ").length < MIN_HEADING_WORDS) continue;
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
      return heading;
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
  if (closest !== null) return closest;
  if (headings.length === 1) return headings[0]!;
  const best = declared[0];
  if (best !== undefined) return stripSiteName(best, siteName);
  return headings[0] ?? null;
}

function namesSite(heading: string, declared: readonly string[], siteName: string | null): boolean {
  const key = titleKey(heading);
  if (siteName !== null && titleKey(siteName) === key) return true;
  // The site's part of "Headline | Site" is the shorter one: a heading equal to it is the site's name.
  return declared.some((title) => {
    const parts = title.split(SEPARATORS_WITH_COLON).map(titleKey);
    if (parts.length < 2) return false;
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    return (first === key && last.length > key.length) || (last === key && first.length > key.length);
  });
}
