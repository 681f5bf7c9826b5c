// Reads RSS, Atom and JSON Feed documents into entries: the article inside each entry, or the link to fetch it from.
import { extractFromJson, extractFromXml } from "@extractus/feed-extractor";
import { z } from "zod";

export interface FeedEntry {
  title: string | null;
  link: string | null;
  published: string | null;
  author: string | null;
  /** The entry's full HTML content (content:encoded, Atom content, JSON Feed content_html), when the feed carries it. */
  contentHtml: string | null;
}

export interface Feed {
  title: string | null;
  link: string | null;
  entries: FeedEntry[];
}

/** A feed is told by its root element or JSON Feed's version URL, not by its file name. */
export function looksLikeFeed(content: string): boolean {
  const head = content.slice(0, 2048).trimStart();
  if (head.startsWith("{")) return /"version"\s*:\s*"https:\/\/jsonfeed\.org\/version\//.test(head);
  const root = head.replace(/^<\?xml[^>]*>\s*/, "").replace(/^(<!--[\s\S]*?-->\s*|<\?[^>]*>\s*)*/, "");
  return /^<(rss|feed|rdf:RDF)[\s>]/i.test(root);
}

const text = z.string().transform((value) => value.trim() || null);
const author = z
  .union([
    text,
    z.object({ name: z.string() }).transform((value) => value.name.trim() || null),
    z.array(z.object({ name: z.string() })).transform((values) => values.map((value) => value.name).join(", ") || null),
  ])
  .nullable()
  .catch(null);
const content = z
  .union([text, z.object({ "#text": z.string() }).transform((value) => value["#text"].trim() || null)])
  .nullable()
  .catch(null);
const entrySchema = z.object({
  title: text.nullable().catch(null),
  link: text.nullable().catch(null),
  published: text.nullable().catch(null),
  author,
  content,
});
const feedSchema = z.object({
  title: text.nullable().catch(null),
  link: text.nullable().catch(null),
  entries: z.array(entrySchema).catch([]),
});

/** Throws with a clear message when the document is not a feed that can be read. */
export function readFeed(document: string): Feed {
  const options = {
    descriptionMaxLen: 0,
    getExtraEntryFields: (entry: Record<string, unknown>) => ({
      content: entry["content:encoded"] ?? entry.content ?? entry.content_html ?? null,
      author: entry["dc:creator"] ?? entry.author ?? entry.authors ?? null,
    }),
  };
  const raw = document.trimStart().startsWith("{")
    ? extractFromJson(JSON.parse(document), options)
    : extractFromXml(document, options);
  const feed = feedSchema.parse(raw);
  return {
    title: feed.title,
    link: feed.link,
    entries: feed.entries.map((entry) => ({
      title: entry.title,
      link: entry.link,
      published:
        entry.published && !Number.isNaN(Date.parse(entry.published)) ? new Date(entry.published).toISOString() : null,
      author: entry.author,
      contentHtml: entry.content,
    })),
  };
}
