// Turns raw bytes of a page or text dump into a string: gunzip, size and binary checks, charset detection.
import { TextDecoder } from "node:util";
import { gunzipSync } from "node:zlib";
import iconv from "iconv-lite";

export const DEFAULT_MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

export interface DecodeOptions {
  /** The HTTP Content-Type header, when the bytes came over HTTP. */
  contentType?: string | null;
  /** Reject documents larger than this (after gunzip). */
  maxBytes?: number;
}

export interface DecodedDocument {
  content: string;
  /** The WHATWG name of the encoding used. */
  encoding: string;
  warnings: string[];
}

/** A document that cannot be read as text at all; the message says why, for the user. */
export class UndecodableDocumentError extends Error {
  override readonly name = "UndecodableDocumentError";
}

const GZIP_MAGIC = [0x1f, 0x8b];

export function decodeDocument(raw: Uint8Array, options: DecodeOptions = {}): DecodedDocument {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  const bytes = isGzip(raw) ? gunzipBounded(raw, maxBytes) : raw;
  if (bytes.length === 0) throw new UndecodableDocumentError("the document is empty");
  if (bytes.length > maxBytes) {
    throw new UndecodableDocumentError(
      `the document is ${formatMiB(bytes.length)}, over the ${formatMiB(maxBytes)} limit`,
    );
  }
  const warnings: string[] = [];
  const declared = encodingFromBom(bytes) ?? charsetOf(options.contentType) ?? charsetFromMarkup(bytes);
  if (declared) {
    const encoding = knownEncoding(declared);
    if (encoding) return { content: stripBom(iconv.decode(Buffer.from(bytes), encoding)), encoding, warnings };
    warnings.push(`unknown charset "${declared}"; read as UTF-8`);
  }
  if (looksBinary(bytes)) {
    throw new UndecodableDocumentError("the document is binary data, not HTML or text");
  }
  try {
    const content = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { content: stripBom(content), encoding: "utf-8", warnings };
  } catch {
    // Browsers read undeclared non-UTF-8 bytes as windows-1252; so do we, and say so.
    warnings.push("the document is not valid UTF-8 and declares no charset; read as windows-1252");
    return { content: iconv.decode(Buffer.from(bytes), "windows-1252"), encoding: "windows-1252", warnings };
  }
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

function gunzipBounded(bytes: Uint8Array, maxBytes: number): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes + 1 });
  } catch (error) {
    if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
      throw new UndecodableDocumentError(`the gzipped document unpacks to more than the ${formatMiB(maxBytes)} limit`);
    }
    throw new UndecodableDocumentError(`the gzipped document is corrupt (${(error as Error).message})`);
  }
}

function encodingFromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

function charsetOf(contentType: string | null | undefined): string | null {
  const match = contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i);
  return match?.[1] ?? null;
}

/** The HTML spec's prescan, simplified: a <meta charset> or http-equiv Content-Type in the first 4 KiB. */
function charsetFromMarkup(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const meta = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i);
  if (meta?.[1]) return meta[1];
  const xml = head.match(/^<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i);
  return xml?.[1] ?? null;
}

/**
 * iconv-lite rather than TextDecoder: Node's TextDecoder reads windows-1252 as ISO-8859-1, which turns curly quotes
 * and the euro sign into control characters. Per the WHATWG Encoding spec, latin1 and ascii labels mean windows-1252.
 */
function knownEncoding(label: string): string | null {
  const name = label.toLowerCase();
  if (/^(iso-8859-1|iso8859-1|latin1|l1|us-ascii|ascii|cp1252|x-cp1252)$/.test(name)) return "windows-1252";
  return iconv.encodingExists(name) ? name : null;
}

/** Control bytes other than tab, newline, form feed and carriage return do not occur in text. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) control++;
  }
  return control > sample.length * 0.02;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function formatMiB(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
