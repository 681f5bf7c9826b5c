// How the decision model is trained and checked, as pure functions over analysed, labelled articles.

import { type ClusteringScores, scoreClustering } from "../eval/scoring/clustering-metrics.js";
import type { ClusterDocument, StorySplit } from "../src/cluster/cluster-document.js";
import { type DecisionModel, parseDecisionModel } from "../src/cluster/decision-model.js";
import { fitLogistic, type TrainingExample } from "../src/cluster/logistic-regression.js";
import { FEATURE_NAMES } from "../src/cluster/pair-features.js";
import { type ScoredCandidate, StoryClusterer } from "../src/cluster/story-clusterer.js";

export interface LabelledStream {
  name: string;
  /** In stream order. */
  docs: ClusterDocument[];
  /** Article id → gold story. */
  gold: ReadonlyMap<string, string>;
}

export interface TrainingOptions {
  /** Probability at which an article joins its best story. */
  threshold: number;
  mergeSimilarity: number;
  l2: number;
  /** Candidates per article that become examples, best first (by cosine, then by the model). */
  examplesPerArticle: number;
  /**
   * The first article of an event weighs (event size)^this: joining it to another event's story drags the whole
   * event along, so that mistake costs more pairs than any other.
   */
  newEventWeightExponent: number;
  provenance: string;
}

const COSINE_FULL = FEATURE_NAMES.indexOf("cosineFull");

/** Ties (duplicate headlines are common) go by story id, not by the order the weights file's model gave them. */
function byCosine(candidates: ScoredCandidate[]): ScoredCandidate[] {
  return [...candidates].sort(
    (a, b) =>
      (b.features[COSINE_FULL] ?? 0) - (a.features[COSINE_FULL] ?? 0) ||
      (a.storyId < b.storyId ? -1 : a.storyId > b.storyId ? 1 : 0),
  );
}

/**
 * Examples from stories built with the gold labels: what a perfect clusterer would have seen. Candidates are ranked
 * by cosine, not by the model in the weights file, so training does not depend on its own last output.
 */
export function teacherForcedExamples(
  stream: LabelledStream,
  options: Pick<TrainingOptions, "examplesPerArticle" | "newEventWeightExponent">,
): TrainingExample[] {
  const clusterer = new StoryClusterer();
  const examples: TrainingExample[] = [];
  const eventSizes = new Map<string, number>();
  for (const gold of stream.gold.values()) eventSizes.set(gold, (eventSizes.get(gold) ?? 0) + 1);
  for (const doc of stream.docs) {
    const gold = stream.gold.get(doc.id) ?? "";
    const opensEvent = !clusterer.hasStory(gold);
    const weight = opensEvent ? (eventSizes.get(gold) ?? 1) ** options.newEventWeightExponent : 1;
    for (const candidate of byCosine(clusterer.scoreCandidates(doc)).slice(0, options.examplesPerArticle)) {
      examples.push({ features: candidate.features, label: candidate.storyId === gold ? 1 : 0, weight });
    }
    clusterer.addArticle(gold, doc, { countTerms: true });
  }
  return examples;
}

export function majorityLabel(counts: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [label, count] of counts) {
    if (count > bestCount) {
      best = label;
      bestCount = count;
    }
  }
  return best;
}

/** An automatic split took these articles' events with them into the new story. */
function moveGoldCounts(
  storyGold: Map<string, Map<string, number>>,
  split: StorySplit,
  gold: ReadonlyMap<string, string>,
): void {
  const from = storyGold.get(split.from) ?? new Map<string, number>();
  const into = storyGold.get(split.into) ?? new Map<string, number>();
  for (const id of split.articles) {
    const label = gold.get(id) ?? "";
    const left = (from.get(label) ?? 0) - 1;
    if (left > 0) from.set(label, left);
    else from.delete(label);
    into.set(label, (into.get(label) ?? 0) + 1);
  }
  storyGold.set(split.from, from);
  storyGold.set(split.into, into);
}

