// Joins kept text blocks into article text: paragraphs apart by a blank line, list items and table rows by a line.
import type { TextBlock } from "./text-blocks.js";

function separator(previous: TextBlock, next: TextBlock): string {
  if (next.row !== -1 && next.row === previous.row) return " | ";
  if (next.group !== -1 && next.group === previous.group && previous.kind !== "heading" && next.kind !== "heading")
    return "\n";
  return "\n\n";
}

function prefix(block: TextBlock): string {
  return block.kind === "item" && block.owner.tag === "li" ? "- " : "";
}

/** The blocks' text in order; `<br>` pairs inside a block become paragraph breaks. */
export function renderBlocks(blocks: readonly TextBlock[]): string {
  let out = "";
  let previous: TextBlock | null = null;
  for (const block of blocks) {
    if (previous !== null) out += separator(previous, block);
    out += prefix(block) + block.text;
    previous = block;
  }
  return out;
}
