// POSTing a message to a receiver over HTTP, and what its answer means for the delivery. Shared by webhooks and push.
import http from "node:http";
import https from "node:https";
import type { DeliveryResult } from "./channel.js";

export const DEFAULT_HTTP_TIMEOUT_MS = 10_000;

/**
 * Connections are kept open per receiver, so a fan-out to many subscribers of one endpoint does not pay a handshake
 * for each message; node's http client, unlike fetch, builds no web streams per request, which a fan-out feels.
 */
const AGENT_OPTIONS = { keepAlive: true, maxSockets: 64, scheduling: "fifo" as const };
const httpAgent = new http.Agent(AGENT_OPTIONS);
const httpsAgent = new https.Agent(AGENT_OPTIONS);

export async function postToReceiver(
  url: string,
  request: { headers: Record<string, string>; body: string | Uint8Array },
  timeoutMs: number,
): Promise<DeliveryResult> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return { outcome: "failed", error: `not a URL: ${url}` };
  }
  if (target.protocol !== "http:" && target.protocol !== "https:")
    return { outcome: "failed", error: `not an http(s) URL: ${url}` };
  const body = typeof request.body === "string" ? Buffer.from(request.body, "utf8") : request.body;
  const send = target.protocol === "https:" ? https.request : http.request;
  return new Promise<DeliveryResult>((resolve) => {
    let settled = false;
    const settle = (result: DeliveryResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    // Redirects are never followed (node's client does not): a receiver that moved must be re-registered, or signed
    // data would go to a URL nobody checked.
    const outgoing = send(
      target,
      {
        method: "POST",
        agent: target.protocol === "https:" ? httpsAgent : httpAgent,
        headers: { ...request.headers, "content-length": String(body.byteLength) },
      },
      (response) => {
        // Read and drop the body so the connection is reused.
        response.resume();
        response.on("end", () =>
          settle(
            resultOfStatus(
              response.statusCode ?? 0,
              header(response.headers["retry-after"]),
              header(response.headers.location),
            ),
          ),
        );
        response.on("error", (error) => settle({ outcome: "retry", error: networkError(error) }));
      },
    );
    // One deadline for connecting, sending and the answer: a receiver that trickles bytes must not hold a worker.
    const timer = setTimeout(() => {
      settle({ outcome: "retry", error: `no answer within ${timeoutMs} ms` });
      outgoing.destroy();
    }, timeoutMs);
    outgoing.on("error", (error) => settle({ outcome: "retry", error: networkError(error) }));
    outgoing.end(body);
  });
}

/** 2xx delivered; 410 gone; 408, 429 and 5xx retried (honouring Retry-After); other 3xx and 4xx are dead letters. */
export function resultOfStatus(
  status: number,
  retryAfter: string | null = null,
  location: string | null = null,
): DeliveryResult {
  if (status >= 200 && status < 300) return { outcome: "delivered" };
  if (status === 410) return { outcome: "gone", error: "HTTP 410 Gone" };
  if (status === 408 || status === 429 || status >= 500) {
    const delay = retryAfterMs(retryAfter);
    return delay === null
      ? { outcome: "retry", error: `HTTP ${status}` }
      : { outcome: "retry", error: `HTTP ${status}`, retryAfterMs: delay };
  }
  if (status >= 300 && status < 400) {
    return {
      outcome: "failed",
      error: `HTTP ${status} redirect${location ? ` to ${location}` : ""}; redirects are not followed`,
    };
  }
  return { outcome: "failed", error: `HTTP ${status}` };
}

/** Retry-After as seconds or as an HTTP date (RFC 9110). */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function networkError(error: Error): string {
  const code = (error as { code?: string }).code;
  return code && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
}

function header(value: string | string[] | undefined): string | null {
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}
