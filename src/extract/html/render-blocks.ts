// Joins kept text blocks into article text: paragraphs apart by a blank line, list items and table rows by a line.
import type { HtmlElement } from "./html-tree.js";
import type { TextBlock } from "./text-blocks.js";

function separator(previous: TextBlock, next: TextBlock): string {
  if (next.row !== -1 && next.row === previous.row) return " | ";
  if (next.group !== -1 && next.group === previous.group && previous.kind !== "heading" && next.kind !== "heading")
    return "\n";
  return "\n\n";
}

/**
 * The numbers an ordered list shows its items by, as a browser counts them: from `start` (1, or the item count when
 * `reversed`), one up (or down) an item, an item's own `value` resetting the count.
 */
export function itemNumbers(list: HtmlElement): Map<HtmlElement, number> {
  const items = list.children.filter((child): child is HtmlElement => typeof child !== "string" && child.tag === "li");
  const reversed = "reversed" in list.attrs;
  const step = reversed ? -1 : 1;
  const start = Number.parseInt(list.attrs.start ?? "", 10);
  let next = Number.isFinite(start) ? start : reversed ? items.length : 1;
  const numbers = new Map<HtmlElement, number>();
  for (const item of items) {
    const value = Number.parseInt(item.attrs.value ?? "", 10);
    if (Number.isFinite(value)) next = value;
    numbers.set(item, next);
    next += step;
  }
  return numbers;
}

/** The blocks' text in order; `<br>` pairs inside a block become paragraph breaks. Items of `<ol>` keep their numbers. */
export function renderBlocks(blocks: readonly TextBlock[]): string {
  const numbered = new Map<HtmlElement, Map<HtmlElement, number>>();
  const prefix = (block: TextBlock): string => {
    if (block.kind !== "item" || block.owner.tag !== "li") return "";
    const list = block.owner.parent;
    if (list === null || list.tag !== "ol") return "- ";
    let numbers = numbered.get(list);
    if (numbers === undefined) {
      numbers = itemNumbers(list);
      numbered.set(list, numbers);
    }
    const number = numbers.get(block.owner);
    return number === undefined ? "- " : `${number}. `;
  };
  let out = "";
  let previous: TextBlock | null = null;
  for (const block of blocks) {
    if (previous !== null) out += separator(previous, block);
    out += prefix(block) + block.text;
    previous = block;
  }
  return out;
}
