// The ingest pipeline: load → extract → analyze → cluster → store, one transaction per article, per-file errors.
import { analyzeArticle } from "../analyze/analyze-article.js";
import type { Assignment } from "../cluster/cluster-document.js";
import { type ExtractOptions, extractArticle } from "../extract/extract.js";
import type { Analysis, Article, ExtractedArticle } from "../model.js";
import type { Store, StoreSession } from "../store/store.js";
import { articleFingerprint, articleIdFor } from "./article-identity.js";
import { type DocumentSource, describeSource, isUrl } from "./document-sources.js";
import { spellEntities } from "./entity-spelling.js";
import { type Feed, looksLikeFeed, readFeed } from "./feed-entries.js";
import { type LoadOptions, loadDocument } from "./load-document.js";
import type { StoryLedger } from "./story-ledger.js";

/** What extraction is told of a document: where it came from, and when it was fetched from there. */
export type ExtractorOptions = Pick<ExtractOptions, "url" | "now">;

/** Extraction, which may run in worker threads. */
export type Extractor = (content: string, options: ExtractorOptions) => Promise<ExtractedArticle>;

export const extractInThisThread: Extractor = async (content, options) => extractArticle(content, options);

/** An article that has just joined a story, handed to later stages inside the same transaction. */
export interface ArticleJoined {
  article: Article;
  analysis: Analysis;
  assignment: Assignment;
  /** The story's articles before this one joined (empty for a new story). */
  earlierArticles: Article[];
  at: string;
}

/** Called inside the article's transaction: what it writes is stored with the article, or not at all. */
export type JoinedHook = (session: StoreSession, joined: ArticleJoined) => Promise<void>;

export type IngestOutcome =
  | {
      status: "added";
      source: string;
      articleId: string;
      storyId: string;
      newStory: boolean;
      /** Stories a split this article set off opened, besides its own: new stories too. */
      splitOff: string[];
      title: string;
      warnings: string[];
    }
  | {
      status: "duplicate";
      source: string;
      articleId: string;
      storyId: string | null;
      title: string;
      warnings: string[];
    }
  | { status: "failed"; source: string; error: string; warnings: string[] };

export interface IngestOptions extends LoadOptions {
  store: Store;
  ledger: StoryLedger;
  extractor?: Extractor;
  onJoined?: JoinedHook;
  /** The clock, injectable for tests. */
  now?: () => Date;
  /** Documents loaded and extracted ahead of the one being stored (extraction runs in parallel). */
  readAhead?: number;
}

/**
 * Ingests the sources in order; yields one outcome per document (a feed yields one per entry). A failed document
 * never stops the batch.
 */
export async function* ingestDocuments(
  sources: readonly DocumentSource[],
  options: IngestOptions,
): AsyncGenerator<IngestOutcome> {
  const extractor = options.extractor ?? extractInThisThread;
  const clock = options.now ?? (() => new Date());
  const readAhead = Math.max(1, options.readAhead ?? 4);
  // Feeds add the links of entries that carry no full text, so the queue can grow while it is worked.
  const queue = [...sources];
  const pending: Promise<Prepared[]>[] = [];
  let next = 0;
  const fill = () => {
    while (pending.length < readAhead && next < queue.length) {
      const source = queue[next++];
      if (source) pending.push(prepare(source, extractor, options, clock));
    }
  };
  fill();
  while (pending.length > 0) {
    const batch = await (pending.shift() as Promise<Prepared[]>);
    for (const prepared of batch) {
      if (prepared.ok === "links") queue.push(...prepared.sources);
      else yield await store(prepared, options, clock);
    }
    fill();
  }
}

type Prepared =
  | { ok: true; source: string; extracted: ExtractedArticle; url: string | null; warnings: string[] }
  | { ok: false; source: string; error: string; warnings: string[] }
  | { ok: "links"; sources: DocumentSource[] };

/** Entries shorter than this are teasers: the article is fetched from the entry's link instead. */
const FULL_ENTRY_WORDS = 80;

async function prepare(
  source: DocumentSource,
  extractor: Extractor,
  options: LoadOptions,
  clock: () => Date,
): Promise<Prepared[]> {
  const name = describeSource(source);
  try {
    if (source.kind === "feed") return await prepareFeed(name, source.feed, extractor);
    const document = await loadDocument(source, options);
    if (looksLikeFeed(document.content)) return await prepareFeed(name, readFeed(document.content), extractor);
    // A page fetched here was fetched just now: its relative dates ("3 hours ago") count back from the clock. A
    // file's or a posted page's age is unknown (it may have been saved weeks ago), so theirs are not read.
    const fetchedNow = source.kind === "url" ? { now: clock() } : {};
    const extracted = await extractor(document.content, document.url ? { url: document.url, ...fetchedNow } : {});
    return [
      { ok: true, source: name, extracted, url: document.url, warnings: [...document.warnings, ...extracted.warnings] },
    ];
  } catch (error) {
    return [{ ok: false, source: name, error: error instanceof Error ? error.message : String(error), warnings: [] }];
  }
}

