// Standard Webhooks signatures: HMAC-SHA256 over `id.timestamp.body` with the subscription's `whsec_` secret.
import { createHmac, timingSafeEqual } from "node:crypto";

const SECRET_PREFIX = "whsec_";
/** The spec's default: a receiver rejects messages stamped more than five minutes from its clock (replays). */
export const DEFAULT_TOLERANCE_SECONDS = 300;

export interface SignedMessage {
  id: string;
  /** Unix seconds. */
  timestamp: number;
  body: string;
}

/** The `webhook-signature` header value: `v1,` and the base64 HMAC. */
export function signWebhook(secret: string, message: SignedMessage): string {
  return `v1,${hmac(secret, message).toString("base64")}`;
}

/**
 * What a receiver does: checks the timestamp is recent and that one of the space-separated `v1,` signatures matches,
 * comparing in constant time.
 */
export function verifyWebhook(
  secret: string,
  headers: { id: string; timestamp: string; signature: string },
  body: string,
  options: { now?: Date; toleranceSeconds?: number } = {},
): boolean {
  const timestamp = Number(headers.timestamp);
  if (!Number.isInteger(timestamp)) return false;
  const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(nowSeconds - timestamp) > (options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) return false;
  const expected = hmac(secret, { id: headers.id, timestamp, body });
  return headers.signature.split(" ").some((candidate) => {
    const [version, encoded] = candidate.split(",", 2);
    if (version !== "v1" || !encoded) return false;
    const given = Buffer.from(encoded, "base64");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

function hmac(secret: string, message: SignedMessage): Buffer {
  const key = Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, "base64");
  return createHmac("sha256", key).update(`${message.id}.${message.timestamp}.${message.body}`).digest();
}
