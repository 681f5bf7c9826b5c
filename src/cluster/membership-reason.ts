// Why an article is in a story, in words a person can check: the score, the decision, and the terms both share.
import type { MembershipReason } from "../model.js";
import type { ArticleProfile } from "./article-profile.js";
import type { LiveStory } from "./live-story.js";
import type { TermStatistics } from "./term-statistics.js";
import { type CompactVector, heaviestTerms, type TermWeights } from "./term-vector.js";

/** A reason lists this many shared terms and as many entities. */
const REASON_ITEMS = 5;

/** The article's heaviest terms that the story's centroid holds too, by name; entities lose their "@" marker. */
export function sharedNames(article: TermWeights, centroid: CompactVector, stats: TermStatistics): string[] {
  const inStory = new Set(centroid.ids);
  return heaviestTerms(article, article.size, (id) => stats.idf(id))
    .filter(([id]) => inStory.has(id))
    .slice(0, REASON_ITEMS)
    .map(([id]) => stats.termOf(id).replace(/^@/, ""));
}

/** Why the article joined the story: its score, how it was decided, and the terms and entities they share. */
export function membershipReason(
  profile: ArticleProfile,
  story: LiveStory,
  score: number,
  decision: string,
  stats: TermStatistics,
): MembershipReason {
  return {
    score,
    decision,
    sharedTerms: sharedNames(profile.full, story.full, stats),
    sharedEntities: sharedNames(profile.entities, story.entities, stats),
  };
}

/** Why the article founded a story: no candidate reached the threshold; `bestScore` is the nearest one's. */
export function newStoryReason(bestScore: number): MembershipReason {
  return { score: bestScore, decision: "new-story", sharedTerms: [], sharedEntities: [] };
}
