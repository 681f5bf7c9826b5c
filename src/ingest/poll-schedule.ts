// When a watched feed is polled next: its interval, doubled for each failure in a row, never sooner than the
// server's Retry-After asks, never later than a day.

/** Polling a feed more often than this is rude to its server and rarely finds more. */
export const MIN_POLL_SECONDS = 60;
/** The longest wait, for a feed that keeps failing or a server that asks for more. */
export const MAX_POLL_SECONDS = 86_400;
export const DEFAULT_POLL_SECONDS = 15 * 60;

/** Seconds until the next poll, after a poll that left `failures` failures in a row (0: it went well). */
export function pollDelaySeconds(intervalSeconds: number, failures: number, retryAfterSeconds: number | null): number {
  const backedOff = intervalSeconds * 2 ** Math.min(failures, 16);
  const delay = Math.max(backedOff, retryAfterSeconds ?? 0);
  return Math.min(MAX_POLL_SECONDS, Math.max(MIN_POLL_SECONDS, delay));
}

export function nextPollAt(
  now: Date,
  intervalSeconds: number,
  failures: number,
  retryAfterSeconds: number | null,
): string {
  return new Date(now.getTime() + pollDelaySeconds(intervalSeconds, failures, retryAfterSeconds) * 1000).toISOString();
}

/** A Retry-After header (delta-seconds or an HTTP date, RFC 9110 §10.2.3) as seconds from `now`; null if absent or unreadable. */
export function retryAfterSeconds(header: string | null, now: Date): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now.getTime()) / 1000));
}
