import { describe, expect, it } from "vitest";
import { fitLogistic, solveLinearSystem, type TrainingExample } from "./logistic-regression.js";

describe("solveLinearSystem", () => {
  it("solves a small system", () => {
    const solution = solveLinearSystem(
      [
        [2, 1],
        [1, 3],
      ],
      [3, 5],
    );
    expect(solution[0]).toBeCloseTo(0.8, 10);
    expect(solution[1]).toBeCloseTo(1.4, 10);
  });
});

describe("fitLogistic", () => {
  it("learns a positive weight for a feature that separates the labels", () => {
    const examples: TrainingExample[] = [];
    for (let index = 0; index < 200; index++) {
      const x = index / 200;
      // Noisy labels: mostly 1 above 0.6, mostly 0 below.
      const label = x > 0.6 !== (index % 10 === 0) ? 1 : 0;
      examples.push({ features: [x, 0.5], label, weight: 1 });
    }
    const fitted = fitLogistic(examples, { l2: 1e-4 });
    expect(fitted.weights[0]).toBeGreaterThan(3);
    const boundary = -(fitted.bias + (fitted.weights[1] ?? 0) * 0.5) / (fitted.weights[0] ?? 1);
    expect(boundary).toBeGreaterThan(0.45);
    expect(boundary).toBeLessThan(0.75);
  });

  it("shrinks weights as the penalty grows", () => {
    const examples: TrainingExample[] = [
      { features: [1], label: 1, weight: 1 },
      { features: [0], label: 0, weight: 1 },
      { features: [0.9], label: 1, weight: 1 },
      { features: [0.2], label: 1, weight: 1 },
    ];
    const loose = fitLogistic(examples, { l2: 1e-3 });
    const tight = fitLogistic(examples, { l2: 1 });
    expect(Math.abs(tight.weights[0] ?? 0)).toBeLessThan(Math.abs(loose.weights[0] ?? 0));
  });
});
