// Updates as an Atom feed (RFC 4287) that any feed reader can follow: one entry per update, newest first. Pure.
import type { DeliveredUpdate } from "./channel.js";
import { escapeMarkup } from "./escape-markup.js";

export interface AtomFeedInput {
  /** A permanent IRI for the feed, e.g. `urn:storyline:story:<id>`. */
  id: string;
  title: string;
  subtitle?: string;
  /** The feed's own address (rel="self"). */
  selfUrl: string;
  /** The page it mirrors (rel="alternate"). */
  pageUrl: string;
  /** Used when there are no entries; otherwise the newest entry's time. */
  updatedFallback: string;
  entries: { delivered: DeliveredUpdate; storyUrl: string; storyHeadline: string }[];
}

export function atomFeed(input: AtomFeedInput): string {
  // ISO 8601 times in one format sort as text.
  const updated =
    input.entries
      .map((entry) => entry.delivered.update.createdAt)
      .sort()
      .at(-1) ?? input.updatedFallback;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xml(input.id)}</id>`,
    `  <title type="text">${xml(input.title)}</title>`,
    ...(input.subtitle ? [`  <subtitle type="text">${xml(input.subtitle)}</subtitle>`] : []),
    `  <updated>${xml(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(input.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(input.pageUrl)}"/>`,
    // A feed-level author makes every entry valid even when an article names none (RFC 4287 §4.1.1).
    "  <author><name>Storyline</name></author>",
    '  <generator uri="https://github.com/storyline">Storyline</generator>',
    ...input.entries.flatMap((entry) => atomEntry(entry)),
    "</feed>",
  ];
  return `${lines.join("\n")}\n`;
}

function atomEntry(entry: AtomFeedInput["entries"][number]): string[] {
  const { update, article } = entry.delivered;
  const author = article.author ?? article.outlet;
  return [
    "  <entry>",
    `    <id>urn:storyline:update:${xml(update.id)}</id>`,
    `    <title type="text">${xml(article.title)}</title>`,
    `    <updated>${xml(update.createdAt)}</updated>`,
    ...(article.url ? [`    <link rel="alternate" type="text/html" href="${xml(article.url)}"/>`] : []),
    `    <link rel="${article.url ? "related" : "alternate"}" type="text/html" href="${xml(entry.storyUrl)}"/>`,
    ...(author ? [`    <author><name>${xml(author)}</name></author>`] : []),
    ...(update.summary.length > 0 ? [`    <summary type="text">${xml(update.summary.join(" "))}</summary>`] : []),
    `    <content type="html">${xml(entryHtml(entry))}</content>`,
    "  </entry>",
  ];
}

function entryHtml(entry: AtomFeedInput["entries"][number]): string {
  const { update, article } = entry.delivered;
  const parts = [
    `<p>In <a href="${escapeMarkup(entry.storyUrl)}">${escapeMarkup(entry.storyHeadline)}</a>${article.outlet ? `, from ${escapeMarkup(article.outlet)}` : ""}.</p>`,
  ];
  if (update.previousHeadline !== null && update.previousHeadline !== update.headline) {
    parts.push(`<p>The story's headline is now: <b>${escapeMarkup(update.headline)}</b></p>`);
  }
  if (update.summary.length > 0) {
    parts.push(
      `<p>What's new:</p><ul>${update.summary.map((sentence) => `<li>${escapeMarkup(sentence)}</li>`).join("")}</ul>`,
    );
  }
  const names = [...update.newEntities.people, ...update.newEntities.places, ...update.newEntities.organisations];
  if (names.length > 0) parts.push(`<p>Newly named: ${escapeMarkup(names.join(", "))}</p>`);
  return parts.join("");
}

function xml(text: string): string {
  return escapeMarkup(withoutNonXmlCharacters(text));
}

/**
 * Drops what XML 1.0 forbids (control characters, unpaired surrogates, U+FFFE/U+FFFF): one of them in a scraped
 * title would make the whole feed unreadable.
 */
function withoutNonXmlCharacters(text: string): string {
  let kept = "";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      code >= 0x10000;
    if (allowed) kept += char;
  }
  return kept;
}
