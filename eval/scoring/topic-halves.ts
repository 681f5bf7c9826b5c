// Halves of a labelled set by topic, so errors are studied on one half and a change is confirmed on the other.
import type { LabelledArticle } from "./clustering-dataset.js";

/** ECB+ topic N holds the stories "ecb:Necb" and "ecb:Necbplus": an event and its look-alike. */
export function ecbTopic(story: string): number | null {
  const match = /^ecb:(\d+)ecb/.exec(story);
  return match ? Number(match[1]) : null;
}

/**
 * Article id → 0 or 1: alternate topics (in topic order) go to alternate halves, so an event and its look-alike stay
 * together. Articles of no topic share one.
 */
export function topicHalves(
  articles: readonly LabelledArticle[],
  topicOf: (story: string) => number | null,
): Map<string, number> {
  const topics = [...new Set(articles.map((article) => topicOf(article.story) ?? -1))].sort((a, b) => a - b);
  const half = new Map(topics.map((topic, index) => [topic, index % 2]));
  return new Map(articles.map((article) => [article.id, half.get(topicOf(article.story) ?? -1) ?? 0]));
}
