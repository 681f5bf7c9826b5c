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
 * Rails sit beside an article: the prose around them holds half as many words again as all the rails do. A page
 * made of such units is a hub or a guide whose entries are its content.
 */
const MIN_ARTICLE_TO_RAIL_WORDS = 1.5;
/** A paragraph this long counts as article prose when weighing a rail against the text around it. */
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

interface RailRun {
  start: number;
  end: number;
  words: number;
}

/** A rail's titles are built alike: a heading of another level opens the article's next section. */
function isRailUnit(blocks: readonly TextBlock[], at: number, level: number): boolean {
  return isLinkedTitle(blocks[at]) && blocks[at]!.level === level && isExcerpt(blocks[at + 1]);
}

/** A linked heading at `at` (none when -1) over more than one block: a section of its own, not a teaser. */
function opensLongSection(blocks: readonly TextBlock[], at: number, level: number): boolean {
  if (!isLinkedTitle(blocks[at]) || blocks[at]!.level !== level) return false;
  let under = 0;
  for (let k = at + 1; k < blocks.length && blocks[k]!.kind !== "heading"; k++) under++;
  return under > 1;
}

/** The nearest heading from `from` on, going back (step -1) or forward (step 1); -1 when there is none. */
function nearestHeading(blocks: readonly TextBlock[], from: number, step: 1 | -1): number {
  for (let k = from; k >= 0 && k < blocks.length; k += step) if (blocks[k]!.kind === "heading") return k;
  return -1;
}

/**
 * A run flanked by a linked heading of its level over a longer section is one stretch of a series: a live blog's
 * or a guide's entries, some of which happen to be a line long.
 */
function isPartOfSeries(blocks: readonly TextBlock[], run: RailRun): boolean {
  const level = blocks[run.start]!.level;
  const before = nearestHeading(blocks, run.start - 1, -1);
  const after = nearestHeading(blocks, run.end, 1);
  return opensLongSection(blocks, before, level) || opensLongSection(blocks, after, level);
}

/** Runs of at least MIN_RAIL_UNITS "linked heading over a one-line excerpt" units that stand apart from a series. */
function railRuns(blocks: readonly TextBlock[]): RailRun[] {
  const runs: RailRun[] = [];
  let i = 0;
  while (i < blocks.length) {
    const level = blocks[i]!.level;
    let end = i;
    let words = 0;
    while (isRailUnit(blocks, end, level)) {
      words += blocks[end]!.words + blocks[end + 1]!.words;
      end += 2;
    }
    const run = { start: i, end, words };
    if (end - i >= 2 * MIN_RAIL_UNITS && !isPartOfSeries(blocks, run)) runs.push(run);
    i = end > i ? end : i + 1;
  }
  return runs;
}

/** The element and its ancestors, nearest first. */
function ancestry(element: HtmlElement): HtmlElement[] {
  const chain: HtmlElement[] = [];
  for (let node: HtmlElement | null = element; node !== null; node = node.parent) chain.push(node);
  return chain;
}

/**
 * Words of article prose a rail is weighed against: the paragraphs in the nearest container around the rail that
 * holds any. Prose further off (an author's bio, readers' comments) is not the text the rail sits beside.
 */
function proseBesideRails(blocks: readonly TextBlock[], marks: Uint8Array, runs: readonly RailRun[]): number {
  // The rails' common container and its ancestors, nearest first.
  let chain = ancestry(blocks[runs[0]!.start]!.owner);
  for (const run of runs)
    for (let b = run.start; b < run.end; b++) {
      const around = new Set(ancestry(blocks[b]!.owner));
      chain = chain.filter((element) => around.has(element));
    }
  const depth = new Map(chain.map((element, d) => [element, d] as const));
  // Each paragraph counts at the nearest container of the chain that holds it.
  const wordsAtDepth = new Array<number>(chain.length).fill(0);
  blocks.forEach((block, b) => {
    if (marks[b] === 1 || block.kind !== "paragraph" || block.words < MIN_ARTICLE_PARAGRAPH_WORDS) return;
    for (let node: HtmlElement | null = block.owner; node !== null; node = node.parent) {
      const d = depth.get(node);
      if (d === undefined) continue;
      wordsAtDepth[d]! += block.words;
      return;
    }
  });
  return wordsAtDepth.find((words) => words > 0) ?? 0;
}

/**
 * Per block: 1 when it belongs to a run of at least MIN_RAIL_UNITS "linked heading over a one-line excerpt"
 * units in a row, titled at one level and standing apart from any series of longer sections titled alike.
 */
export function railBlocks(blocks: readonly TextBlock[]): Uint8Array {
  const marks = new Uint8Array(blocks.length);
  const runs = railRuns(blocks);
  if (runs.length === 0) return marks;
  for (const run of runs) marks.fill(1, run.start, run.end);
  // All runs together against the prose: a guide split into sections by unlinked headings is one set of entries.
  const railWords = runs.reduce((sum, run) => sum + run.words, 0);
  if (proseBesideRails(blocks, marks, runs) < MIN_ARTICLE_TO_RAIL_WORDS * railWords) marks.fill(0);
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
