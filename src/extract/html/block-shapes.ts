// What a text block is by its shape: prose, a paragraph of it, or mostly links.
import type { TextBlock } from "./text-blocks.js";

/** Blocks with more of their text in links than this are navigation. */
export const MAX_LINK_DENSITY = 0.5;

/** A block reads like prose: a few words with punctuation, mostly not links. */
export function isProse(block: TextBlock): boolean {
  return block.words >= 8 && block.punctuation >= 1 && block.linkChars < block.chars * 0.33;
}

/** A paragraph of prose, as opposed to a prose-like list item, cell or heading. */
export function isParagraph(block: TextBlock | undefined): boolean {
  return block?.kind === "paragraph" && isProse(block);
}
