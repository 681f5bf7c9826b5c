// The logistic model that turns pair features into the probability that an article belongs to a story.
import { z } from "zod";
import { sigmoid } from "./logistic-regression.js";
import defaultWeights from "./model-weights.json" with { type: "json" };
import { FEATURE_NAMES } from "./pair-features.js";

const linearWeightsSchema = z.object({ weights: z.array(z.number()), bias: z.number() });

export const decisionModelSchema = z.object({
  version: z.literal(1),
  features: z.array(z.string()),
  weights: z.array(z.number()),
  bias: z.number(),
  /**
   * Weights over the same features, fitted on pairs of single articles: how likely two reports are of one event.
   * The split check asks this of a story's members; joining asks the weights above of an article and a story.
   */
  sameEvent: linearWeightsSchema,
  /** Probability at or above which an article joins its best story rather than starting one. */
  threshold: z.number().min(0).max(1),
  /** Story-to-story similarity at or above which two stories an article joins both of are merged. */
  mergeSimilarity: z.number().min(0).max(1),
  /** How the weights were made, for whoever reads the JSON. */
  provenance: z.string(),
});

export type DecisionModel = z.infer<typeof decisionModelSchema>;

/** Validates a model and checks it speaks about the features this code computes, in this order. */
export function parseDecisionModel(value: unknown): DecisionModel {
  const model = decisionModelSchema.parse(value);
  const expected = FEATURE_NAMES.join(",");
  const lengths = [model.weights.length, model.sameEvent.weights.length];
  if (model.features.join(",") !== expected || lengths.some((length) => length !== FEATURE_NAMES.length)) {
    throw new Error(
      `decision model features [${model.features.join(", ")}] do not match [${FEATURE_NAMES.join(", ")}]`,
    );
  }
  return model;
}

export const DEFAULT_DECISION_MODEL: DecisionModel = parseDecisionModel(defaultWeights);

type LinearWeights = z.infer<typeof linearWeightsSchema>;

export function linearScore(model: LinearWeights, features: readonly number[]): number {
  let sum = model.bias;
  for (let index = 0; index < model.weights.length; index++)
    sum += (model.weights[index] ?? 0) * (features[index] ?? 0);
  return sum;
}

/** The probability that an article belongs to a story, from its pair features. */
export function membershipProbability(model: DecisionModel, features: readonly number[]): number {
  return sigmoid(linearScore(model, features));
}

/** The probability that an article reports the event of a one-article story, from their pair features. */
export function sameEventProbability(model: DecisionModel, features: readonly number[]): number {
  return sigmoid(linearScore(model.sameEvent, features));
}