/** Examples from the stories a model itself builds, mistakes included, labelled by each story's majority event. */
export function onPolicyExamples(
  stream: LabelledStream,
  model: DecisionModel,
  options: Pick<TrainingOptions, "examplesPerArticle" | "newEventWeightExponent">,
): TrainingExample[] {
  let counter = 0;
  const clusterer = new StoryClusterer({ model, newStoryId: () => `story-${++counter}` });
  const storyGold = new Map<string, Map<string, number>>();
  const examples: TrainingExample[] = [];
  const eventSizes = new Map<string, number>();
  for (const gold of stream.gold.values()) eventSizes.set(gold, (eventSizes.get(gold) ?? 0) + 1);
  const seenEvents = new Set<string>();
  for (const doc of stream.docs) {
    const gold = stream.gold.get(doc.id) ?? "";
    const weight = seenEvents.has(gold) ? 1 : (eventSizes.get(gold) ?? 1) ** options.newEventWeightExponent;
    seenEvents.add(gold);
    for (const candidate of clusterer.scoreCandidates(doc).slice(0, options.examplesPerArticle)) {
      const label = majorityLabel(storyGold.get(candidate.storyId) ?? new Map()) === gold ? 1 : 0;
      examples.push({ features: candidate.features, label, weight });
    }
    const assignment = clusterer.assign(doc);
    // In the order the clusterer made them: merges first, then a split of the merged story.
    for (const merge of assignment.merges) {
      const into = storyGold.get(merge.into) ?? new Map<string, number>();
      for (const [label, count] of storyGold.get(merge.from) ?? []) into.set(label, (into.get(label) ?? 0) + count);
      storyGold.set(merge.into, into);
      storyGold.delete(merge.from);
    }
    for (const split of assignment.splits) moveGoldCounts(storyGold, split, stream.gold);
    const counts = storyGold.get(assignment.storyId) ?? new Map<string, number>();
    counts.set(gold, (counts.get(gold) ?? 0) + 1);
    storyGold.set(assignment.storyId, counts);
  }
  return examples;
}

/** Each stream weighs the same in total, so 3,000 headlines do not drown 500 articles. */
export function balanced(groups: readonly TrainingExample[][]): TrainingExample[] {
  return groups.flatMap((examples) => {
    const total = examples.reduce((sum, example) => sum + example.weight, 0);
    return examples.map((example) => ({ ...example, weight: total === 0 ? 0 : example.weight / total }));
  });
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

export function modelFromExamples(examples: TrainingExample[], options: TrainingOptions): DecisionModel {
  const fitted = fitLogistic(examples, { l2: options.l2 });
  return parseDecisionModel({
    version: 1,
    features: [...FEATURE_NAMES],
    weights: fitted.weights.map(round),
    bias: round(fitted.bias),
    threshold: options.threshold,
    mergeSimilarity: options.mergeSimilarity,
    provenance: options.provenance,
  });
}

/** Two rounds: teacher-forced examples first, then examples from the first model's own stories. */
export function trainDecisionModel(streams: readonly LabelledStream[], options: TrainingOptions): DecisionModel {
  if (streams.length === 0) throw new Error("nothing to train on");
  const teacher = streams.map((stream) => teacherForcedExamples(stream, options));
  const first = modelFromExamples(balanced(teacher), options);
  const onPolicy = streams.map((stream) => onPolicyExamples(stream, first, options));
  return modelFromExamples(
    balanced(streams.map((_, index) => [...(teacher[index] ?? []), ...(onPolicy[index] ?? [])])),
    options,
  );
}

/** Clusters a stream with a model, following merges and splits, and scores it against the gold labels. */
export function evaluateModel(stream: LabelledStream, model: DecisionModel): ClusteringScores {
  let counter = 0;
  const clusterer = new StoryClusterer({ model, newStoryId: () => `story-${++counter}` });
  const predicted = new Map<string, string>();
  const mergedInto = new Map<string, string>();
  for (const doc of stream.docs) {
    const assignment = clusterer.assign(doc);
    for (const split of assignment.splits) for (const id of split.articles) predicted.set(id, split.into);
    predicted.set(doc.id, assignment.storyId);
    for (const merge of assignment.merges) mergedInto.set(merge.from, merge.into);
  }
  for (const [id, story] of predicted) {
    let current = story;
    while (mergedInto.has(current)) current = mergedInto.get(current) ?? current;
    predicted.set(id, current);
  }
  return scoreClustering(predicted, stream.gold);
}
