// Scores each dump line's chance of being article text with a small logistic model over its and its neighbours' shape.
import { z } from "zod";
import { opensAuthorCard, readsLikeAuthorBio } from "./author-bio.js";
import type { LineClass } from "./line-classes.js";
import type { LineFeatures } from "./line-features.js";
import defaultWeights from "./line-model-weights.json" with { type: "json" };
import { MIN_ARTICLE_WORDS, opensAfterMatter } from "./section-breaks.js";
import { topicSupport } from "./topic-continuity.js";

/** The model's inputs, in the order of its weights; the training script and the weights file share this list. */
export const LINE_MODEL_FEATURES = [
  "logWords",
  "stopWordRatio",
  "endsSentence",
  "startsCapitalised",
  "capitalisedRatio",
  "upperRatio",
  "letterShare",
  "hasDate",
  "boilerplate",
  "logRepeats",
  "blankBefore",
  "position",
  "good",
  "near",
  "short",
  "tinyLine",
  "prevGood",
  "prevLogWords",
  "prevBoilerplate",
  "nextGood",
  "nextLogWords",
  "nextBoilerplate",
  "windowGoodShare",
  "windowGoodWords",
  "windowShortShare",
  "proseBefore",
  "proseAfter",
  "proseAround",
  "headlineKnown",
  "belowHeadline",
  "nearBelowHeadline",
  "goodBelowHeadline",
  "furnitureRun",
  "proseRun",
  "callToAction",
  "leadsWithCallToAction",
  "callToActionLate",
  "firstPersonPlural",
  "belowSectionBreak",
  "authorBio",
  "inAuthorCard",
  "asksQuestion",
  "questionLate",
  "headlineDistance",
] as const;

/** Lines either side that describe a line's surroundings: a paragraph's neighbours are paragraphs. */
const WINDOW = 4;
/** How far below a headline the article's text still counts as "just under it". */
const HEADLINE_REACH = 40;
/** How far below a "Comments" / "About the author" / "Related stories" heading its section still runs. */
const SECTION_REACH = 20;
/** An author card is a name, a role, a bio and a few links. */
const AUTHOR_CARD_LINES = 6;

const logWords = (line: LineFeatures | undefined) => (line === undefined ? 0 : Math.log1p(line.words) / 5);
const flag = (value: boolean) => (value ? 1 : 0);

/**
 * For each line, how many lines long the unbroken stretch of non-prose lines around it is (0 for a prose line), and
 * the same for prose lines: menus are long stretches of short lines, an article's heading a stretch of one.
 */
function runLengths(classes: readonly LineClass[]): { furniture: number[]; prose: number[] } {
  const furniture = new Array<number>(classes.length).fill(0);
  const prose = new Array<number>(classes.length).fill(0);
  let start = 0;
  for (let i = 1; i <= classes.length; i += 1) {
    const isProse = classes[start] === "good";
    if (i < classes.length && (classes[i] === "good") === isProse) continue;
    (isProse ? prose : furniture).fill(i - start, start, i);
    start = i;
  }
  return { furniture, prose };
}

/**
 * The model's input vector for every line. `classes` are the hand rules' line classes; `headlines` the lines
 * that match the URL's slug (empty when unknown).
 */
