// Reads the byline a page shows by its headline ("By Jane Doe", or a "Written by" label over the name), or
// labels anywhere on the page. Pure.
import { isJobTitle, joinAuthors, looksLikePersonName } from "./author-names.js";
import { descendants } from "./html-tree.js";
import type { TextBlock } from "./text-blocks.js";

export interface ShownByline {
  /** Cleaned names, "Jane Doe, John Roe". */
  names: string;
  /** Found above the headline, where a byline shares space with kickers and other stories' credits. */
  aboveHeadline: boolean;
}

/** Blocks searched around the headline: kickers and datelines sit above it, bylines just below. */
const BEFORE_HEADLINE = 4;
const AFTER_HEADLINE = 8;
/** A byline is short; a longer block that starts with "By" is a sentence ("By planning ahead, you…"). */
const MAX_BYLINE_WORDS = 24;
/** The block after a bare label holds only the name (and perhaps a role). */
const MAX_NAME_BLOCK_WORDS = 10;
/** A lower-case word after "by" is prose ("by the end…") unless the line is as short as a handle's credit. */
const MAX_LOWERCASE_CREDIT_WORDS = 3;

/** "By", "Written by:", "Authors:" opening a byline line. */
const CREDIT_PREFIX =
  /^(?:(?:written|posted|reported|words|story|text|article)\s+)?by\b\s*:?\s*|^(?:authors?|contributors?)\s*:\s*/i;
/** A label set apart from the name it introduces: "By", "Written by:", "Author", "Contributors". */
const LABEL_ONLY =
  /^(?:(?:written|posted|reported|words|story|article)\s+)?by\s*:?$|^(?:authors?|authors?\(s\)|contributors?|(?:(?:article|post|story)\s+)?written by)\s*:?$/i;
/** Words run together ("ChecklistsJust Engaged"): the texts of adjacent links, such as categories, not a name. */
const RUN_TOGETHER = /\p{Ll}{3}\p{Lu}\p{Ll}/u;
/** A date or status run onto the name by markup ("Jane DoeNovember 20, 2007", "Jane DoePublished: …"). */
const GLUED_DATE =
  /(\p{Ll})(?=(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|(?:Published|Updated|Posted)\b))/gu;
/** "Written by Jane Doe" anywhere: the phrase names an author even in a box at the end of the article. */
const WRITTEN_BY = /^written by\b/i;
/** Blocks with no letters ("•", "|") sit between a label and the name without meaning anything. */
const NO_LETTERS = /^[^\p{L}]*$/u;

/** "ByJane Doe": a "By" styled apart from the name with no space; case tells it from a word ("Byron"). */
const GLUED_BY = /^((?:[Ww]ritten |[Pp]osted )?[Bb]y:?)(?=\p{Lu})/u;
/**
 * A credit after a dateline or a separator on the same line: "Published May 7, 2023 by Jane Doe",
 * "March 15 · 3 min read · By Jane Doe". Credits of reviewers, editors and photographers are passed over.
 */
const MID_LINE_BY = /(?:^|\s)(?:(?:written|posted)\s+)?by\b\s*:?\s*/gi;
const OTHER_CREDIT = /\b(?:reviewed|checked|edited|updated|photos?|photographed|illustrations?|images?|video)\s*$/i;
const DATELINE_OR_SEPARATOR =
  /\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|[·•|—–]|\b(?:published|posted)\b/i;

/** Where the credit starts in a byline line, or -1. A heading's "by" credits a work it names, not the page. */
function creditStart(text: string, heading: boolean): number {
  const prefix = CREDIT_PREFIX.exec(text);
  if (prefix !== null) return prefix[0].length;
  if (heading) return -1;
  for (const match of text.matchAll(MID_LINE_BY)) {
    const before = text.slice(0, match.index);
    if (OTHER_CREDIT.test(before)) continue;
    return DATELINE_OR_SEPARATOR.test(before) ? match.index + match[0].length : -1;
  }
  return -1;
}

/** The credit a "By …" block gives, or null when the block is no byline. */
function creditIn(block: TextBlock): string | null {
  if (block.words > MAX_BYLINE_WORDS) return null;
  const text = block.text.replace(/\n/g, " | ").replace(GLUED_DATE, "$1 ").replace(GLUED_BY, "$1 ");
  const start = creditStart(text, block.kind === "heading");
  if (start === -1 || start === text.length) return null;
  const rest = text.slice(start);
  if (!/^\p{Lu}/u.test(rest) && block.words > MAX_LOWERCASE_CREDIT_WORDS) return null;
  return RUN_TOGETHER.test(rest) ? null : joinAuthors([rest]);
}

/** Names listed under one label, one per list item ("Author(s)" over a list of three names). */
const MAX_LISTED_NAMES = 8;

/**
 * The name in the first short block with letters after a bare label at `label`; when that block is a list item,
 * the names of the items listed with it.
 */
function nameAfterLabel(blocks: readonly TextBlock[], label: number, end: number): string | null {
  for (let i = label + 1; i < end; i++) {
    const block = blocks[i]!;
    if (NO_LETTERS.test(block.text)) continue;
    if (block.words > MAX_NAME_BLOCK_WORDS) return null;
    if (RUN_TOGETHER.test(block.text)) return null;
    const listed = [block];
    for (let j = i + 1; block.group !== -1 && j < blocks.length && listed.length < MAX_LISTED_NAMES; j++) {
      const next = blocks[j]!;
      if (next.group !== block.group || next.words > MAX_NAME_BLOCK_WORDS || RUN_TOGETHER.test(next.text)) break;
      listed.push(next);
    }
    return joinAuthors(listed.map((item) => item.text.replace(/\n/g, " | ")));
  }
  return null;
}

