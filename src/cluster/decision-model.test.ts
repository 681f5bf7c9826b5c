import { describe, expect, it } from "vitest";
import { DEFAULT_DECISION_MODEL, membershipProbability, parseDecisionModel } from "./decision-model.js";
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