export function lineModelInputs(
  features: readonly LineFeatures[],
  classes: readonly LineClass[],
  headlines: readonly number[],
): number[][] {
  const count = features.length;
  // Prefix sums over prose words and class counts, so every window costs O(1).
  const goodWords = [0];
  const goodLines = [0];
  const shortLines = [0];
  for (let i = 0; i < count; i += 1) {
    const good = classes[i] === "good";
    goodWords.push((goodWords[i] ?? 0) + (good ? (features[i]?.words ?? 0) : 0));
    goodLines.push((goodLines[i] ?? 0) + flag(good));
    shortLines.push((shortLines[i] ?? 0) + flag(classes[i] === "short" || classes[i] === "bad"));
  }
  const sum = (prefix: number[], from: number, to: number) =>
    (prefix[Math.min(count, to + 1)] ?? 0) - (prefix[Math.max(0, from)] ?? 0);
  const totalProse = Math.max(1, goodWords[count] ?? 0);
  const runs = runLengths(classes);
  const firstHeadline = headlines.length === 0 ? -1 : Math.min(...headlines);
  let lastBreak = Number.NEGATIVE_INFINITY;
  let lastCard = Number.NEGATIVE_INFINITY;

  return features.map((line, i) => {
    const previous = features[i - 1];
    const next = features[i + 1];
    const from = Math.max(0, i - WINDOW);
    const to = Math.min(count - 1, i + WINDOW);
    const neighbours = Math.max(1, to - from);
    const self = classes[i] === "good" ? 1 : 0;
    const windowGood = (sum(goodLines, from, to) - self) / neighbours;
    const windowWords = sum(goodWords, from, to) - (self === 1 ? line.words : 0);
    const windowShort = (sum(shortLines, from, to) - flag(classes[i] === "short" || classes[i] === "bad")) / neighbours;
    const proseBefore = sum(goodWords, 0, i - 1) / totalProse;
    const proseAfter = sum(goodWords, i + 1, count - 1) / totalProse;
    const below = firstHeadline >= 0 && i > firstHeadline;
    const nearBelow = below && i - firstHeadline <= HEADLINE_REACH;
    const belowBreak = i - lastBreak <= SECTION_REACH;
    // A break closes an article only below some of it: share bars and topic labels also sit under the headline.
    if (opensAfterMatter(line) && sum(goodWords, 0, i - 1) >= MIN_ARTICLE_WORDS) lastBreak = i;
    if (opensAuthorCard(features, i)) lastCard = i;
    return [
      logWords(line),
      line.stopWordRatio,
      flag(line.endsSentence),
      flag(line.startsCapitalised),
      line.capitalisedRatio,
      line.upperRatio,
      line.letterShare,
      flag(line.hasDate),
      flag(line.boilerplate !== null),
      Math.log(line.repeats),
      flag(line.blankBefore),
      count <= 1 ? 0 : i / (count - 1),
      flag(classes[i] === "good"),
      flag(classes[i] === "near"),
      flag(classes[i] === "short"),
      flag(line.words <= 3),
      flag(classes[i - 1] === "good"),
      logWords(previous),
      flag(previous?.boilerplate != null),
      flag(classes[i + 1] === "good"),
      logWords(next),
      flag(next?.boilerplate != null),
      windowGood,
      Math.log1p(windowWords) / 6,
      windowShort,
      proseBefore,
      proseAfter,
      // Article lines have prose on both sides; a menu above or a footer below has it on one side only.
      2 * Math.min(proseBefore, proseAfter),
      flag(firstHeadline >= 0),
      flag(below),
      flag(nearBelow),
      flag(nearBelow && classes[i] === "good"),
      Math.log1p(runs.furniture[i] ?? 0) / 4,
      Math.log1p(runs.prose[i] ?? 0) / 4,
      flag(line.callToAction !== null),
      flag(line.callToAction === "leads"),
      // Calls to action crowd the end of a page: with little prose below, one is the page's pitch, not the article.
      line.callToAction !== null ? 1 - proseAfter : 0,
      line.firstPersonPluralRatio,
      flag(belowBreak),
      flag(readsLikeAuthorBio(line.text)),
      flag(i - lastCard < AUTHOR_CARD_LINES),
      flag(line.asksQuestion),
      // Questions to the reader crowd the end of a page ("Want more?", polls, FAQs), as calls to action do.
      line.asksQuestion ? 1 - proseAfter : 0,
      below ? Math.log1p(i - firstHeadline) / 6 : 0,
    ];
  });
}

/** Inputs the second pass adds: what the first pass thinks of the line's surroundings. */
export const CONTEXT_FEATURES = [
  "firstPassLogit",
  "prevProbability",
  "nextProbability",
  "windowProbability",
  "wideProbability",
  "textBefore",
  "textAfter",
  "textAround",
  "topicShare",
  "topicFocus",
  "windowTopicShare",
  "furnitureShare",
  "probabilityAbove",
  "probabilityBelow",
] as const;

/** Lines either side that the second pass looks over for the page's wider layout. */
const WIDE_WINDOW = 12;

const logisticLayerSchema = z.object({ weights: z.array(z.number()), bias: z.number() });

/**
 * Two passes: the first scores each line by its own and its neighbours' shape, the second rescores it in the light
 * of the first pass's verdicts around it, so that a heading between paragraphs and a blurb inside a menu part ways.
 */
const lineModelSchema = z.object({
  features: z.array(z.string()),
  contextFeatures: z.array(z.string()),
  firstPass: logisticLayerSchema,
  secondPass: logisticLayerSchema,
  /** How the weights were made, for whoever reads the JSON. */
  provenance: z.string(),
});

export type LogisticLayer = z.infer<typeof logisticLayerSchema>;
export type LineModel = z.infer<typeof lineModelSchema>;

