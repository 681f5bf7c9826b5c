// When to try a failed delivery again: exponential backoff with jitter, and when to stop (the dead-letter state).

export interface RetryPolicy {
  /** Attempts in all, the first included; after the last failure the row becomes a dead letter. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Ten attempts over about four hours: outlasts a receiver's restart or a short outage, not a dead endpoint. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 10, baseDelayMs: 15_000, maxDelayMs: 2 * 3600_000 };

/**
 * The wait after failed attempt `attempt` (1-based): the exponential step, half of it fixed and half random ("equal
 * jitter"), so many deliveries that failed together do not all return together, yet none retries at once.
 */
export function retryDelayMs(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
}
