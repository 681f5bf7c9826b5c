// Cuts an element tree into text blocks (paragraphs, headings, list items, cells) with the figures scorers need.
import { replaceControlCharacters } from "./control-characters.js";
import type { HtmlElement } from "./html-tree.js";

export type BlockKind = "paragraph" | "heading" | "item" | "cell" | "preformatted" | "quote";

export interface TextBlock {
  /** The nearest block-level element holding this text. */
  owner: HtmlElement;
  /**
   * The innermost element holding all of the text: the owner, or an inline element inside it that wraps the text
   * (a CMS's `<span class="…rich_text">` around a post's paragraphs, with its headings and lists inside).
   */
  holder: HtmlElement;
  kind: BlockKind;
  /** Heading level 1..6, 0 for other blocks. */
  level: number;
  /** Whitespace collapsed, except preformatted blocks and `<br>` line breaks, which are kept as "\n". */
  text: string;
  /** Characters of the text other than whitespace. */
  chars: number;
  /** Characters (other than whitespace) inside links. */
  linkChars: number;
  words: number;
  /** Sentence and clause marks (. , ; : ! ? and their CJK forms): prose has them, menus do not. */
  punctuation: number;
  /** Index of the nearest list or table element, -1 outside lists and tables: consecutive items group by it. */
  group: number;
  /** Index of the nearest table row, -1 outside tables: cells of one row share a line. */
  row: number;
}

const BLOCK_TAGS = new Set([
  "#root",
  "html",
  "body",
  "address",
  "article",
  "aside",
  "blockquote",
  "center",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "legend",
  "li",
  "main",
  "menu",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "td",
  "th",
  "caption",
  "ul",
  "option",
  "output",
  "search",
]);

const GROUP_TAGS = new Set(["ul", "ol", "dl", "table", "menu", "dir"]);
const PUNCTUATION = /[.,;:!?\u3001\u3002\uff0c\uff1a\uff1b\uff01\uff1f\u060c\u061b\u061f\u0964]/g;

export function isBlockTag(tag: string): boolean {
  return BLOCK_TAGS.has(tag);
}

function kindOf(tag: string): { kind: BlockKind; level: number } {
  switch (tag) {
    case "h1":
    case "h2":
    case "h3":
    case "h4":
    case "h5":
    case "h6":
      return { kind: "heading", level: Number(tag[1]) };
    case "li":
    case "dt":
    case "dd":
      return { kind: "item", level: 0 };
    case "td":
    case "th":
      return { kind: "cell", level: 0 };
    case "pre":
      return { kind: "preformatted", level: 0 };
    case "blockquote":
      return { kind: "quote", level: 0 };
    default:
      return { kind: "paragraph", level: 0 };
  }
}

function countNonSpace(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 32 && code !== 160) count++;
  }
  return count;
}

function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code <= 32 || code === 160;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Whether an <a> with this href is a link; in a heading, a jump within the page ("#how-it-works") is not. */
function isLink(href: string | undefined, inHeading: boolean): boolean {
  if (href === undefined) return false;
  return !(inHeading && href.length > 1 && href.startsWith("#"));
}

interface Context {
  owner: HtmlElement;
  inLink: boolean;
  inPre: boolean;
  group: number;
  row: number;
}

/** Inline wrappers followed between a block's owner and its text; deeper ones give the owner as the holder. */
const MAX_INLINE_DEPTH = 8;

/** The innermost element, at or below `owner`, that holds both `a` and `b` (both inside `owner`). */
function innermostCommon(a: HtmlElement, b: HtmlElement, owner: HtmlElement): HtmlElement {
  if (a === b || a === owner) return a;
  for (let outer: HtmlElement | null = a, i = 0; outer !== null && outer !== owner && i < MAX_INLINE_DEPTH; i++) {
    for (let inner: HtmlElement | null = b, j = 0; inner !== null && inner !== owner && j < MAX_INLINE_DEPTH; j++) {
      if (inner === outer) return outer;
      inner = inner.parent;
    }
    outer = outer.parent;
  }
  return owner;
}

/** Split the tree under `root` into blocks in reading order; empty blocks are dropped. */
export function textBlocks(root: HtmlElement): TextBlock[] {
  const blocks: TextBlock[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let open: Context | null = null;
  let holder: HtmlElement | null = null;

  const flush = () => {
    if (open === null) return;
    // Stray control characters (a mis-decoded page) never belong in article text.
    const joined = replaceControlCharacters(parts.join(""));
    parts = [];
    const chars = countNonSpace(joined);
    if (chars > 0) {
      const text = open.inPre
        ? joined.replace(/^\n+|\s+$/g, "")
        : joined
            .replace(/[ \t\r\f\v\u00a0]+/g, " ")
            .replace(/ ?\n ?/g, "\n")
            .replace(/\n{3,}/g, "\n\n")
            .trim();
      const { kind, level } = kindOf(open.owner.tag);
      blocks.push({
        owner: open.owner,
        holder: holder ?? open.owner,
        kind,
        level,
        text,
        chars,
        linkChars: Math.min(linkChars, chars),
        words: countWords(text),
        punctuation: text.match(PUNCTUATION)?.length ?? 0,
        group: open.group,
        row: open.row,
      });
    }
    linkChars = 0;
    open = null;
    holder = null;
  };

  const visit = (element: HtmlElement, context: Context) => {
    for (const child of element.children) {
      if (typeof child === "string") {
        if (open === null || open.owner !== context.owner) {
          flush();
          open = context;
        }
        if (/\S/.test(child)) holder = holder === null ? element : innermostCommon(holder, element, context.owner);
        parts.push(context.inPre ? child : child.replace(/\s+/g, " "));
        if (context.inLink) linkChars += countNonSpace(child);
        continue;
      }
      const tag = child.tag;
      if (tag === "br") {
        if (open !== null) parts.push("\n");
        continue;
      }
      // Buttons carry UI text ("Share", "Subscribe"), never article text.
      if (tag === "img" || tag === "input" || tag === "button" || tag === "hr") {
        if (tag === "hr") flush();
        continue;
      }
      if (BLOCK_TAGS.has(tag)) {
        flush();
        const next: Context = {
          owner: child,
          inLink: context.inLink,
          inPre: context.inPre || tag === "pre",
          group: GROUP_TAGS.has(tag) ? child.index : context.group,
          row: tag === "tr" ? child.index : context.row,
        };
        visit(child, next);
        flush();
      } else {
        // Inline elements never split a word: "<span>a</span><span>b</span>" stays "ab".
        // An <a> without href is a named anchor, not a link; a heading's link to "#its-id" is its own permalink.
        const inLink =
          context.inLink || (tag === "a" && isLink(child.attrs.href, kindOf(context.owner.tag).kind === "heading"));
        visit(child, inLink === context.inLink ? context : { ...context, inLink });
      }
    }
  };
  visit(root, { owner: root, inLink: false, inPre: false, group: -1, row: -1 });
  flush();
  return blocks;
}