async function prepareFeed(name: string, feed: Feed, extractor: Extractor): Promise<Prepared[]> {
  const prepared: Prepared[] = [];
  const links: DocumentSource[] = [];
  for (const [index, entry] of feed.entries.entries()) {
    const source = `${name}#${entry.link ?? index + 1}`;
    const words =
      entry.contentHtml
        ?.replace(/<[^>]*>/g, " ")
        .split(/\s+/)
        .filter(Boolean).length ?? 0;
    if (entry.contentHtml && words >= FULL_ENTRY_WORDS) {
      const page = `<html><body><article>${entry.contentHtml}</article></body></html>`;
      const extracted = await extractor(page, entry.link ? { url: entry.link } : {});
      prepared.push({
        ok: true,
        source,
        url: entry.link,
        warnings: extracted.warnings,
        // The feed's own metadata is more reliable than what can be read off a fragment of HTML.
        extracted: {
          ...extracted,
          title: entry.title ?? extracted.title,
          published: entry.published ?? extracted.published,
          author: entry.author ?? extracted.author,
          url: entry.link ?? extracted.url,
          outlet: feed.title ?? extracted.outlet,
        },
      });
    } else if (entry.link && isUrl(entry.link)) links.push({ kind: "url", url: entry.link });
    else
      prepared.push({
        ok: false,
        source,
        error: "the feed entry has neither full text nor a link to it",
        warnings: [],
      });
  }
  if (links.length > 0) prepared.push({ ok: "links", sources: links });
  if (feed.entries.length === 0)
    prepared.push({ ok: false, source: name, error: "the feed has no entries", warnings: [] });
  return prepared;
}

async function store(
  prepared: Exclude<Prepared, { ok: "links" }>,
  options: IngestOptions,
  clock: () => Date,
): Promise<IngestOutcome> {
  if (prepared.ok === false) return { status: "failed", source: prepared.source, error: prepared.error, warnings: [] };
  const { extracted, source, warnings } = prepared;
  if (extracted.status !== "ok") {
    return { status: "failed", source, error: `no article: ${extracted.statusReason ?? extracted.status}`, warnings };
  }
  const text = extracted.text.trim();
  if (text.length === 0) return { status: "failed", source, error: "no article text found", warnings };
  const title = extracted.title?.trim() || fallbackTitle(text);
  if (!extracted.title) warnings.push("no title found; the first words of the text stand in for it");

  const fingerprint = articleFingerprint(title, text);
  const known = await options.store.articles.byFingerprint(fingerprint);
  if (known) return duplicateOf(known, source, warnings, options.store);

  const now = clock().toISOString();
  const outlet = extracted.outlet ?? outletFromUrl(extracted.url ?? prepared.url);
  const analysis = analyzeArticle({
    title,
    text,
    published: extracted.published,
    language: extracted.language,
    outlet,
  });
  const article: Article = {
    id: articleIdFor(fingerprint),
    fingerprint,
    url: extracted.url ?? prepared.url,
    outlet,
    title,
    author: extracted.author,
    published: extracted.published,
    section: extracted.section,
    language: extracted.language ?? analysis.language,
    text,
    source,
    ingestedAt: now,
    entities: spellEntities(analysis.entities, [title, text]),
  };
  try {
    const assignment = await options.store.transaction(async (session) => {
      // Checked again under the write lock: another worker may have stored the same article meanwhile.
      if (await session.articles.byFingerprint(fingerprint)) return null;
      await session.articles.insert(article);
      const doc = { id: article.id, title, published: article.published, outlet: article.outlet, analysis };
      const joined = await options.ledger.assign(session, doc, now);
      if (options.onJoined) {
        const members = await session.stories.memberArticles(joined.storyId);
        const earlierArticles = members.filter((member) => member.id !== article.id);
        await options.onJoined(session, { article, analysis, assignment: joined, earlierArticles, at: now });
      }
      return joined;
    });
    if (!assignment) return duplicateOf(article, source, warnings, options.store);
    return {
      status: "added",
      source,
      articleId: article.id,
      storyId: assignment.storyId,
      newStory: assignment.isNewStory,
      splitOff: assignment.splits.map((split) => split.into).filter((storyId) => storyId !== assignment.storyId),
      title,
      warnings,
    };
  } catch (error) {
    return { status: "failed", source, error: `could not store it: ${(error as Error).message}`, warnings };
  }
}

async function duplicateOf(known: Article, source: string, warnings: string[], store: Store): Promise<IngestOutcome> {
  const membership = await store.stories.membershipOf(known.id);
  const story = membership ? await store.stories.resolve(membership.storyId) : null;
  return { status: "duplicate", source, articleId: known.id, storyId: story?.id ?? null, title: known.title, warnings };
}

function fallbackTitle(text: string): string {
  const words = text.split(/\s+/).slice(0, 12).join(" ");
  return words.length < text.length ? `${words}…` : words;
}

function outletFromUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}
