// What the clusterer is given for one article, and what it answers.
import { z } from "zod";
import { analysisSchema } from "../analyze/analysis-schema.js";
import type { Analysis, MembershipReason } from "../model.js";

export interface ClusterDocument {
  id: string;
  title: string;
  /** ISO 8601; null when the time is unknown, which gives no time evidence either way. */
  published: string | null;
  outlet: string | null;
  analysis: Analysis;
}

export const clusterDocumentSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  published: z.string().nullable(),
  outlet: z.string().nullable(),
  analysis: analysisSchema,
}) satisfies z.ZodType<ClusterDocument>;

/** Two stories found to be one: the store keeps `from` as an alias of `into`. */
export interface StoryMerge {
  from: string;
  into: string;
  score: number;
}

/** The clusterer found two events in one story and moved the smaller group's articles into a new story. */
export interface StorySplit {
  from: string;
  into: string;
  /** The articles moved, placed earlier (the article just assigned is reported by `Assignment.storyId`). */
  articles: string[];
  /** Why: the mean membership probability of member pairs across the groups, and of the moved ones in what stayed. */
  between: number;
  fit: number;
}

export interface Assignment {
  storyId: string;
  /** The article's story did not exist before it: it started one, or a split it set off moved it into a new one. */
  isNewStory: boolean;
  /** The story's representative headline once this article is in it. */
  headline: string;
  reason: MembershipReason;
  merges: StoryMerge[];
  /** Automatic splits this article's arrival set off (at most one). */
  splits: StorySplit[];
}
