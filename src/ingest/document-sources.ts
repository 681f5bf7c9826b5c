// Expands what the user names on the command line (files, folders, URLs) into the documents to ingest.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

import type { Feed } from "./feed-entries.js";
import type { LoadedDocument } from "./load-document.js";

/** A file, a URL, a document already in hand (a posted page), or a feed already read (a polled feed's new entries). */
export type DocumentSource =
  | { kind: "file"; path: string }
  | { kind: "url"; url: string }
  | { kind: "loaded"; name: string; document: LoadedDocument }
  | { kind: "feed"; name: string; feed: Feed };

/** The sources a document is loaded from; a read feed has no document left to load. */
export type LoadableSource = Exclude<DocumentSource, { kind: "feed" }>;

/** File names that hold pages or dumps when found while walking a folder; named files are taken whatever their name. */
const DOCUMENT_FILE = /\.(html?|xhtml|txt|text)(\.gz)?$/i;

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** Folders are walked recursively in name order; a path that does not exist is reported, not skipped silently. */
export function expandSources(inputs: readonly string[]): { sources: DocumentSource[]; missing: string[] } {
  const sources: DocumentSource[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    if (isUrl(input)) {
      sources.push({ kind: "url", url: input });
      continue;
    }
    const stats = statSync(input, { throwIfNoEntry: false });
    if (!stats) missing.push(input);
    else if (stats.isDirectory()) sources.push(...walkFolder(input));
    else sources.push({ kind: "file", path: input });
  }
  return { sources, missing };
}

function walkFolder(folder: string): DocumentSource[] {
  const found: DocumentSource[] = [];
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...walkFolder(path));
    else if (entry.isFile() && DOCUMENT_FILE.test(entry.name)) found.push({ kind: "file", path });
  }
  return found;
}

export function describeSource(source: DocumentSource): string {
  if (source.kind === "file") return source.path;
  return source.kind === "url" ? source.url : source.name;
}
