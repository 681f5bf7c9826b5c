import { describe, expect, it } from "vitest";
import {
  MAX_POLL_SECONDS,
  MIN_POLL_SECONDS,
  nextPollAt,
  pollDelaySeconds,
  retryAfterSeconds,
} from "./poll-schedule.js";

describe("pollDelaySeconds", () => {
  it("waits the interval after a good poll and doubles it for each failure in a row, up to a day", () => {
    expect(pollDelaySeconds(900, 0, null)).toBe(900);
    expect(pollDelaySeconds(900, 1, null)).toBe(1800);
    expect(pollDelaySeconds(900, 3, null)).toBe(7200);
    expect(pollDelaySeconds(900, 40, null)).toBe(MAX_POLL_SECONDS);
  });

  it("never polls sooner than the server's Retry-After or than a minute", () => {
    expect(pollDelaySeconds(900, 1, 7200)).toBe(7200);
    expect(pollDelaySeconds(900, 1, 10)).toBe(1800);
    expect(pollDelaySeconds(1, 0, null)).toBe(MIN_POLL_SECONDS);
    expect(pollDelaySeconds(900, 0, 10 * MAX_POLL_SECONDS)).toBe(MAX_POLL_SECONDS);
  });

  it("dates the next poll from now", () => {
    expect(nextPollAt(new Date("2024-03-04T10:00:00.000Z"), 600, 1, null)).toBe("2024-03-04T10:20:00.000Z");
  });
});

describe("retryAfterSeconds", () => {
  const now = new Date("2024-03-04T10:00:00.000Z");
  it("reads delta-seconds and HTTP dates, and nothing else", () => {
    expect(retryAfterSeconds("120", now)).toBe(120);
    expect(retryAfterSeconds("Mon, 04 Mar 2024 11:00:00 GMT", now)).toBe(3600);
    expect(retryAfterSeconds("Mon, 04 Mar 2024 09:00:00 GMT", now)).toBe(0);
    expect(retryAfterSeconds("soon", now)).toBeNull();
    expect(retryAfterSeconds(null, now)).toBeNull();
  });
});
