// Names the writer of a personal site that prints no byline: the person the site is named after ("Jane Porter" as
// the header, "Jane Porter's blog", "© 2025 Jane Porter"), when the host name carries that name too.
import { cleanAuthor } from "./text/author-name.js";
import { COPYRIGHT_NAME } from "./text/outlet.js";
import { isKnownFirstName, looksLikePersonName } from "./text/person-name.js";

/** The site's header is among a page's first lines of text; its footer among the last. */
const HEADER_LINES = 6;
const FOOTER_LINES = 15;
/** Words in a header or footer line that names the site's owner ("Jane Porter's Tech Blog"). */
const MAX_OWNER_LINE_WORDS = 10;
/** A site's owner is named in two or three words ("Jane Porter", "Ana de Souza"); more make a site's own name. */
const MAX_OWNER_NAME_WORDS = 3;
/** A name part shorter than this ("Al", "Dan" in "jordannews") may match a host by chance. */
const MIN_HOST_PART = 4;

/** "Jane Porter's blog", "Jane Porter’s Tech Blog": the site named as its owner's. */
const OWNERS_SITE = /^(.+?)['’]s\s+(?:[\p{L}-]+\s+){0,2}(?:blog|site|website|homepage|home page|notes|journal)\b/iu;
/**
 * Words that make a site's name a business's though they may be a person's surname elsewhere ("Sofia Health",
 * "Jane Porter Design", "Ava Community Energy"); looksLikePersonName already refuses the plain organisation words.
 */
const BUSINESS_WORD = /^(?:health|care|co|tech|digital|bank|law|homes?|press|design|travel|store|shop|films)$/i;

/** Marks a header prints after the site's name: "Jane Porter//", "Jane Porter |", "Jane Porter —". */
const TRAILING_MARKS = /[\s/|•·—–-]+$/;

/** Letters of the host name and of a "~user" path, lower case: "tobyhede.com" → "tobyhedecom". */
function hostLetters(url: string): string | null {
  try {
    const parsed = new URL(url);
    const user = /^\/~([^/]+)/.exec(parsed.pathname)?.[1] ?? "";
    return fold(parsed.hostname.replace(/^www\d?\./, "") + user);
  } catch {
    return null;
  }
}

/** Lower case, accents and everything but letters dropped: "Guillaume-Gómez" → "guillaumegomez". */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}]/gu, "");
}

/** The name a header or footer line gives its site, if any. */
function namedOnLine(text: string): string | null {
  const owned = OWNERS_SITE.exec(text)?.[1];
  if (owned !== undefined) return owned;
  const copyrighted = /©|\(c\)|copyright/i.test(text) ? COPYRIGHT_NAME.exec(text)?.[1] : undefined;
  if (copyrighted !== undefined) return copyrighted;
  return text.replace(TRAILING_MARKS, "");
}

/**
 * The owner of a personal site, for a page that names no author: a person's name (two or three words, opening with a
 * known first name, no organisation word) that a line naming the site gives — its header, its name, its copyright —
 * and that the host name carries ("pierce.dev", "tobyhede.com", "~cjwatson"). Without a URL nothing vouches for the
 * name, and none is given. `lines` are the candidates, most telling first.
 */
export function siteOwner(lines: readonly string[], url: string | null): string | null {
  const host = url === null ? null : hostLetters(url);
  if (host === null) return null;
  for (const line of lines) {
    const words = line.split(/\s+/).filter((word) => word !== "").length;
    if (words === 0 || words > MAX_OWNER_LINE_WORDS) continue;
    const raw = namedOnLine(line);
    const name = raw === null ? null : cleanAuthor(raw);
    if (name === null || !name.includes(" ") || name.includes(",")) continue;
    const parts = name.split(/\s+/);
    if (parts.length > MAX_OWNER_NAME_WORDS || name === name.toUpperCase()) continue;
    if (parts.some((part) => BUSINESS_WORD.test(part))) continue;
    const inHost = parts.some((part) => fold(part).length >= MIN_HOST_PART && host.includes(fold(part)));
    if (inHost && isKnownFirstName(parts[0] ?? "") && looksLikePersonName(name)) return name;
  }
  return null;
}

/** A page's first and last lines: where its header and its footer print the site's name. */
export function headerAndFooter(lines: readonly string[]): string[] {
  return [...lines.slice(0, HEADER_LINES), ...lines.slice(Math.max(HEADER_LINES, lines.length - FOOTER_LINES))];
}