/**
 * The byline shown around the headline (block `headline` of `blocks`): the first "By Jane Doe" line below it, or
 * the name under a bare "Written by" label there; failing those, the nearest "By" line above it (a kicker row).
 * Null when there is none. Names come cleaned ("Jane Doe").
 */
export function bylineNearHeadline(blocks: readonly TextBlock[], headline: number): ShownByline | null {
  const to = Math.min(blocks.length, headline + AFTER_HEADLINE + 1);
  for (let i = headline + 1; i < to; i++) {
    const block = blocks[i]!;
    const names = LABEL_ONLY.test(block.text.trim()) ? nameAfterLabel(blocks, i, to) : creditIn(block);
    if (names !== null) return { names, aboveHeadline: false };
  }
  for (let i = headline - 1; i >= Math.max(0, headline - BEFORE_HEADLINE); i--) {
    const names = creditIn(blocks[i]!);
    if (names !== null) return { names, aboveHeadline: true };
  }
  return null;
}

/** A labelled byline found anywhere on the page: the names and the block that holds the label. */
export interface LabelledByline {
  names: string;
  index: number;
}

/**
 * The first byline the page labels anywhere ("Written by Jane Doe", or "Author" over a name), for pages whose
 * headline has none near it; null when there is none.
 */
export function findLabelledByline(blocks: readonly TextBlock[]): LabelledByline | null {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    // Menus list "Authors" and "Contributors" pages: a label that is a link or a list item introduces no name
    // ("Written by" before a linked name is a credit all the same).
    if (block.group !== -1) continue;
    const text = block.text.trim();
    if (LABEL_ONLY.test(text) && block.linkChars === 0) {
      const names = nameAfterLabel(blocks, i, Math.min(blocks.length, i + 3));
      if (names !== null) return { names, index: i };
    } else if (WRITTEN_BY.test(text)) {
      const names = creditIn(block);
      if (names !== null) return { names, index: i };
    }
  }
  return null;
}

/** The names of the first byline the page labels anywhere, or null. */
export function labelledByline(blocks: readonly TextBlock[]): string | null {
  return findLabelledByline(blocks)?.names ?? null;
}

/** Blocks under the headline searched for a name shown without "By": the meta row comes before the body. */
const UNLABELLED_AFTER_HEADLINE = 4;
/** A meta row beside the name: a date or a reading time, short. */
const MAX_META_ROW_WORDS = 12;
const DATE_OR_READING_TIME =
  /\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\bmins?\s+read\b|\bminutes?\s+read\b/i;
/** What parts a meta row's fields on one line: "Dec 26, 2025 • Jane Doe". */
const META_SEPARATOR = /\s+[•·|—–]\s+|\n/;

/** Links by the meta row that read like a name: categories and tags ("Social Media"), buttons ("Get Started"). */
const LINK_LABEL = /categor|\btags?\b|\/tag\/|topic|button|\bbtn\b|\bcta\b/i;

function isLinkLabel(block: TextBlock): boolean {
  const near = [block.owner, ...descendants(block.owner)];
  return near.some(
    (element) =>
      element.tag === "button" || LINK_LABEL.test(`${element.attrs.class ?? ""} ${element.attrs.href ?? ""}`),
  );
}

/** A job title under a name ("Co-Founder & Marketing Director"), between it and the date. */
const MAX_ROLE_WORDS = 6;

function isMetaRow(block: TextBlock | undefined): boolean {
  return block !== undefined && block.words <= MAX_META_ROW_WORDS && DATE_OR_READING_TIME.test(block.text);
}

function isRoleLine(block: TextBlock | undefined): boolean {
  return block !== undefined && block.words <= MAX_ROLE_WORDS && isJobTitle(block.text);
}

/** A meta row just before or after block `i`, or after the role line that follows it. */
function besideMetaRow(blocks: readonly TextBlock[], i: number): boolean {
  return (
    isMetaRow(blocks[i - 1]) || isMetaRow(blocks[i + 1]) || (isRoleLine(blocks[i + 1]) && isMetaRow(blocks[i + 2]))
  );
}

/** A person's name among a meta row's fields ("Dec 26, 2025 • Jane Doe in Politics"), when a field dates the row. */
function nameInMetaRow(text: string): string | null {
  const fields = text.split(META_SEPARATOR).map((field) => field.trim().replace(/\s+in\s+\p{Lu}.*$/u, ""));
  if (fields.length < 2 || !fields.some((field) => DATE_OR_READING_TIME.test(field))) return null;
  return fields.find((field) => looksLikePersonName(field)) ?? null;
}

/**
 * A name shown without "By" just under the headline (block `headline`): alone in a block beside a date or reading
 * time, or as a field of the dated meta row. Null when there is none; a name alone, away from a date, may be
 * anything.
 */
export function unlabelledBylineNearHeadline(blocks: readonly TextBlock[], headline: number): string | null {
  const to = Math.min(blocks.length, headline + UNLABELLED_AFTER_HEADLINE + 1);
  for (let i = headline + 1; i < to; i++) {
    const block = blocks[i]!;
    if (block.kind === "heading" || block.words > MAX_META_ROW_WORDS) continue;
    const text = block.text.trim();
    if (looksLikePersonName(text) && besideMetaRow(blocks, i) && !isLinkLabel(block)) return text;
    const inRow = nameInMetaRow(text);
    if (inRow !== null) return inRow;
  }
  return null;
}
