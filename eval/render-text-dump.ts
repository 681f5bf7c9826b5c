// Renders an HTML page to the text a scraper's "all visible text" gives: menus, footers and sidebars included.
import { Parser } from "htmlparser2";

/** Elements whose content a browser never shows as text. */
const INVISIBLE = new Set([
  "head",
  "title",
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "object",
  "embed",
  "canvas",
  "video",
  "audio",
  "map",
  "datalist",
]);

/** Blocks a browser separates with a margin: a blank line in the dump. */
const SPACED_BLOCKS = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "pre",
  "figure",
  "table",
  "ul",
  "ol",
  "dl",
  "hr",
  "header",
  "footer",
  "nav",
  "aside",
  "main",
  "article",
  "section",
  "form",
  "fieldset",
  "details",
]);

/** Blocks that only start a new line. */
const LINE_BLOCKS = new Set([
  "div",
  "li",
  "tr",
  "dt",
  "dd",
  "figcaption",
  "address",
  "caption",
  "summary",
  "legend",
  "option",
  "optgroup",
  "center",
  "menu",
  "dialog",
  "tbody",
  "thead",
  "tfoot",
  "label",
]);

const CELLS = new Set(["td", "th"]);

/**
 * React streaming puts late content in `<div hidden id="S:n">` and swaps it, with script, into the place held by
 * `<template id="B:n">`: a browser shows it there, so the dump does too.
 */
const STREAMED_SEGMENT = /^S:(\d+)$/;
const STREAMED_SLOT = /^B:(\d+)$/;
const SLOT_MARK = (n: string) => `\ue000slot:${n}\ue001`;

function isHidden(name: string, attribs: Record<string, string>): boolean {
  if (INVISIBLE.has(name)) return true;
  if (attribs.hidden !== undefined) return true;
  if (attribs["aria-hidden"]?.trim().toLowerCase() === "true") return true;
  if (name === "dialog" && attribs.open === undefined) return true;
  const style = attribs.style;
  return style !== undefined && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Collects lines and the breaks between them; the highest break asked for between two texts wins. */
class DumpWriter {
  private readonly out: string[] = [];
  private line = "";
  private pendingBreak = 0;

  text(data: string, preformatted: boolean): void {
    if (preformatted) {
      const parts = data.split("\n");
      parts.forEach((part, i) => {
        if (i > 0) this.requestBreak(1);
        this.appendInline(part.replace(/[ \t\r\f\v]+/g, " "));
      });
      return;
    }
    this.appendInline(data.replace(/[ \t\n\r\f\v]+/g, " "));
  }

  requestBreak(count: number): void {
    this.pendingBreak = Math.max(this.pendingBreak, count);
  }

  /** A table cell boundary: a space, so cells on one row do not run together. */
  separate(): void {
    if (this.line !== "" && !this.line.endsWith(" ")) this.line += " ";
  }

  finish(): string {
    this.flushLine();
    return this.out.join("").trim();
  }

  private appendInline(collapsed: string): void {
    // Whitespace at a block boundary or the start of a line renders as nothing.
    if (collapsed === "" || (collapsed === " " && (this.line === "" || this.pendingBreak > 0))) return;
    if (this.pendingBreak > 0) {
      this.flushLine();
      if (this.out.length > 0) this.out.push(this.pendingBreak >= 2 ? "\n\n" : "\n");
      this.pendingBreak = 0;
    }
    if (this.line === "" || this.line.endsWith(" ")) {
      this.line += collapsed.replace(/^ /, "");
    } else {
      this.line += collapsed;
    }
  }

  private flushLine(): void {
    const trimmed = this.line.trim();
    if (trimmed !== "") this.out.push(trimmed);
    this.line = "";
  }
}

/** All visible text of a page: blocks on their own lines, inline text joined, hidden parts dropped. */
export function renderTextDump(html: string): string {
  let writer = new DumpWriter();
  // Writers of streamed segments being rendered, with the depth they opened at.
  const segments: { id: string; depth: number; outer: DumpWriter }[] = [];
  const segmentTexts = new Map<string, string>();
  // Depth of the element that hid its subtree; 0 while visible.
  let hiddenFrom = 0;
  let preDepth = 0;
  let depth = 0;
  // Ordered lists show their numbers ("1. "), which scrapers keep; unordered bullets carry no words.
  const listCounters: (number | null)[] = [];

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        depth += 1;
        if (hiddenFrom > 0) return;
        const segment = name === "div" ? STREAMED_SEGMENT.exec(attribs.id ?? "") : null;
        if (segment?.[1] !== undefined) {
          segments.push({ id: segment[1], depth, outer: writer });
          writer = new DumpWriter();
          return;
        }
        const slot = name === "template" ? STREAMED_SLOT.exec(attribs.id ?? "") : null;
        if (slot?.[1] !== undefined) {
          writer.requestBreak(2);
          writer.text(SLOT_MARK(slot[1]), false);
          writer.requestBreak(2);
        }
        if (isHidden(name, attribs)) {
          hiddenFrom = depth;
          return;
        }
        if (name === "br") writer.requestBreak(1);
        else if (SPACED_BLOCKS.has(name)) writer.requestBreak(2);
        else if (LINE_BLOCKS.has(name)) writer.requestBreak(1);
        else if (CELLS.has(name)) writer.separate();
        if (name === "pre") preDepth += 1;
        if (name === "ol") listCounters.push(Number.parseInt(attribs.start ?? "1", 10) || 1);
        else if (name === "ul" || name === "menu") listCounters.push(null);
        else if (name === "li") {
          const counter = listCounters.at(-1);
          if (counter !== undefined && counter !== null) {
            writer.text(`${counter}. `, false);
            listCounters[listCounters.length - 1] = counter + 1;
          }
        }
      },
      ontext(data) {
        if (hiddenFrom === 0) writer.text(data, preDepth > 0);
      },
      onclosetag(name) {
        if (hiddenFrom > 0) {
          if (depth === hiddenFrom) hiddenFrom = 0;
          depth -= 1;
          return;
        }
        const segment = segments.at(-1);
        if (segment !== undefined && segment.depth === depth) {
          segmentTexts.set(segment.id, writer.finish());
          writer = segment.outer;
          segments.pop();
        }
        depth -= 1;
        if (SPACED_BLOCKS.has(name)) writer.requestBreak(2);
        else if (LINE_BLOCKS.has(name)) writer.requestBreak(1);
        else if (CELLS.has(name)) writer.separate();
        if (name === "pre") preDepth = Math.max(0, preDepth - 1);
        if (name === "ol" || name === "ul" || name === "menu") listCounters.pop();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return fillSlots(writer.finish(), segmentTexts, 0)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function fillSlots(text: string, segmentTexts: Map<string, string>, nesting: number): string {
  return text.replace(/\ue000slot:(\d+)\ue001/g, (_, id: string) => {
    const segment = segmentTexts.get(id) ?? "";
    return nesting < 8 ? fillSlots(segment, segmentTexts, nesting + 1) : segment;
  });
}
