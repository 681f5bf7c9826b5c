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

export interface Assignment {
  storyId: string;
  isNewStory: boolean;
  /** The story's representative headline once this article is in it. */
  headline: string;
  reason: MembershipReason;
  merges: StoryMerge[];
}
