// Finds sign-up boxes: the small block around an email field ("Get our newsletter", a pitch, the field, a fine-print
// line), which reads like prose but is the site's, not the article's.
import { type HtmlElement, sumOverSubtrees } from "./html-tree.js";
import type { TextBlock } from "./text-blocks.js";

/** A box with more words than this around its email field is a page section (a contact page), not a sign-up box. */
const MAX_BOX_WORDS = 80;

/** Whether an input asks for an email address, by its type or, for plain text fields, by how it is labelled. */
export function isEmailField(element: HtmlElement): boolean {
  if (element.tag !== "input") return false;
  const { type, name, placeholder, id } = element.attrs;
  if (type?.toLowerCase() === "email") return true;
  if (type !== undefined && type.toLowerCase() !== "text") return false;
  const label = `${name ?? ""} ${placeholder ?? ""} ${id ?? ""} ${element.attrs["aria-label"] ?? ""}`;
  return /e-?mail/i.test(label);
}

/** Per element index: 1 for the outermost element of each sign-up box. */
export function signupBoxes(elements: readonly HtmlElement[], blocks: readonly TextBlock[]): Uint8Array {
  const words = new Int32Array(elements.length);
  for (const block of blocks) words[block.owner.index]! += block.words;
  sumOverSubtrees(elements, words);
  const boxes = new Uint8Array(elements.length);
  for (const element of elements) {
    if (!isEmailField(element)) continue;
    // Climb while the wrapper stays small: the box is the largest one that still holds only the sign-up.
    let box: HtmlElement | null = null;
    for (let node = element.parent; node !== null && node.tag !== "body"; node = node.parent) {
      if (words[node.index]! > MAX_BOX_WORDS) break;
      box = node;
    }
    if (box !== null && words[box.index]! > 0) boxes[box.index] = 1;
  }
  return boxes;
}
