// Tells the article's own links (sources in a list, a listicle's linked titles, a linked sentence between its
// paragraphs) from navigation, so the scorer neither lifts nor sinks a container for them.
import { isParagraph, isProse, MAX_LINK_DENSITY } from "./block-shapes.js";
import type { HtmlElement } from "./html-tree.js";
import type { TextBlock } from "./text-blocks.js";

/**
 * Words a linked list's entries average at most when it is a menu ("Home", "About us"). Set between the article's
 * paragraphs, a list of names a few words long (the shops, the sources) is the article's own.
 */
const MENU_ENTRY_WORDS = 2;

/**
 * Per block: 1 when it belongs to a list whose nearest blocks before and after are prose paragraphs. A list
 * of links there (sources, changes, sponsors named in the text) belongs to the article; menus and rails of
 * other stories sit beside the prose, not inside it. A subheading may sit between the prose and the list, a
 * short line ending in a colon may stand for the prose before it, and the next section's unlinked heading for the
 * prose after it (a section often closes on its list).
 */
function itemsAmidProse(blocks: readonly TextBlock[]): Uint8Array {
  const marks = new Uint8Array(blocks.length);
  // "Many patches were sent for review:" announces the list even when too short to count as prose.
  const introducesList = (block: TextBlock | undefined) =>
    isParagraph(block) || (block?.kind === "paragraph" && block.linkChars === 0 && /:\s*$/.test(block.text));
  let i = 0;
  while (i < blocks.length) {
    // Items often wrap their text in paragraphs (<li><p>): any block of a list counts, table cells do not.
    const { group, row } = blocks[i]!;
    if (group === -1 || row !== -1) {
      i++;
      continue;
    }
    let end = i;
    let words = blocks[i]!.words;
    while (end + 1 < blocks.length && blocks[end + 1]!.group === group) words += blocks[++end]!.words;
    const before = blocks[i - 1]?.kind === "heading" ? i - 2 : i - 1;
    // Entries as short as menu entries make a menu, wherever it sits.
    const titled = words > MENU_ENTRY_WORDS * (end - i + 1);
    const after = blocks[end + 1];
    const closesSection = isParagraph(after) || (after?.kind === "heading" && after.linkChars === 0);
    if (titled && introducesList(blocks[before]) && closesSection) marks.fill(1, i, end + 1);
    i = end + 1;
  }
  return marks;
}

/**
 * Per block: 1 for a linked heading that opens a section of prose (a listicle's entry titled with a link to what it
 * reviews, however short its text). Linked titles with no prose under them are a menu or a rail; a rail's cards with
 * an excerpt are told apart by their build or by their one-line excerpts (see teaserCards).
 */
function linkedSectionHeadings(blocks: readonly TextBlock[]): Uint8Array {
  const marks = new Uint8Array(blocks.length);
  let sectionProse = 0;
  // Walk backwards so that each heading sees the prose between it and the next heading.
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (block.kind !== "heading") {
      if (isProse(block)) sectionProse += block.chars;
      continue;
    }
    if (block.group === -1 && sectionProse > 0) marks[i] = 1;
    sectionProse = 0;
  }
  return marks;
}

/**
 * Per block: 1 for an item of a list whose text is mostly not links: a packing list or a list of steps that links
 * a few of its items to shops or guides. A menu is links through and through.
 */
function itemsOfPlainLists(blocks: readonly TextBlock[]): Uint8Array {
  const chars = new Map<number, number>();
  const linkChars = new Map<number, number>();
  for (const block of blocks) {
    if (block.group === -1 || block.row !== -1) continue;
    chars.set(block.group, (chars.get(block.group) ?? 0) + block.chars);
    linkChars.set(block.group, (linkChars.get(block.group) ?? 0) + block.linkChars);
  }
  const marks = new Uint8Array(blocks.length);
  blocks.forEach((block, i) => {
    if (block.group === -1 || block.row !== -1) return;
    if ((linkChars.get(block.group) ?? 0) <= MAX_LINK_DENSITY * (chars.get(block.group) ?? 0)) marks[i] = 1;
  });
  return marks;
}

/** A sentence's close: a full stop, question or exclamation mark or colon, maybe inside quotes or brackets. */
const SENTENCE_END = /[.!?:][\s"”’')\]]*$/u;
/** Words a linked sentence needs: "Learn more." is a button's label, "Read our full review of the X." a sentence. */
const MIN_LINKED_SENTENCE_WORDS = 4;

/** Prose paragraphs the parent of a linked sentence must hold for it to be a passage rather than a card. */
const MIN_PASSAGE_PARAGRAPHS = 3;

/**
 * Per block: 1 for a paragraph that is one linked sentence set between the article's paragraphs ("Here is how we
 * report for our clients.", "You can read our full review of the X."). A menu entry or a linked title ends
 * without a full stop; a card's call to action ("Learn how to ...") follows a one-paragraph blurb.
 */
function linkedSentencesAmidProse(blocks: readonly TextBlock[]): Uint8Array {
  const marks = new Uint8Array(blocks.length);
  const paragraphsUnder = new Map<HtmlElement, number>();
  for (const block of blocks) {
    const parent = block.owner.parent;
    if (parent !== null && isParagraph(block)) paragraphsUnder.set(parent, (paragraphsUnder.get(parent) ?? 0) + 1);
  }
  blocks.forEach((block, i) => {
    if (block.kind !== "paragraph" || block.group !== -1 || block.words < MIN_LINKED_SENTENCE_WORDS) return;
    if (block.linkChars <= MAX_LINK_DENSITY * block.chars || !SENTENCE_END.test(block.text)) return;
    const parent = block.owner.parent;
    if (parent === null || (paragraphsUnder.get(parent) ?? 0) < MIN_PASSAGE_PARAGRAPHS) return;
    if (isParagraph(blocks[i - 1]) || isParagraph(blocks[i + 1])) marks[i] = 1;
  });
  return marks;
}

/**
 * Per block: 1 when its links are the article's own (see itemsAmidProse, linkedSectionHeadings, itemsOfPlainLists,
 * linkedSentencesAmidProse).
 */
export function articleLinkBlocks(blocks: readonly TextBlock[]): Uint8Array {
  const marks = itemsAmidProse(blocks);
  const headings = linkedSectionHeadings(blocks);
  const plain = itemsOfPlainLists(blocks);
  const sentences = linkedSentencesAmidProse(blocks);
  for (let i = 0; i < marks.length; i++) marks[i]! |= headings[i]! | plain[i]! | sentences[i]!;
  return marks;
}
