import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { newWebhookSecret } from "./follow-request.js";
import { signWebhook, verifyWebhook } from "./webhook-signature.js";

const NOW = new Date("2024-05-01T12:00:00Z");
const TIMESTAMP = Math.floor(NOW.getTime() / 1000);

describe("Standard Webhooks signatures", () => {
  const secret = newWebhookSecret();
  const body = JSON.stringify({ type: "story.updated", data: { headline: "Flood waters rise" } });

  it("signs `id.timestamp.body` with the base64-decoded secret, as the spec's receivers compute it", () => {
    const signature = signWebhook(secret, { id: "msg_1", timestamp: TIMESTAMP, body });
    const key = Buffer.from(secret.slice("whsec_".length), "base64");
    const expected = createHmac("sha256", key).update(`msg_1.${TIMESTAMP}.${body}`).digest("base64");
    expect(signature).toBe(`v1,${expected}`);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
  });

  it("verifies its own signatures, among several in the header, and rejects tampering and stale timestamps", () => {
    const signature = signWebhook(secret, { id: "msg_1", timestamp: TIMESTAMP, body });
    const headers = { id: "msg_1", timestamp: String(TIMESTAMP), signature: `v1,bm9wZQ== ${signature}` };
    expect(verifyWebhook(secret, headers, body, { now: NOW })).toBe(true);
    expect(verifyWebhook(secret, headers, `${body} `, { now: NOW })).toBe(false);
    expect(verifyWebhook(secret, { ...headers, id: "msg_2" }, body, { now: NOW })).toBe(false);
    expect(verifyWebhook(newWebhookSecret(), headers, body, { now: NOW })).toBe(false);
    expect(verifyWebhook(secret, headers, body, { now: new Date(NOW.getTime() + 600_000) })).toBe(false);
  });
});
