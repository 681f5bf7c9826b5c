// A person's corrections to the clustering: merge two stories, split articles out of one. The clusterer never undoes them.
import { analyzeArticle } from "../analyze/analyze-article.js";
import type { ClusterDocument } from "../cluster/cluster-document.js";
import type { Article } from "../model.js";
import type { Store } from "../store/store.js";
import type { StoryLedger } from "./story-ledger.js";

/** A request that names something that is not there, or asks for the impossible; the message is for the user. */
export class StoryEditError extends Error {
  override readonly name = "StoryEditError";
}

export function clusterDocumentOf(article: Article): ClusterDocument {
  return {
    id: article.id,
    title: article.title,
    published: article.published,
    outlet: article.outlet,
    analysis: analyzeArticle({
      title: article.title,
      text: article.text,
      published: article.published,
      language: article.language,
      outlet: article.outlet,
    }),
  };
}

/** Folds story `from` into story `into`; `from` stays reachable as an alias of `into`. */
export async function mergeStoriesByHand(
  store: Store,
  ledger: StoryLedger,
  from: string,
  into: string,
  at: string,
): Promise<string> {
  return store.transaction(async (session) => {
    const absorbed = await session.stories.resolve(from);
    const survivor = await session.stories.resolve(into);
    if (!absorbed) throw new StoryEditError(`no story ${from}`);
    if (!survivor) throw new StoryEditError(`no story ${into}`);
    if (absorbed.id === survivor.id)
      throw new StoryEditError(`${from} and ${into} are already one story (${survivor.id})`);
    await ledger.mergeByHand(session, absorbed.id, survivor.id, at);
    return survivor.id;
  });
}

/** Moves the named articles out of their story into a new one, which is never merged back automatically. */
export async function splitStoryByHand(
  store: Store,
  ledger: StoryLedger,
  storyId: string,
  articleIds: string[],
  at: string,
): Promise<string> {
  return store.transaction(async (session) => {
    const story = await session.stories.resolve(storyId);
    if (!story) throw new StoryEditError(`no story ${storyId}`);
    const members = await session.stories.memberArticles(story.id);
    const chosen = articleIds.map((id) => {
      const article = members.find((member) => member.id === id);
      if (!article) throw new StoryEditError(`article ${id} is not in story ${story.id}`);
      return article;
    });
    if (chosen.length === members.length)
      throw new StoryEditError("a split must leave at least one article in the story");
    return ledger.splitByHand(session, story.id, chosen.map(clusterDocumentOf), at);
  });
}
