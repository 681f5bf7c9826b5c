// Computes the update an article brings to its story and stores it, inside the transaction that stores the article.
import { readTextTokens } from "../analyze/text-tokens.js";
import type { Analysis, Article } from "../model.js";
import type { StoreSession, UpdateRecord } from "../store/store.js";
import {
  addToHoldings,
  computeUpdate,
  type EarlierArticle,
  holdingsOf,
  type StoryHoldings,
  signaturesOf,
} from "./compute-update.js";
import { packSignatures, unpackSignatures } from "./minhash.js";
import { signSentences } from "./novel-sentences.js";

/** Names how sentence signatures are made; signatures stored under another scheme are recomputed. */
export const SIGNATURE_SCHEME = "minhash-b8-k64-word-bigrams-v1";

/** The parts of the ingest pipeline's `ArticleJoined` this stage reads. */
export interface JoinedStory {
  article: Article;
  analysis: Analysis;
  assignment: { storyId: string; isNewStory: boolean; headline: string };
  earlierArticles: Article[];
  at: string;
}

/** Stories whose holdings are kept between articles; a bulk ingest touches far fewer at a time. */
const DEFAULT_REMEMBERED_STORIES = 512;

/**
 * Records updates, remembering what recently touched stories hold so that a story's texts and signatures are not
 * re-read for every article that joins it (which would cost in proportion to the story's size, each time).
 */
export class UpdateRecorder {
  /** In least-recently-used order: a Map iterates in insertion order, and a hit is re-inserted. */
  private readonly holdings = new Map<string, StoryHoldings>();

  constructor(private readonly rememberedStories = DEFAULT_REMEMBERED_STORIES) {}

  /** Returns the stored update, or null when this article's update for this story was stored before. */
  async record(session: StoreSession, joined: JoinedStory): Promise<UpdateRecord | null> {
    const { article, assignment } = joined;
    const holdings = await this.holdingsBefore(session, assignment.storyId, joined.earlierArticles);
    const previousHeadline = assignment.isNewStory
      ? null
      : ((await session.updates.latestOf([assignment.storyId]))?.headline ?? null);
    const computed = computeUpdate(
      { storyId: assignment.storyId, previousHeadline, holdings, isNew: joined.earlierArticles.length === 0 },
      {
        id: article.id,
        title: article.title,
        outlet: article.outlet,
        entities: article.entities,
        sentences: joined.analysis.sentences,
      },
      { headline: assignment.headline, at: joined.at },
    );
    const signatures = signaturesOf(computed.sentences);
    await session.updates.saveSentenceSignatures(article.id, SIGNATURE_SCHEME, packSignatures(signatures));
    const stored = await session.updates.insert(computed.update, computed.notable);
    // Should the transaction roll back, the next article's earlier articles lack this one, and the holdings are rebuilt.
    addToHoldings(holdings, { ...article, signatures });
    this.remember(assignment.storyId, holdings);
    return stored;
  }

  /** The remembered holdings if they hold exactly the earlier articles, else rebuilt from the store. */
  private async holdingsBefore(
    session: StoreSession,
    storyId: string,
    earlier: readonly Article[],
  ): Promise<StoryHoldings> {
    const remembered = this.holdings.get(storyId);
    if (
      remembered &&
      remembered.articleIds.size === earlier.length &&
      earlier.every((article) => remembered.articleIds.has(article.id))
    ) {
      return remembered;
    }
    return holdingsOf(await earlierWithSignatures(session, earlier));
  }

  private remember(storyId: string, holdings: StoryHoldings): void {
    this.holdings.delete(storyId);
    this.holdings.set(storyId, holdings);
    if (this.holdings.size > this.rememberedStories) {
      const oldest = this.holdings.keys().next().value;
      if (oldest !== undefined) this.holdings.delete(oldest);
    }
  }
}

async function earlierWithSignatures(session: StoreSession, articles: readonly Article[]): Promise<EarlierArticle[]> {
  const stored = await session.updates.sentenceSignatures(
    articles.map((article) => article.id),
    SIGNATURE_SCHEME,
  );
  const earlier: EarlierArticle[] = [];
  for (const article of articles) {
    let packed = stored.get(article.id);
    if (!packed) {
      // Stored before updates were recorded (or under an older scheme): signed once now, then kept.
      packed = packSignatures(signaturesOf(signSentences(readTextTokens(article.text).sentences)));
      await session.updates.saveSentenceSignatures(article.id, SIGNATURE_SCHEME, packed);
    }
    earlier.push({ ...article, signatures: unpackSignatures(packed) });
  }
  return earlier;
}
