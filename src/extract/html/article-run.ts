// Where the article ends inside the chosen container: down the path of its main child, then over the siblings
// that read as more of it, up to a form or a block of the page's own.
import type { HtmlElement } from "./html-tree.js";

/**
 * A child holding this share of its container's value is where the article runs; what follows that child inside
 * the container (a sign-up box, the author's bio, a rail of other stories) belongs to the page.
 */
const MAIN_CHILD_SHARE = 0.8;

/** Per element: 1 when its subtree holds a text field (input or textarea). */
export function formFields(elements: readonly HtmlElement[]): Uint8Array {
  const fields = new Uint8Array(elements.length);
  for (let i = elements.length - 1; i > 0; i--) {
    const element = elements[i]!;
    const typed = element.tag === "textarea" || (element.tag === "input" && isTextEntry(element.attrs.type));
    if (typed) fields[i] = 1;
    if (fields[i] === 1 && element.parent !== null) fields[element.parent.index] = 1;
  }
  return fields;
}

/** Input types a reader types into; hidden fields, checkboxes and buttons do not make a form a reader fills in. */
function isTextEntry(type: string | undefined): boolean {
  return type === undefined || /^(?:text|email|search|tel|url)$/i.test(type);
}

/** Per-element figures the end of the article run is read from: subtree sums, furniture marks, form fields. */
export interface SubtreeFigures {
  values: Float64Array;
  proseChars: Float64Array;
  chars: Float64Array;
  linkChars: Float64Array;
  ends: Int32Array;
  marks: readonly (string | null)[];
  /** 1 where the subtree holds a field to type in: a sign-up or comment form, after which the page's part begins. */
  fields: Uint8Array;
}

/**
 * A sibling after the article's main child that reads as more of the article (an FAQ, a closing section kept in
 * its own wrapper): nearly all of its text is prose, almost none of it linked, and there is enough of it to be a
 * section rather than a bio line or a sign-up pitch.
 */
const MIN_CONTINUATION_PROSE = 800;
const MIN_CONTINUATION_PROSE_SHARE = 0.7;
const MAX_CONTINUATION_LINK_SHARE = 0.1;

/** A short block between the article's sections (a call to action, an image credit) does not end the run. */
const MAX_STEPPED_OVER_CHARS = 200;

function continuesArticle(element: HtmlElement, figures: SubtreeFigures): boolean {
  const i = element.index;
  const chars = figures.chars[i] ?? 0;
  const prose = figures.proseChars[i] ?? 0;
  return (
    prose >= MIN_CONTINUATION_PROSE &&
    prose >= MIN_CONTINUATION_PROSE_SHARE * chars &&
    (figures.linkChars[i] ?? 0) <= MAX_CONTINUATION_LINK_SHARE * chars
  );
}

/**
 * Where the article ends inside the chosen container: descend while one child holds most of the value, and stop
 * at the end of the deepest such child. What comes before it stays, as headers and ledes often sit in siblings.
 * Siblings right after a child on that path extend the run while they read as more of the article; furniture and
 * empty wrappers between them are stepped over.
 */
export function articleRunEnd(container: HtmlElement, figures: SubtreeFigures): number {
  const { values, marks, ends } = figures;
  const path: HtmlElement[] = [container];
  let node = container;
  for (;;) {
    let top: HtmlElement | null = null;
    for (const child of node.children) {
      if (typeof child === "string" || marks[child.index]) continue;
      if (top === null || (values[child.index] ?? 0) > (values[top.index] ?? 0)) top = child;
    }
    if (top === null || (values[top.index] ?? 0) < MAIN_CHILD_SHARE * (values[node.index] ?? 0)) break;
    node = top;
    path.push(node);
  }
  let end = ends[node.index]!;
  for (let depth = path.length - 1; depth > 0; depth--) {
    const child = path[depth]!;
    const siblings = path[depth - 1]!.children;
    for (let k = siblings.indexOf(child) + 1; k < siblings.length; k++) {
      const sibling = siblings[k]!;
      if (typeof sibling === "string") continue;
      if (figures.fields[sibling.index] === 1) return end;
      if (marks[sibling.index] || (figures.chars[sibling.index] ?? 0) === 0) continue;
      if (continuesArticle(sibling, figures)) end = ends[sibling.index]!;
      else if ((figures.chars[sibling.index] ?? 0) > MAX_STEPPED_OVER_CHARS) return end;
    }
  }
  return end;
}
