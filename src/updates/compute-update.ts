// What changed in a story when an article joined it: novel sentences, new outlets and names, a changed headline. Pure.
import { createHash } from "node:crypto";
import type { Entities, Update } from "../model.js";
import { novelSentences, type SentenceNovelty, type SignedSentence, signSentences } from "./novel-sentences.js";
import { SentenceIndex } from "./sentence-index.js";
import { contentWords, DEFAULT_SUMMARY_OPTIONS, type SummaryOptions, whatsNewSummary } from "./whats-new-summary.js";

const ENTITY_KINDS = ["people", "places", "organisations"] as const;

/** What a story holds, to compare a joining article with: kept up to date article by article. */
export interface StoryHoldings {
  articleIds: Set<string>;
  outlets: string[];
  entities: Entities;
  vocabulary: Set<string>;
  sentences: SentenceIndex;
  /** Folded outlet names and `kind:name` entity keys, for case-blind membership tests. */
  foldedOutlets: Set<string>;
  foldedEntities: Set<string>;
}

/** What the story held before the article joined. */
export interface StorySoFar {
  storyId: string;
  /** The headline before the article joined; null for a new story, or when it was not recorded. */
  previousHeadline: string | null;
  holdings: StoryHoldings;
  isNew: boolean;
}

export interface EarlierArticle {
  id: string;
  title: string;
  text: string;
  outlet: string | null;
  entities: Entities;
  /** Its sentences' signatures (see `signSentences`). */
  signatures: readonly Uint8Array[];
}

export interface JoiningArticle {
  id: string;
  title: string;
  outlet: string | null;
  entities: Entities;
  sentences: readonly string[];
}

export interface ComputedUpdate {
  update: Update;
  /** Worth a message: a new story, or enough that the story did not hold (a wire copy is not). */
  notable: boolean;
  /** The article's sentences with their novelty, for the caller to store the signatures. */
  sentences: SentenceNovelty[];
}

export function emptyHoldings(): StoryHoldings {
  return {
    articleIds: new Set(),
    outlets: [],
    entities: { people: [], places: [], organisations: [] },
    vocabulary: new Set(),
    sentences: new SentenceIndex(),
    foldedOutlets: new Set(),
    foldedEntities: new Set(),
  };
}

/** Adds an article to what the story holds (in place: holdings grow as articles join). */
export function addToHoldings(holdings: StoryHoldings, article: EarlierArticle): void {
  if (holdings.articleIds.has(article.id)) return;
  holdings.articleIds.add(article.id);
  for (const signature of article.signatures) holdings.sentences.add(signature);
  for (const word of contentWords(`${article.title}\n${article.text}`)) holdings.vocabulary.add(word);
  if (article.outlet && !holdings.foldedOutlets.has(article.outlet.toLowerCase())) {
    holdings.foldedOutlets.add(article.outlet.toLowerCase());
    holdings.outlets.push(article.outlet);
  }
  for (const kind of ENTITY_KINDS) {
    for (const name of article.entities[kind]) {
      const key = `${kind}:${name.toLowerCase()}`;
      if (holdings.foldedEntities.has(key)) continue;
      holdings.foldedEntities.add(key);
      holdings.entities[kind].push(name);
    }
  }
}

export function holdingsOf(articles: readonly EarlierArticle[]): StoryHoldings {
  const holdings = emptyHoldings();
  for (const article of articles) addToHoldings(holdings, article);
  return holdings;
}

export function storySoFar(
  storyId: string,
  previousHeadline: string | null,
  earlier: readonly EarlierArticle[],
): StorySoFar {
  return { storyId, previousHeadline, holdings: holdingsOf(earlier), isNew: earlier.length === 0 };
}

export function computeUpdate(
  story: StorySoFar,
  article: JoiningArticle,
  context: { headline: string; at: string; summary?: SummaryOptions },
): ComputedUpdate {
  const { holdings } = story;
  const sentences = novelSentences(signSentences(article.sentences), holdings.sentences);
  const novelCount = sentences.filter((sentence) => sentence.novel).length;
  const novelty = sentences.length === 0 ? 0 : novelCount / sentences.length;
  const previousHeadline = story.isNew ? null : story.previousHeadline;
  const update: Update = {
    id: updateIdFor(story.storyId, article.id),
    storyId: story.storyId,
    articleId: article.id,
    createdAt: context.at,
    headline: context.headline,
    previousHeadline,
    newOutlets: article.outlet && !holdings.foldedOutlets.has(article.outlet.toLowerCase()) ? [article.outlet] : [],
    newEntities: {
      people: newNames(holdings, "people", article.entities.people),
      places: newNames(holdings, "places", article.entities.places),
      organisations: newNames(holdings, "organisations", article.entities.organisations),
    },
    summary: whatsNewSummary(sentences, holdings.vocabulary, context.summary ?? DEFAULT_SUMMARY_OPTIONS),
    novelty: Math.round(novelty * 1000) / 1000,
  };
  const headlineChanged = previousHeadline !== null && previousHeadline !== context.headline;
  return { update, notable: isNotable({ isNewStory: story.isNew, novelCount, novelty, headlineChanged }), sentences };
}

/**
 * A near-copy of what the story held (a syndicated wire text, a re-post) is not worth a message. A fifth of the
 * article being new is; so are three new sentences in a long article that mostly repeats the background.
 */
export function isNotable(input: {
  isNewStory: boolean;
  novelCount: number;
  novelty: number;
  headlineChanged: boolean;
}): boolean {
  if (input.isNewStory) return true;
  if (input.novelCount === 0) return false;
  if (input.novelty >= 0.2) return true;
  return input.novelty >= 0.1 && (input.novelCount >= 3 || input.headlineChanged);
}

/** One update per article per story: computing it twice (a retried transaction) stores it once. */
export function updateIdFor(storyId: string, articleId: string): string {
  return `upd_${createHash("sha256").update(`${storyId}\n${articleId}`).digest("base64url").slice(0, 22)}`;
}

export function signaturesOf(sentences: readonly SignedSentence[]): Uint8Array[] {
  return sentences.map((sentence) => sentence.signature);
}

function newNames(holdings: StoryHoldings, kind: (typeof ENTITY_KINDS)[number], names: readonly string[]): string[] {
  return names.filter((name) => !holdings.foldedEntities.has(`${kind}:${name.toLowerCase()}`));
}
