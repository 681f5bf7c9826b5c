// Drops the list of links that closes a body ("Related reading", "More guides"): every line of it is a link to
// another page, so none of it is the article's text, and the label over it goes with it.
import type { TextBlock } from "./text-blocks.js";

/** Lines in a row that make a list of links: two links at the end are as often the article's own pointers. */
const MIN_LINKED_LINES = 3;
/** Share of a line's text inside links for it to be a link to another page. */
const MIN_LINE_LINK_SHARE = 0.9;
/** A link list's lines are titles: a longer line is a sentence that links out. */
const MAX_LINE_WORDS = 15;
/** A label over the list is a heading or a short lead-in line. */
const MAX_LABEL_WORDS = 20;

/** A numbered list of links is the article's sources, cited by their numbers. */
function isNumberedItem(block: TextBlock): boolean {
  for (let node = block.owner.parent; node !== null; node = node.parent) {
    if (node.tag === "ol") return true;
    if (node.tag === "ul") return false;
  }
  return false;
}

function isLinkedLine(block: TextBlock): boolean {
  return (
    (block.kind === "item" || block.kind === "paragraph") &&
    !isNumberedItem(block) &&
    block.words <= MAX_LINE_WORDS &&
    block.linkChars >= MIN_LINE_LINK_SHARE * block.chars
  );
}

/** A heading, or a short unlinked line that leads into what follows ("Read more:"). */
function isLabel(block: TextBlock | undefined): boolean {
  if (block === undefined || block.linkChars > 0 || block.words > MAX_LABEL_WORDS) return false;
  return block.kind === "heading" || /:\s*$/u.test(block.text);
}

/** Where a list of links ending at `end` starts (with its label), or `end` when the blocks before it are no such list. */
function linkListStart(blocks: readonly TextBlock[], end: number): number {
  let start = end;
  while (start > 0 && isLinkedLine(blocks[start - 1]!)) start--;
  if (end - start < MIN_LINKED_LINES) return end;
  return isLabel(blocks[start - 1]) ? start - 1 : start;
}

/** The body without the lists of links (and their labels) at its end; a body made only of links is kept whole. */
export function dropClosingLinkList(blocks: readonly TextBlock[]): TextBlock[] {
  let end = blocks.length;
  let start = linkListStart(blocks, end);
  while (start > 0 && start < end) {
    end = start;
    start = linkListStart(blocks, end);
  }
  return blocks.slice(0, end);
}
