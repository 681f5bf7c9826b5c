// How the decision model is trained and checked, as pure functions over analysed, labelled articles.

import { type ClusteringScores, scoreClustering } from "../eval/scoring/clustering-metrics.js";
import { orderSeeds, type Spread, seededShuffle, spreadOf } from "../eval/stream-orders.js";
import { buildProfile } from "../src/cluster/article-profile.js";
import type { ClusterDocument, StorySplit } from "../src/cluster/cluster-document.js";
import { type DecisionModel, parseDecisionModel } from "../src/cluster/decision-model.js";
import type { LiveStory } from "../src/cluster/live-story.js";
import { fitLogistic, type TrainingExample } from "../src/cluster/logistic-regression.js";
import { FEATURE_NAMES, storyNorms } from "../src/cluster/pair-features.js";
import { type ScoredCandidate, StoryClusterer } from "../src/cluster/story-clusterer.js";
import { loneCandidateFeatures, storyOf } from "../src/cluster/story-split.js";
import { TermStatistics } from "../src/cluster/term-statistics.js";
import { weightedCosine } from "../src/cluster/term-vector.js";
import { profileOfMember, trackMember } from "../src/cluster/tracked-member.js";

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
  /** Earlier articles, the closest first, that each article is paired with for the same-event model. */
  pairNeighbours: number;
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

/**
 * Examples for the same-event model that the split check asks about a small story's members: each article paired
 * with the few earlier articles closest to it (a story's members are that close to each other; in a set of
 * look-alike events the closest are often the twin's), labelled by whether gold puts both in one event. Members are
 * compacted as the clusterer tracks them, and term statistics grow as the clusterer's do.
 */
export function sameEventExamples(
  stream: LabelledStream,
  options: Pick<TrainingOptions, "pairNeighbours">,
): TrainingExample[] {
  const stats = new TermStatistics();
  const idf = (id: number) => stats.idf(id);
  const earlier: { gold: string; story: LiveStory }[] = [];
  const examples: TrainingExample[] = [];
  for (const doc of stream.docs) {
    const built = buildProfile(doc, stats);
    const profile = profileOfMember(trackMember(built, false, idf), stats);
    const gold = stream.gold.get(doc.id) ?? "";
    const closest = earlier
      .map((other) => ({
        other,
        cosine: weightedCosine(
          profile.full,
          profile.fullNorm,
          other.story.full,
          storyNorms(other.story, stats).full,
          idf,
        ),
      }))
      .sort((a, b) => b.cosine - a.cosine)
      .slice(0, options.pairNeighbours);
    for (const { other } of closest) {
      const label = other.gold === gold ? 1 : 0;
      examples.push({ features: loneCandidateFeatures(profile, other.story, stats), label, weight: 1 });
    }
    stats.addDocument(built.distinctIds);
    earlier.push({ gold, story: storyOf([profile], stats, null) });
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

/** The positive and the negative examples, as two groups. */
export function byLabel(examples: readonly TrainingExample[]): TrainingExample[][] {
  return [examples.filter((example) => example.label === 1), examples.filter((example) => example.label === 0)];
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

function fittedWeights(examples: TrainingExample[], l2: number): { weights: number[]; bias: number } {
  const fitted = fitLogistic(examples, { l2 });
  return { weights: fitted.weights.map(round), bias: round(fitted.bias) };
}

export function modelFromExamples(
  examples: TrainingExample[],
  sameEvent: { weights: number[]; bias: number },
  options: TrainingOptions,
): DecisionModel {
  return parseDecisionModel({
    version: 1,
    features: [...FEATURE_NAMES],
    ...fittedWeights(examples, options.l2),
    sameEvent,
    threshold: options.threshold,
    mergeSimilarity: options.mergeSimilarity,
    provenance: options.provenance,
  });
}

/**
 * The same-event weights first (they depend on no model), then the joining weights in two rounds: teacher-forced
 * examples, then examples from the first model's own stories, split checks included.
 */
export function trainDecisionModel(streams: readonly LabelledStream[], options: TrainingOptions): DecisionModel {
  if (streams.length === 0) throw new Error("nothing to train on");
  // Each stream's same-event and other-event pairs weigh the same: the check weighs evidence, not how often nearby
  // articles happen to share an event in a data set.
  const pairs = streams.flatMap((stream) => byLabel(sameEventExamples(stream, options)));
  const sameEvent = fittedWeights(balanced(pairs), options.l2);
  const teacher = streams.map((stream) => teacherForcedExamples(stream, options));
  const first = modelFromExamples(balanced(teacher), sameEvent, options);
  const onPolicy = streams.map((stream) => onPolicyExamples(stream, first, options));
  return modelFromExamples(
    balanced(streams.map((_, index) => [...(teacher[index] ?? []), ...(onPolicy[index] ?? [])])),
    sameEvent,
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

/** Pairwise F1 across replay orders: the look-alike twins that merge depend on which reports come first. */
export interface OrderSpread extends Spread {
  worst: number;
}

/**
 * The model's pairwise F1 on the stream replayed in the shuffled orders of seeds 1..orders (the eval's seeds), so
 * that one lucky order does not decide a cross-set check. In process: seconds where the CLI replay takes minutes.
 */
export function pairwiseF1OverOrders(stream: LabelledStream, model: DecisionModel, orders: number): OrderSpread {
  const scores = orderSeeds(orders).map(
    (seed) => evaluateModel({ ...stream, docs: seededShuffle(stream.docs, seed) }, model).pairwise.f1,
  );
  return { ...spreadOf(scores), worst: Math.min(...scores) };
}
