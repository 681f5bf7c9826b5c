// Drops the closing sections of a body that share next to no content words with the headline and the text above them.
import { isStopWord } from "../../analyze/stop-words.js";
import { isProse } from "./block-shapes.js";
import type { HtmlElement } from "./html-tree.js";
import type { TextBlock } from "./text-blocks.js";

/** Distinct content words the opening paragraphs must hold before any later section is judged against them. */
const LEDE_WORDS = 150;
/** A section needs this many distinct content words before its overlap says anything. */
const MIN_JUDGED_WORDS = 12;
/** A section with at most this share of its content words in the headline and the body above it is off topic. */
const MAX_OFF_TOPIC_OVERLAP = 0.18;
/** Sections dropped together may hold at most this share of the body's words: more is the article itself. */
const MAX_DROPPED_SHARE = 0.35;
const MIN_WORD_LENGTH = 3;

/**
 * Distinct lower-cased content words: no function words, no numbers, no very short tokens. `lowerCase` gathers
 * the words seen in lower case, which tells names apart: a name the body never used says nothing (acknowledgements
 * thank people the story never mentions), while one it did use ties the section to the story.
 */
function contentWords(text: string, into: Set<string> = new Set(), lowerCase?: Set<string>): Set<string> {
  for (const word of text.match(/\p{L}[\p{L}\p{N}’'-]*/gu) ?? []) {
    const lower = word.toLowerCase();
    const stem = lower.replace(/(?:’s|'s|s)$/u, "");
    if (stem.length < MIN_WORD_LENGTH || isStopWord(lower)) continue;
    into.add(stem);
    if (word[0] === lower[0]) lowerCase?.add(stem);
  }
  return into;
}

/** The child of `container` whose subtree holds `element`, or the element itself outside the container. */
function topChild(element: HtmlElement, container: HtmlElement): HtmlElement {
  let node = element;
  while (node.parent !== null && node.parent !== container) node = node.parent;
  return node;
}

/**
 * Per block: where a new section starts. A heading opens one; so does a block that moves into another of the
 * container's children when either side is wrapped in a box of its own (a bio card, a product pitch).
 */
function sectionStarts(blocks: readonly TextBlock[], container: HtmlElement | null): Uint8Array {
  const starts = new Uint8Array(blocks.length);
  for (let i = 1; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind === "heading") {
      starts[i] = 1;
      continue;
    }
    if (container === null) continue;
    const previous = blocks[i - 1]!;
    const before = topChild(previous.owner, container);
    const after = topChild(block.owner, container);
    if (before !== after && (before !== previous.owner || after !== block.owner)) starts[i] = 1;
  }
  return starts;
}

/** How many distinct content words of the headline and the lede to gather before judging anything. */
function ledeEnd(blocks: readonly TextBlock[], wordSets: readonly Set<string>[], title: Set<string>): number {
  const lede = new Set(title);
  let end = 0;
  while (end < blocks.length && lede.size < LEDE_WORDS) {
    if (isProse(blocks[end]!)) for (const word of wordSets[end]!) lede.add(word);
    end++;
  }
  return end;
}

/**
 * The body without the sections at its end that are off the page's topic (an author's bio, a pitch for a
 * product, another story's text placed after the article). A section is judged by the share of its content
 * words found in the headline and the body above it; short sections are passed over, as too few words prove
 * nothing, and the lede is never judged, as it sets the topic.
 */
export function trimOffTopicTail(
  blocks: readonly TextBlock[],
  title: string | null,
  container: HtmlElement | null,
): TextBlock[] {
  const starts = sectionStarts(blocks, container);
  const titleWords = contentWords(title ?? "");
  const lowerCase = new Set<string>();
  const wordSets = blocks.map((block) => contentWords(block.text, new Set(), lowerCase));
  const firstJudged = ledeEnd(blocks, wordSets, titleWords);
  // How many blocks above the judged section use each word: the section's own blocks are taken out as it is read.
  const above = new Map<string, number>();
  for (const words of [titleWords, ...wordSets]) for (const word of words) above.set(word, (above.get(word) ?? 0) + 1);
  let totalWords = 0;
  for (const block of blocks) totalWords += block.words;
  let droppedWords = 0;
  let keptEnd = blocks.length;
  let end = blocks.length;
  for (let start = end - 1; start >= firstJudged; start--) {
    for (const word of wordSets[start]!) above.set(word, above.get(word)! - 1);
    if (starts[start] !== 1) continue;
    const words = new Set<string>();
    let sectionWords = 0;
    for (let i = start; i < end; i++) {
      for (const word of wordSets[i]!) words.add(word);
      sectionWords += blocks[i]!.words;
    }
    end = start;
    let shared = 0;
    let judged = 0;
    for (const word of words) {
      const isShared = (above.get(word) ?? 0) > 0;
      if (isShared) shared++;
      if (isShared || lowerCase.has(word)) judged++;
    }
    if (judged < MIN_JUDGED_WORDS) continue;
    if (shared > MAX_OFF_TOPIC_OVERLAP * judged) break;
    if (droppedWords + sectionWords > MAX_DROPPED_SHARE * totalWords) break;
    droppedWords += sectionWords;
    keptEnd = start;
  }
  return blocks.slice(0, keptEnd);
}
