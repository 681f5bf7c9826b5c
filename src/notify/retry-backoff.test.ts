import { describe, expect, it } from "vitest";
import { retryDelayMs } from "./retry-backoff.js";

const POLICY = { maxAttempts: 8, baseDelayMs: 1000, maxDelayMs: 60_000 };

describe("retryDelayMs", () => {
  it("doubles per attempt up to the cap, with half of each step random", () => {
    expect(retryDelayMs(1, POLICY, () => 0)).toBe(500);
    expect(retryDelayMs(1, POLICY, () => 1)).toBe(1000);
    expect(retryDelayMs(4, POLICY, () => 0)).toBe(4000);
    expect(retryDelayMs(4, POLICY, () => 1)).toBe(8000);
    expect(retryDelayMs(20, POLICY, () => 1)).toBe(60_000);
  });

  it("spreads deliveries that failed together", () => {
    const delays = new Set(Array.from({ length: 50 }, () => retryDelayMs(3, POLICY)));
    expect(delays.size).toBeGreaterThan(10);
    for (const delay of delays) expect(delay).toBeGreaterThanOrEqual(2000);
  });
});
