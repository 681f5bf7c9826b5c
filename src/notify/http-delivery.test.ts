import { describe, expect, it } from "vitest";
import { resultOfStatus, retryAfterMs } from "./http-delivery.js";

describe("what a receiver's HTTP status means", () => {
  it("delivers on 2xx, stops on 410, retries 408/429/5xx and dead-letters other 3xx/4xx", () => {
    expect(resultOfStatus(200).outcome).toBe("delivered");
    expect(resultOfStatus(204).outcome).toBe("delivered");
    expect(resultOfStatus(410).outcome).toBe("gone");
    for (const status of [408, 429, 500, 502, 503])
      expect(resultOfStatus(status).outcome, String(status)).toBe("retry");
    for (const status of [301, 302, 400, 401, 403, 404, 413])
      expect(resultOfStatus(status).outcome, String(status)).toBe("failed");
    expect(resultOfStatus(302, null, "https://elsewhere.example/")).toMatchObject({
      error: expect.stringContaining("elsewhere"),
    });
  });

  it("honours Retry-After given in seconds or as a date", () => {
    expect(resultOfStatus(429, "120")).toEqual({ outcome: "retry", error: "HTTP 429", retryAfterMs: 120_000 });
    const now = Date.parse("2024-05-01T12:00:00Z");
    expect(retryAfterMs("Wed, 01 May 2024 12:01:00 GMT", now)).toBe(60_000);
    expect(retryAfterMs("soon", now)).toBeNull();
  });
});
