// Tells an HTML page from a plain-text dump by its content, not its file name.
import type { DocumentKind } from "../model.js";

const HTML_MARKERS =
  /<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<(?:div|p|article|section|span|title|script)[\s>]/gi;

/** A document is HTML when its opening looks like markup and tags make up a fair part of it. */
export function detectKind(content: string): DocumentKind {
  const head = content.slice(0, 64 * 1024);
  const trimmed = head.trimStart();
  if (/^<!doctype\s+html|^<html[\s>]/i.test(trimmed)) return "html";
  const markers = head.match(HTML_MARKERS)?.length ?? 0;
  if (markers === 0) return "text";
  const tags = head.match(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>/gi)?.length ?? 0;
  const lines = head.split("\n").length;
  return markers >= 2 && tags >= Math.max(3, lines * 0.2) ? "html" : "text";
}
