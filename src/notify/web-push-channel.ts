// Web Push (RFC 8030): the message encrypted for the browser (aes128gcm, RFC 8291) and signed with VAPID (RFC 8292)
// by the web-push package, then POSTed to the push service like any other receiver.
import webpush from "web-push";
import type { Channel, Delivery, DeliveryResult } from "./channel.js";
import { DEFAULT_HTTP_TIMEOUT_MS, postToReceiver } from "./http-delivery.js";
import { articleLine, messageTitle } from "./update-message.js";
import type { VapidKeys } from "./vapid-keys.js";

/** Push services keep an undelivered message this long (seconds) for a browser that is offline. */
const DEFAULT_TTL_SECONDS = 24 * 3600;
/** Push services accept about 4 KB of encrypted payload; the body is cut well before that. */
const MAX_BODY_CHARACTERS = 1000;

export interface PushPayload {
  title: string;
  body: string;
  /** Where a click on the notification leads. */
  url: string;
  storyId: string;
  deliveryId: string;
  updates: number;
}

/** One update: what is new in it. Several (a paced or digest message): each article, newest first, with its outlet. */
function pushBody(delivery: Delivery): string {
  const newest = delivery.updates.at(-1);
  if (delivery.updates.length > 1) {
    return delivery.updates
      .map(({ article }) => articleLine(article))
      .reverse()
      .join("\n");
  }
  const summary = newest?.update.summary.join(" ") ?? "";
  return summary || (newest?.article.outlet ? `New from ${newest.article.outlet}` : delivery.story.headline);
}

export function pushPayload(delivery: Delivery): PushPayload {
  const newest = delivery.updates.at(-1);
  const body = pushBody(delivery);
  return {
    title: messageTitle(delivery),
    body: body.length > MAX_BODY_CHARACTERS ? `${body.slice(0, MAX_BODY_CHARACTERS - 1)}…` : body,
    url: delivery.updates.length === 1 && newest?.article.url ? newest.article.url : delivery.story.url,
    storyId: delivery.story.id,
    deliveryId: delivery.id,
    updates: delivery.updates.length,
  };
}

export class WebPushChannel implements Channel {
  readonly kind = "push" as const;

  constructor(
    private readonly options: { vapid: VapidKeys; subject: string; timeoutMs?: number; ttlSeconds?: number },
  ) {}

  async send(delivery: Delivery): Promise<DeliveryResult> {
    const channel = delivery.subscription.channel;
    if (channel.kind !== "push")
      return { outcome: "failed", error: `a ${channel.kind} subscription sent to the push channel` };
    let details: ReturnType<typeof webpush.generateRequestDetails>;
    try {
      details = webpush.generateRequestDetails(
        { endpoint: channel.endpoint, keys: channel.keys },
        JSON.stringify(pushPayload(delivery)),
        {
          vapidDetails: { subject: this.options.subject, ...this.options.vapid },
          TTL: this.options.ttlSeconds ?? DEFAULT_TTL_SECONDS,
          contentEncoding: "aes128gcm",
        },
      );
    } catch (error) {
      return { outcome: "failed", error: `cannot encrypt for this push subscription: ${(error as Error).message}` };
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(details.headers)) headers[name] = String(value);
    const result = await postToReceiver(
      details.endpoint,
      { headers, body: details.body ?? new Uint8Array() },
      this.options.timeoutMs ?? DEFAULT_HTTP_TIMEOUT_MS,
    );
    // Push services answer 404 as well as 410 for a subscription the browser has dropped.
    if (result.outcome === "failed" && result.error.startsWith("HTTP 404"))
      return { outcome: "gone", error: result.error };
    return result;
  }
}
