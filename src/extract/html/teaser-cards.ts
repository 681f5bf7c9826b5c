// Finds teaser cards: runs of sibling elements built alike, each a linked title, a date and a short excerpt, the
// way "related stories" and "latest news" rails are built, and rails of linked headings over one-line excerpts
// however they are built (teaser-rail.ts); their excerpts read like prose but belong to other pages.
import type { HtmlElement } from "./html-tree.js";
import { teaserRail } from "./teaser-rail.js";
import type { TextBlock } from "./text-blocks.js";

const MIN_CARDS = 3;
/** A card longer than this is a section of the article, not a teaser. */
const MAX_CARD_WORDS = 80;
/** A teaser's linked title is a fair share of its text; an article paragraph's inline links are not. */
const MIN_CARD_LINK_SHARE = 0.08;
/** Share of the siblings built alike that must be built like cards. */
const MIN_TEASER_SHARE = 0.6;
/** Share of those cards that must show a date, and the same share a linked title. */
const MIN_STORY_SHARE = 0.5;
/**
 * A dated card is a story; undated linked cards are as often the article's own list of resources. Dates are
 * short blocks like "Dec 19, 2025", "19 December 2025", "2025-12-19" or "3 hours ago".
 */
const DATE_LINE =
  /^(?:[\p{L}]+,? )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d+ (?:minutes?|hours?|days?|weeks?) ago)\b/iu;

/**
 * An excerpt cut short by the rail that shows it: "Paperwork will be completed earlier. Vendor lists will be...".
 * A card holding one is another page's teaser as surely as a dated one; an article ends its sentences.
 */
const CUT_SHORT = /\p{L}[,;]?\s*(?:\.{3}|…)\s*(?:\[…\]|\[\.{3}\])?$/u;
const MIN_CUT_EXCERPT_WORDS = 8;

/** Per element index: 1 when the element is a teaser card, or holds only a teaser rail's text. */
export function teaserCards(elements: readonly HtmlElement[], blocks: readonly TextBlock[]): Uint8Array {
  const count = elements.length;
  const blockCount = new Int32Array(count);
  const words = new Int32Array(count);
  const chars = new Int32Array(count);
  const linkChars = new Int32Array(count);
  const storyLike = new Uint8Array(count);
  for (const element of elements) if (element.tag === "time") storyLike[element.index] = 1;
  for (const block of blocks) {
    const i = block.owner.index;
    if (block.words <= 8 && DATE_LINE.test(block.text)) storyLike[i] = 1;
    if (block.kind === "paragraph" && block.words >= MIN_CUT_EXCERPT_WORDS && CUT_SHORT.test(block.text))
      storyLike[i] = 1;
    blockCount[i]! += 1;
    words[i]! += block.words;
    chars[i]! += block.chars;
    linkChars[i]! += block.linkChars;
  }
  for (let i = count - 1; i > 0; i--) {
    const parent = elements[i]!.parent;
    if (parent === null) continue;
    blockCount[parent.index]! += blockCount[i]!;
    words[parent.index]! += words[i]!;
    chars[parent.index]! += chars[i]!;
    linkChars[parent.index]! += linkChars[i]!;
    if (storyLike[i] === 1) storyLike[parent.index] = 1;
  }

  /** Built like a card: a few blocks, a short text, some of it linked. */
  const isCard = (element: HtmlElement): boolean => {
    const i = element.index;
    return (
      blockCount[i]! >= 2 &&
      words[i]! >= 4 &&
      words[i]! <= MAX_CARD_WORDS &&
      linkChars[i]! > 0 &&
      linkChars[i]! < chars[i]!
    );
  };
  const hasLinkedTitle = (element: HtmlElement): boolean =>
    linkChars[element.index]! >= MIN_CARD_LINK_SHARE * chars[element.index]!;
  const looksLikeStory = (element: HtmlElement): boolean => storyLike[element.index] === 1;

  const cards = new Uint8Array(count);
  for (const element of elements) {
    if (element.children.length < MIN_CARDS) continue;
    const groups = new Map<string, HtmlElement[]>();
    for (const child of element.children) {
      if (typeof child === "string" || blockCount[child.index] === 0) continue;
      // Numbered classes ("article_0", "article_1") still mark one repeated design.
      const signature = `${child.tag} ${(child.attrs.class ?? "").replace(/\d+/g, "")}`;
      const group = groups.get(signature);
      if (group) group.push(child);
      else groups.set(signature, [child]);
    }
    for (const group of groups.values()) {
      if (group.length < MIN_CARDS) continue;
      const built = group.filter(isCard);
      if (built.length < MIN_CARDS || built.length < MIN_TEASER_SHARE * group.length) continue;
      // A rail's cards are uneven (one lacks a date, one's title is short): the run as a whole must read as stories.
      const needed = MIN_STORY_SHARE * built.length;
      if (built.filter(looksLikeStory).length < needed || built.filter(hasLinkedTitle).length < needed) continue;
      for (const card of built) cards[card.index] = 1;
    }
  }
  // A rail's cards need no build of their own: linked titles over one-line excerpts are cards however they are set.
  const rail = teaserRail(elements, blocks);
  for (let i = 0; i < count; i++) cards[i]! |= rail[i]!;
  return cards;
}
