// Finds teaser rails written as a flat run of text: linked headings, each over a one-sentence excerpt ("More
// stories"). Cards wrapped alike and dated are found by their build (teaser-cards.ts); these may have neither, so
// they are told apart from an article's linked sections by how little each heading has under it.
import type { HtmlElement } from "./html-tree.js";
import type { TextBlock } from "./text-blocks.js";

/** Units in a row that make a rail: two linked sections with a line each are still an article's. */
const MIN_RAIL_UNITS = 3;
/** Share of a heading's text inside links for it to be a linked title. */
const MIN_TITLE_LINK_SHARE = 0.5;
/** An excerpt is a line: an article's section under a linked heading says more than this. */
const MAX_EXCERPT_WORDS = 30;
/** Sentences an excerpt holds at most: one, and one more for a stray full stop ("St. Mary's") or a tagline. */
const MAX_EXCERPT_SENTENCES = 2;
/**
 * Rails sit beside an article: the page's other paragraphs hold half as many words again as all its rails do. A page
 * made of such units is a hub or a guide whose entries are its content.
 */
const MIN_ARTICLE_TO_RAIL_WORDS = 1.5;
/** A paragraph this long counts as article prose when weighing a rail against the page. */
const MIN_ARTICLE_PARAGRAPH_WORDS = 15;
/** A sentence's end followed by more text: ". T", "? A". */
const INNER_SENTENCE_END = /[.!?]["”’')\]]*\s+\S/gu;

function isLinkedTitle(block: TextBlock | undefined): boolean {
  return block?.kind === "heading" && block.linkChars >= MIN_TITLE_LINK_SHARE * block.chars;
}

function isExcerpt(block: TextBlock | undefined): boolean {
  if (block?.kind !== "paragraph") return false;
  if (block.words > MAX_EXCERPT_WORDS) return false;
  return (block.text.match(INNER_SENTENCE_END)?.length ?? 0) < MAX_EXCERPT_SENTENCES;
}

/**
 * Per block: 1 when it belongs to a run of at least MIN_RAIL_UNITS "linked heading over a one-line excerpt"
 * units in a row.
 */
export function railBlocks(blocks: readonly TextBlock[]): Uint8Array {
  const marks = new Uint8Array(blocks.length);
  const runs: { start: number; end: number; words: number }[] = [];
  let i = 0;
  while (i < blocks.length) {
    let end = i;
    let words = 0;
    while (isLinkedTitle(blocks[end]) && isExcerpt(blocks[end + 1])) {
      words += blocks[end]!.words + blocks[end + 1]!.words;
      end += 2;
    }
    if (end - i >= 2 * MIN_RAIL_UNITS) runs.push({ start: i, end, words });
    i = end > i ? end : i + 1;
  }
  if (runs.length === 0) return marks;
  for (const run of runs) marks.fill(1, run.start, run.end);
  let articleWords = 0;
  blocks.forEach((block, b) => {
    if (marks[b] === 0 && block.kind === "paragraph" && block.words >= MIN_ARTICLE_PARAGRAPH_WORDS)
      articleWords += block.words;
  });
  // All runs together against the page: a guide split into sections by unlinked headings is one set of entries.
  const railWords = runs.reduce((sum, run) => sum + run.words, 0);
  if (articleWords < MIN_ARTICLE_TO_RAIL_WORDS * railWords) marks.fill(0);
  return marks;
}

/**
 * Per element index: 1 for the elements holding a rail's text. An element is marked only when every block in its
 * subtree is part of the rail, so a container that also holds the article is never taken for the rail.
 */
export function teaserRail(elements: readonly HtmlElement[], blocks: readonly TextBlock[]): Uint8Array {
  const marks = new Uint8Array(elements.length);
  const inRail = railBlocks(blocks);
  if (!inRail.includes(1)) return marks;
  // Blocks come in document order, so a subtree's blocks are one span: from its first block to its last.
  const first = new Int32Array(elements.length).fill(blocks.length);
  const last = new Int32Array(elements.length).fill(-1);
  blocks.forEach((block, b) => {
    const i = block.owner.index;
    first[i] = Math.min(first[i]!, b);
    last[i] = b;
  });
  for (let i = elements.length - 1; i > 0; i--) {
    const parent = elements[i]!.parent;
    if (parent === null) continue;
    first[parent.index] = Math.min(first[parent.index]!, first[i]!);
    last[parent.index] = Math.max(last[parent.index]!, last[i]!);
  }
  for (let b = 0; b < blocks.length; b++) {
    if (inRail[b] !== 1) continue;
    const owner = blocks[b]!.owner;
    let whole = true;
    for (let k = first[owner.index]!; k <= last[owner.index]! && whole; k++) whole = inRail[k] === 1;
    if (whole) marks[owner.index] = 1;
  }
  return marks;
}
