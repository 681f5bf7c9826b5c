import { describe, expect, it } from "vitest";
import { seededShuffle } from "../eval/stream-orders.js";
import { analyzeArticle } from "../src/analyze/analyze-article.js";
import { FEATURE_NAMES } from "../src/cluster/pair-features.js";
import {
  balanced,
  byLabel,
  evaluateModel,
  type LabelledStream,
  majorityLabel,
  pairwiseF1OverOrders,
  sameEventExamples,
  teacherForcedExamples,
  trainDecisionModel,
} from "./cluster-training.js";

const EVENTS: Record<string, string[]> = {
  flood: [
    "Floods swept through Valencia in eastern Spain after torrential rain, killing dozens of people.",
    "Rescue teams in Valencia searched for survivors of the floods that hit eastern Spain.",
    "The death toll from the Valencia floods rose as rescue teams reached villages in eastern Spain.",
  ],
  election: [
    "Voters in Chile elected a new president in Santiago after a campaign about crime.",
    "Chile's new president promised to fight crime after winning the election in Santiago.",
    "The president-elect of Chile named a cabinet in Santiago days after the election.",
  ],
  launch: [
    "NASA launched a probe to Jupiter's moon Europa from Cape Canaveral in Florida.",
    "The Europa probe NASA launched from Florida sent its first signals from space.",
    "NASA engineers said the probe bound for Europa and Jupiter is healthy after launch.",
  ],
};

function stream(): LabelledStream {
  const docs = [];
  const gold = new Map<string, string>();
  for (let round = 0; round < 3; round++) {
    for (const [event, texts] of Object.entries(EVENTS)) {
      const text = texts[round] ?? "";
      const id = `${event}-${round}`;
      gold.set(id, event);
      docs.push({
        id,
        title: text.split(" ").slice(0, 6).join(" "),
        published: null,
        outlet: null,
        analysis: analyzeArticle({ title: "", text, published: null }),
      });
    }
  }
  return { name: "tiny", docs, gold };
}

/** A heavier penalty than the real training's: the toy stream is tiny. */
const TOY_TRAINING = {
  threshold: 0.5,
  mergeSimilarity: 0.6,
  l2: 1e-2,
  examplesPerArticle: 3,
  newEventWeightExponent: 0.5,
  pairNeighbours: 2,
  provenance: "test",
};

describe("cluster training", () => {
  it("labels teacher-forced candidates by gold story", () => {
    const examples = teacherForcedExamples(stream(), { examplesPerArticle: 1, newEventWeightExponent: 0.5 });
    expect(examples.length).toBeGreaterThan(3);
    expect(examples.some((example) => example.label === 1)).toBe(true);
    expect(examples.every((example) => example.features.length === FEATURE_NAMES.length)).toBe(true);
    // Only an event's first article (events here have 3) weighs more than 1, and it can only be a negative.
    for (const example of examples) {
      expect([1, Math.sqrt(3)]).toContain(example.weight);
      if (example.label === 1) expect(example.weight).toBe(1);
    }
  });

  it("pairs each article with its closest earlier articles, labelled by whether gold puts both in one event", () => {
    const data = stream();
    const examples = sameEventExamples(data, { pairNeighbours: 2 });
    // The first article has no earlier one, the second one; every later article gets its two nearest.
    expect(examples).toHaveLength(0 + 1 + 2 * (data.docs.length - 2));
    expect(examples.every((example) => example.features.length === FEATURE_NAMES.length)).toBe(true);
    const cosine = FEATURE_NAMES.indexOf("cosineFull");
    const mean = (label: 0 | 1) => {
      const picked = examples.filter((example) => example.label === label);
      return picked.reduce((sum, example) => sum + (example.features[cosine] ?? 0), 0) / picked.length;
    };
    // Rounds are interleaved, so the nearest earlier articles include both the same event and the others.
    expect(mean(1)).toBeGreaterThan(mean(0));
  });

  it("splits examples into positives and negatives, so each class can weigh the same", () => {
    const positive = { features: [1], label: 1 as const, weight: 1 };
    const negative = { features: [0], label: 0 as const, weight: 1 };
    expect(byLabel([positive, negative, positive])).toEqual([[positive, positive], [negative]]);
  });

  it("weighs each group of examples the same in total", () => {
    const one = { features: [1], label: 1 as const, weight: 1 };
    const weighted = balanced([[one, one], [one]]);
    expect(weighted.map((example) => example.weight)).toEqual([0.5, 0.5, 1]);
  });

  it("takes the most frequent label of a story", () => {
    expect(
      majorityLabel(
        new Map([
          ["a", 1],
          ["b", 3],
        ]),
      ),
    ).toBe("b");
    expect(majorityLabel(new Map())).toBeUndefined();
  });

  it("trains a valid model that separates clearly different events", () => {
    const data = stream();
    const model = trainDecisionModel([data], TOY_TRAINING);
    expect(model.features).toEqual([...FEATURE_NAMES]);
    const scores = evaluateModel(data, model);
    expect(scores.pairwise.precision).toBe(1);
    expect(scores.documents).toBe(9);
  });
});

describe("pairwiseF1OverOrders", () => {
  it("replays the stream in each seeded order and reports the mean, spread and worst of them", () => {
    const data = stream();
    const model = trainDecisionModel([data], TOY_TRAINING);
    const spread = pairwiseF1OverOrders(data, model, 3);
    const byOrder = [1, 2, 3].map(
      (seed) => evaluateModel({ ...data, docs: seededShuffle(data.docs, seed) }, model).pairwise.f1,
    );
    expect(spread.worst).toBe(Math.min(...byOrder));
    expect(spread.mean).toBeCloseTo(byOrder.reduce((sum, value) => sum + value, 0) / 3, 9);
    expect(spread.worst).toBeLessThanOrEqual(spread.mean);
  });
});
