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
function itemNumbers(list: HtmlElement): Map<HtmlElement, number> {
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

const ROMAN = [
  [1000, "m"],
  [900, "cm"],
  [500, "d"],
  [400, "cd"],
  [100, "c"],
  [90, "xc"],
  [50, "l"],
  [40, "xl"],
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
] as const;

function roman(value: number): string {
  let rest = value;
  let out = "";
  for (const [size, letters] of ROMAN) {
    while (rest >= size) {
      out += letters;
      rest -= size;
    }
  }
  return out;
}

/** "a" … "z", "aa" … : how a browser letters list items past the alphabet. */
function letters(value: number): string {
  let rest = value;
  let out = "";
  while (rest > 0) {
    rest -= 1;
    out = String.fromCharCode(97 + (rest % 26)) + out;
    rest = Math.floor(rest / 26);
  }
  return out;
}

/** An item's number as the list's `type` writes it: 1, a, A, i or I (numbers below 1 stay digits). */
export function itemMarker(number: number, type: string | undefined): string {
  if (number < 1 || type === undefined) return String(number);
  if (type === "a") return letters(number);
  if (type === "A") return letters(number).toUpperCase();
  if (type === "i") return roman(number);
  if (type === "I") return roman(number).toUpperCase();
  return String(number);
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
    return number === undefined ? "- " : `${itemMarker(number, list.attrs.type)}. `;
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
