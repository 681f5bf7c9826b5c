// The plain baseline the clusterer is judged against: single-pass TF-IDF cosine to story centroids, one fixed threshold.
import { isStopWord } from "../src/analyze/stop-words.js";

export interface BaselineArticle {
  id: string;
  title: string;
  text: string;
  published: string | null;
}

export interface BaselineOptions {
  /** Cosine at or above which an article joins its nearest story; the same for every data set. */
  threshold?: number;
  windowDays?: number;
}

/** A textbook default for single-pass TF-IDF clustering, not tuned on the dev sets. */
export const BASELINE_THRESHOLD = 0.3;
const DAY_MS = 86_400_000;

interface BaselineStory {
  id: string;
  centroid: Map<string, number>;
  norm: number;
  lastTime: number | null;
}

export function baselineTokens(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((token) => token.length > 1 && !isStopWord(token));
}

function norm(vector: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  return Math.sqrt(sum);
}

/** Clusters articles in order; returns article id → story id. */
export function clusterWithBaseline(
  articles: readonly BaselineArticle[],
  options: BaselineOptions = {},
): Map<string, string> {
  const threshold = options.threshold ?? BASELINE_THRESHOLD;
  const windowMs = (options.windowDays ?? 7) * DAY_MS;
  const documentFrequency = new Map<string, number>();
  const stories: BaselineStory[] = [];
  const assignments = new Map<string, string>();
  let documentCount = 0;
  for (const article of articles) {
    const counts = new Map<string, number>();
    for (const token of baselineTokens(`${article.title} ${article.text}`)) {
      counts.set(token, (counts.get(token) ?? 0) + 1);
    }
    documentCount++;
    for (const token of counts.keys()) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
    const vector = new Map<string, number>();
    for (const [token, count] of counts) {
      vector.set(token, count * Math.log((documentCount + 1) / (documentFrequency.get(token) ?? 1)));
    }
    const vectorNorm = norm(vector);
    if (vectorNorm > 0) for (const [token, value] of vector) vector.set(token, value / vectorNorm);
    const time = article.published ? Date.parse(article.published) : null;
    let best: BaselineStory | undefined;
    let bestScore = -1;
    for (const story of stories) {
      if (time !== null && story.lastTime !== null && time - story.lastTime > windowMs) continue;
      let dot = 0;
      for (const [token, value] of vector) dot += value * (story.centroid.get(token) ?? 0);
      const score = story.norm === 0 ? 0 : dot / story.norm;
      if (score > bestScore) {
        bestScore = score;
        best = story;
      }
    }
    if (!best || bestScore < threshold) {
      best = { id: `baseline-${stories.length + 1}`, centroid: new Map(), norm: 0, lastTime: null };
      stories.push(best);
    }
    for (const [token, value] of vector) best.centroid.set(token, (best.centroid.get(token) ?? 0) + value);
    best.norm = norm(best.centroid);
    if (time !== null) best.lastTime = Math.max(best.lastTime ?? time, time);
    assignments.set(article.id, best.id);
  }
  return assignments;
}
