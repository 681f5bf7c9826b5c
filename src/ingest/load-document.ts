// Reads one document's bytes from disk or the web, within size and time limits, and decodes it to text.
import { open } from "node:fs/promises";
import {
  DEFAULT_MAX_DOCUMENT_BYTES,
  type DecodedDocument,
  decodeDocument,
  UndecodableDocumentError,
} from "./decode-document.js";
import type { LoadableSource } from "./document-sources.js";

export interface LoadOptions {
  maxBytes?: number;
  fetchTimeoutMs?: number;
}

export interface LoadedDocument extends DecodedDocument {
  /** The page's own URL when it came from the web. */
  url: string | null;
}

/** How Storyline names itself to the servers it fetches from. */
export const USER_AGENT = "Storyline/0.1 (+self-hosted news tracker)";

export async function loadDocument(source: LoadableSource, options: LoadOptions = {}): Promise<LoadedDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  if (source.kind === "loaded") return source.document;
  if (source.kind === "file") {
    const bytes = await readFileBounded(source.path, maxBytes);
    return { ...decodeDocument(bytes, { maxBytes }), url: null };
  }
  let response: Response;
  try {
    response = await fetch(source.url, {
      signal: AbortSignal.timeout(options.fetchTimeoutMs ?? 20_000),
      headers: { "user-agent": USER_AGENT, accept: "text/html,text/plain;q=0.9,*/*;q=0.5" },
      redirect: "follow",
    });
  } catch (error) {
    throw new UndecodableDocumentError(`could not fetch the page (${fetchFailure(error)})`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new UndecodableDocumentError(`the server answered ${response.status} ${response.statusText}`.trim());
  }
  return decodedResponse(response, source.url, maxBytes);
}

/** Why fetch() threw, with its cause: "fetch failed" alone does not say that the name did not resolve. */
export function fetchFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}

/** A successful response's body, read within the limit and decoded by its declared or sniffed charset. */
export async function decodedResponse(
  response: Response,
  requestedUrl: string,
  maxBytes: number,
): Promise<LoadedDocument> {
  const bytes = await readBodyBounded(response, maxBytes);
  return {
    ...decodeDocument(bytes, { maxBytes, contentType: response.headers.get("content-type") }),
    url: response.url || requestedUrl,
  };
}

/** A file over the limit is refused by its size before a byte of it is read. */
async function readFileBounded(path: string, maxBytes: number): Promise<Uint8Array> {
  const file = await open(path, "r");
  try {
    const { size } = await file.stat();
    // A gzipped file unpacks to more than its own size, so the file's size alone can refuse it.
    if (size > maxBytes) {
      throw new UndecodableDocumentError(
        `the document is ${(size / 1048576).toFixed(1)} MiB, over the ${(maxBytes / 1048576).toFixed(1)} MiB limit`,
      );
    }
    const buffer = Buffer.alloc(Math.min(size, maxBytes + 1));
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/** Reads a response body, refusing it (and cancelling the download) once it passes `maxBytes`. */
async function readBodyBounded(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value: chunk } = await reader.read();
    if (done) break;
    total += chunk.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new UndecodableDocumentError(`the page is over the ${(maxBytes / 1048576).toFixed(1)} MiB limit`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
