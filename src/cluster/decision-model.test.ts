import { describe, expect, it } from "vitest";
import {
  DEFAULT_DECISION_MODEL,
  membershipProbability,
  parseDecisionModel,
  sameEventProbability,
} from "./decision-model.js";
import { FEATURE_NAMES } from "./pair-features.js";

describe("decision model", () => {
  it("ships weights for exactly the features the code computes", () => {
    expect(DEFAULT_DECISION_MODEL.features).toEqual([...FEATURE_NAMES]);
    expect(DEFAULT_DECISION_MODEL.weights).toHaveLength(FEATURE_NAMES.length);
  });

  it("rejects weights for other features", () => {
    expect(() => parseDecisionModel({ ...DEFAULT_DECISION_MODEL, features: ["cosineFull"], weights: [1] })).toThrow(
      /do not match/,
    );
  });

  it("rejects same-event weights of another length", () => {
    expect(() => parseDecisionModel({ ...DEFAULT_DECISION_MODEL, sameEvent: { weights: [1], bias: 0 } })).toThrow(
      /do not match/,
    );
  });

  it("scores a pair with its own same-event weights, not the joining ones", () => {
    const features = new Array<number>(FEATURE_NAMES.length).fill(0);
    const model = { ...DEFAULT_DECISION_MODEL, bias: 3, sameEvent: { ...DEFAULT_DECISION_MODEL.sameEvent, bias: -3 } };
    expect(membershipProbability(model, features)).toBeGreaterThan(0.9);
    expect(sameEventProbability(model, features)).toBeLessThan(0.1);
  });

  it("rates an article closer to a story as more likely to belong to it", () => {
    const cosine = FEATURE_NAMES.indexOf("cosineFull");
    const far = new Array<number>(FEATURE_NAMES.length).fill(0);
    const near = [...far];
    near[cosine] = 0.9;
    expect(DEFAULT_DECISION_MODEL.weights[cosine]).toBeGreaterThan(0);
    expect(membershipProbability(DEFAULT_DECISION_MODEL, near)).toBeGreaterThan(
      membershipProbability(DEFAULT_DECISION_MODEL, far),
    );
  });
});