/** Validates a model and checks it speaks about the inputs this code computes, in this order. */
export function parseLineModel(value: unknown): LineModel {
  const model = lineModelSchema.parse(value);
  const first = LINE_MODEL_FEATURES.join(",");
  const second = [...LINE_MODEL_FEATURES, ...CONTEXT_FEATURES].join(",");
  if (
    model.features.join(",") !== first ||
    [...model.features, ...model.contextFeatures].join(",") !== second ||
    model.firstPass.weights.length !== LINE_MODEL_FEATURES.length ||
    model.secondPass.weights.length !== LINE_MODEL_FEATURES.length + CONTEXT_FEATURES.length
  ) {
    throw new Error(
      `line model inputs [${model.features.join(", ")}] do not match [${LINE_MODEL_FEATURES.join(", ")}]`,
    );
  }
  return model;
}

export function applyLayer(inputs: readonly (readonly number[])[], layer: LogisticLayer): number[] {
  return inputs.map((x) => {
    let score = layer.bias;
    for (let k = 0; k < x.length; k += 1) score += (layer.weights[k] ?? 0) * (x[k] ?? 0);
    return 1 / (1 + Math.exp(-score));
  });
}

/** The second pass's inputs: each line's first inputs followed by the first pass's view of its surroundings. */
export function contextInputs(
  features: readonly LineFeatures[],
  inputs: readonly (readonly number[])[],
  firstPass: readonly number[],
): number[][] {
  const count = firstPass.length;
  const probability = [0];
  const expectedWords = [0];
  for (let i = 0; i < count; i += 1) {
    probability.push((probability[i] ?? 0) + (firstPass[i] ?? 0));
    expectedWords.push((expectedWords[i] ?? 0) + (firstPass[i] ?? 0) * (features[i]?.words ?? 0));
  }
  const sum = (prefix: number[], from: number, to: number) =>
    (prefix[Math.min(count, to + 1)] ?? 0) - (prefix[Math.max(0, from)] ?? 0);
  const meanAround = (i: number, reach: number) => {
    const from = Math.max(0, i - reach);
    const to = Math.min(count - 1, i + reach);
    return to === from ? 0 : (sum(probability, from, to) - (firstPass[i] ?? 0)) / (to - from);
  };
  // One side at a time: an article's last lines have text above them and furniture below, a menu's the reverse.
  // Callers keep from and to inside the page.
  const meanOver = (from: number, to: number) => (to < from ? 0 : sum(probability, from, to) / (to - from + 1));
  const total = Math.max(1, expectedWords[count] ?? 0);
  const topic = topicSupport(
    features.map((line) => line.text),
    firstPass,
  );
  // A section's topic is its lines' topic, longer lines counting more: a list of teasers shares little as a whole.
  const topicWords = [0];
  const wordsSoFar = [0];
  for (let i = 0; i < count; i += 1) {
    const words = 1 + (features[i]?.words ?? 0);
    topicWords.push((topicWords[i] ?? 0) + (topic[i]?.share ?? 0) * words);
    wordsSoFar.push((wordsSoFar[i] ?? 0) + words);
  }
  const windowTopic = (i: number) => {
    const from = Math.max(0, i - WINDOW);
    const to = Math.min(count - 1, i + WINDOW);
    return sum(topicWords, from, to) / Math.max(1, sum(wordsSoFar, from, to));
  };
  return inputs.map((own, i) => {
    const p = Math.min(1 - 1e-6, Math.max(1e-6, firstPass[i] ?? 0));
    const before = sum(expectedWords, 0, i - 1) / total;
    const after = sum(expectedWords, i + 1, count - 1) / total;
    return [
      ...own,
      Math.log(p / (1 - p)) / 4,
      firstPass[i - 1] ?? 0,
      firstPass[i + 1] ?? 0,
      meanAround(i, WINDOW),
      meanAround(i, WIDE_WINDOW),
      before,
      after,
      2 * Math.min(before, after),
      topic[i]?.share ?? 0,
      topic[i]?.focus ?? 0,
      windowTopic(i),
      topic[i]?.furnitureShare ?? 0,
      meanOver(Math.max(0, i - WIDE_WINDOW), i - 1),
      meanOver(i + 1, Math.min(count - 1, i + WIDE_WINDOW)),
    ];
  });
}

let defaultModel: LineModel | null = null;

/** The committed model, checked on first use (so that the training script can load this module to replace it). */
function committedModel(): LineModel {
  defaultModel ??= parseLineModel(defaultWeights);
  return defaultModel;
}

/** The model's probability that each line is article text. */
export function lineProbabilities(
  features: readonly LineFeatures[],
  classes: readonly LineClass[],
  headlines: readonly number[],
  model: LineModel = committedModel(),
): number[] {
  const inputs = lineModelInputs(features, classes, headlines);
  const firstPass = applyLayer(inputs, model.firstPass);
  return applyLayer(contextInputs(features, inputs, firstPass), model.secondPass);
}
