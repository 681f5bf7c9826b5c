// What a follower means by a target: a story id (or alias), an article's URL or headline, or else a search query.
import type { SubscriptionTarget } from "../model.js";
import type { StoreSession, StoryRecord } from "../store/store.js";
import { parseStoryQuery } from "./story-query.js";

/** A target that names nothing Storyline knows; `statusCode` lets the HTTP API answer it as the caller's mistake. */
export class FollowTargetError extends Error {
  constructor(
    message: string,
    readonly statusCode: number,
  ) {
    super(message);
  }
}

export interface ResolvedTarget {
  follows: SubscriptionTarget;
  /** The story followed now; null for a query (it catches stories as they come). */
  story: StoryRecord | null;
  matchedBy: "story-id" | "url" | "headline" | "query";
}

export async function resolveFollowTarget(
  session: StoreSession,
  target: string,
  options: { asQuery: boolean },
): Promise<ResolvedTarget> {
  const text = target.trim();
  if (text === "") throw new FollowTargetError("the target to follow is empty", 400);
  if (!options.asQuery) {
    const byId = await session.stories.resolve(text);
    if (byId) return { follows: { kind: "story", storyId: byId.id }, story: byId, matchedBy: "story-id" };
    if (/^https?:\/\//i.test(text)) {
      const article = await session.articles.byUrl(text);
      const story = article ? await storyOf(session, article.id) : null;
      if (!story)
        throw new FollowTargetError(
          `no article from ${text} has been ingested; ingest it first, or follow a query`,
          404,
        );
      return { follows: { kind: "story", storyId: story.id }, story, matchedBy: "url" };
    }
    // The most recently ingested article with this headline decides, should two stories share one.
    for (const article of (await session.articles.byTitle(text)).reverse()) {
      const story = await storyOf(session, article.id);
      if (story) return { follows: { kind: "story", storyId: story.id }, story, matchedBy: "headline" };
    }
  }
  try {
    parseStoryQuery(text);
  } catch (error) {
    throw new FollowTargetError((error as Error).message, 400);
  }
  return { follows: { kind: "query", query: text }, story: null, matchedBy: "query" };
}

async function storyOf(session: StoreSession, articleId: string): Promise<StoryRecord | null> {
  const membership = await session.stories.membershipOf(articleId);
  return membership ? session.stories.resolve(membership.storyId) : null;
}
