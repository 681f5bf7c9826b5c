// Parses HTML into a light element tree with htmlparser2, within caps on bytes, depth, size and time. Pure.
import { Parser } from "htmlparser2";

/** A text node is its decoded string; elements carry what the extractor reads and nothing else. */
export type HtmlNode = HtmlElement | string;

export interface HtmlElement {
  /** Position in document order, 0 for the synthetic root: an index into per-element tables. */
  readonly index: number;
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: HtmlNode[];
  readonly parent: HtmlElement | null;
}

export interface ParsedHtml {
  /** Synthetic root (tag "#root") holding the document. */
  root: HtmlElement;
  /** Every element in document order; `elements[e.index] === e`. */
  elements: HtmlElement[];
  /** Bodies of `<script type="application/ld+json">`, raw. */
  jsonLd: string[];
  /** Text of the first `<title>`. */
  titleTag: string | null;
  /** Scripts seen (other than JSON-LD): a page made only of scripts is an app shell. */
  scriptCount: number;
  warnings: string[];
}

export interface ParseLimits {
  /** Characters of input parsed at most; the rest is ignored with a warning. */
  maxChars: number;
  /** Elements nested deeper than this are flattened into their deepest kept ancestor. */
  maxDepth: number;
  /** Elements kept at most; later tags are dropped, their text kept. */
  maxElements: number;
  /** Milliseconds of parsing before the parser stops and keeps what it has. */
  timeBudgetMs: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = {
  maxChars: 6_000_000,
  maxDepth: 180,
  maxElements: 200_000,
  timeBudgetMs: 3_000,
};

/** Subtrees whose text never reaches a reader. */
const SKIPPED_SUBTREES = new Set([
  "script",
  "style",
  "template",
  "noscript",
  "svg",
  "math",
  "iframe",
  "object",
  "canvas",
  "select",
  "textarea",
]);

const CHUNK_CHARS = 128 * 1024;

/** Tags that end a paragraph: when a cap drops one, a line break keeps its place. */
const BREAKING_TAGS = new Set([
  "p",
  "div",
  "li",
  "tr",
  "td",
  "th",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "section",
  "article",
  "blockquote",
  "pre",
  "ul",
  "ol",
  "table",
  "header",
  "footer",
]);

interface MutableElement {
  index: number;
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  parent: MutableElement | null;
}

/** Parse `html` into a tree; never throws on malformed, truncated or binary input. */
export function parseHtml(html: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): ParsedHtml {
  const warnings: string[] = [];
  const root: MutableElement = { index: 0, tag: "#root", attrs: {}, children: [], parent: null };
  const elements: MutableElement[] = [root];
  const jsonLd: string[] = [];
  let titleTag: string | null = null;
  let scriptCount = 0;

  // One entry per tag htmlparser2 has open: the element made for it, or null when it was dropped or skipped.
  const openStack: (MutableElement | null)[] = [];
  let current: MutableElement = root;
  let depth = 0;
  let skipDepth = 0;
  let capture: "json-ld" | "title" | null = null;
  let captured = "";
  let depthCapped = false;
  let sizeCapped = false;

  /**
   * A paragraph or block dropped by a cap still ends a paragraph: two <br> stand in for it, so text on either
   * side does not run together. Past a margin over the element cap a space is all that is added.
   */
  const keepBreak = () => {
    if (elements.length >= limits.maxElements * 1.25) {
      current.children.push(" ");
      return;
    }
    for (let i = 0; i < 2; i++) {
      const br: MutableElement = { index: elements.length, tag: "br", attrs: {}, children: [], parent: current };
      elements.push(br);
      current.children.push(br);
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (skipDepth > 0) {
          skipDepth++;
          openStack.push(null);
          return;
        }
        if (name === "script") {
          const type = (attribs.type ?? "").toLowerCase();
          if (type.includes("ld+json")) {
            capture = "json-ld";
            captured = "";
          } else if (!type.includes("json") && !type.includes("template")) {
            scriptCount++;
          }
        } else if (name === "title" && titleTag === null) {
          capture = "title";
          captured = "";
        }
        if (SKIPPED_SUBTREES.has(name)) {
          skipDepth = 1;
          openStack.push(null);
          return;
        }
        if (depth >= limits.maxDepth || elements.length >= limits.maxElements) {
          if (depth >= limits.maxDepth) depthCapped = true;
          else sizeCapped = true;
          openStack.push(null);
          if (BREAKING_TAGS.has(name)) keepBreak();
          else if (name === "br") current.children.push(" ");
          return;
        }
        const element: MutableElement = {
          index: elements.length,
          tag: name,
          attrs: attribs,
          children: [],
          parent: current,
        };
        elements.push(element);
        current.children.push(element);
        current = element;
        depth++;
        openStack.push(element);
      },
      onclosetag(name) {
        if (capture === "json-ld" && name === "script") {
          jsonLd.push(captured);
          capture = null;
        } else if (capture === "title" && name === "title") {
          titleTag = captured;
          capture = null;
        }
        const element = openStack.pop();
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (element) {
          current = element.parent ?? root;
          depth--;
        } else if (BREAKING_TAGS.has(name)) {
          keepBreak();
        }
      },
      ontext(text) {
        if (capture !== null) {
          captured += text;
          return;
        }
        if (skipDepth > 0) return;
        const last = current.children[current.children.length - 1];
        // htmlparser2 may split one run of text at chunk borders: keep runs whole.
        if (typeof last === "string") current.children[current.children.length - 1] = last + text;
        else current.children.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );

  let input = html;
  if (input.length > limits.maxChars) {
    warnings.push(`input of ${input.length} characters cut to the first ${limits.maxChars}`);
    input = input.slice(0, limits.maxChars);
  }
  const started = performance.now();
  for (let offset = 0; offset < input.length; offset += CHUNK_CHARS) {
    parser.write(input.slice(offset, offset + CHUNK_CHARS));
    if (performance.now() - started > limits.timeBudgetMs && offset + CHUNK_CHARS < input.length) {
      warnings.push(`parsing stopped after ${limits.timeBudgetMs} ms at character ${offset + CHUNK_CHARS}`);
      break;
    }
  }
  parser.end();
  if (depthCapped) warnings.push(`elements nested deeper than ${limits.maxDepth} were flattened`);
  if (sizeCapped) warnings.push(`elements beyond the first ${limits.maxElements} were dropped`);
  return { root, elements, jsonLd, titleTag, scriptCount, warnings };
}

/** Every element under `element` (not itself) in document order, iteratively so depth never matters. */
export function* descendants(element: HtmlElement): Generator<HtmlElement> {
  const stack: HtmlElement[] = [];
  for (let i = element.children.length - 1; i >= 0; i--) {
    const child = element.children[i];
    if (typeof child !== "string" && child !== undefined) stack.push(child);
  }
  while (stack.length > 0) {
    const next = stack.pop()!;
    yield next;
    for (let i = next.children.length - 1; i >= 0; i--) {
      const child = next.children[i];
      if (typeof child !== "string" && child !== undefined) stack.push(child);
    }
  }
}

/** All text under a node, raw (whitespace as in the source). */
export function rawText(node: HtmlNode): string {
  if (typeof node === "string") return node;
  let out = "";
  for (const child of node.children) out += rawText(child);
  return out;
}

/** Text with runs of whitespace collapsed to one space and trimmed. */
export function collapsedText(node: HtmlNode): string {
  return rawText(node).replace(/\s+/g, " ").trim();
}

/**
 * Adds each element's figure into its ancestors', in place, so each entry then holds its whole subtree's total.
 * Children always come after their parent in document order, so one backward pass suffices.
 */
export function sumOverSubtrees(elements: readonly HtmlElement[], values: Float64Array | Int32Array): void {
  for (let i = elements.length - 1; i > 0; i--) {
    const parent = elements[i]!.parent;
    if (parent !== null) values[parent.index] = (values[parent.index] ?? 0) + (values[i] ?? 0);
  }
}

/** Last document-order index inside each element's subtree. */
export function subtreeEnds(elements: readonly HtmlElement[]): Int32Array {
  const ends = new Int32Array(elements.length);
  for (let i = 0; i < elements.length; i++) ends[i] = i;
  for (let i = elements.length - 1; i > 0; i--) {
    const parent = elements[i]!.parent;
    if (parent !== null && ends[i]! > ends[parent.index]!) ends[parent.index] = ends[i]!;
  }
  return ends;
}
