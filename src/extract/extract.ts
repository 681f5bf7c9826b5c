// Entry point of the extract stage: one decoded document in, one ExtractedArticle out. Pure.
import type { DocumentKind, ExtractedArticle } from "../model.js";
import { detectKind } from "./detect-kind.js";
import { extractHtml } from "./html/extract-html.js";
import { extractTextDump } from "./text/extract-text.js";

export interface ExtractOptions {
  /** Force the kind instead of detecting it from the content. */
  kind?: DocumentKind;
  /** The page's URL, when known: resolves relative links and names the outlet. */
  url?: string;
  /**
   * When the page was fetched, when known: relative dates ("3 hours ago") are read against it. Without it they are
   * not read at all, so the result never depends on the clock of the machine that extracts.
   */
  now?: Date;
}

export function extractArticle(content: string, options: ExtractOptions = {}): ExtractedArticle {
  const kind = options.kind ?? detectKind(content);
  return kind === "html" ? extractHtml(content, options) : extractTextDump(content, options);
}
