// Webhooks as the Standard Webhooks spec has them: a JSON POST with webhook-id, -timestamp and -signature headers.
import type { Channel, Delivery, DeliveryResult } from "./channel.js";
import { DEFAULT_HTTP_TIMEOUT_MS, postToReceiver } from "./http-delivery.js";
import { type UpdateView, updateView } from "./update-message.js";
import { signWebhook } from "./webhook-signature.js";

export const WEBHOOK_EVENT_TYPE = "story.updated";

export interface WebhookPayload {
  type: typeof WEBHOOK_EVENT_TYPE;
  /** When the newest update was made. */
  timestamp: string;
  data: {
    subscriptionId: string;
    story: Delivery["story"];
    updates: UpdateView[];
    links: Delivery["links"];
  };
}

export function webhookPayload(delivery: Delivery): WebhookPayload {
  const newest = delivery.updates.at(-1);
  return {
    type: WEBHOOK_EVENT_TYPE,
    timestamp: newest?.update.createdAt ?? new Date(0).toISOString(),
    data: {
      subscriptionId: delivery.subscription.id,
      story: delivery.story,
      updates: delivery.updates.map(updateView),
      links: delivery.links,
    },
  };
}

export class WebhookChannel implements Channel {
  readonly kind = "webhook" as const;

  constructor(private readonly options: { timeoutMs?: number; now?: () => Date } = {}) {}

  async send(delivery: Delivery): Promise<DeliveryResult> {
    const channel = delivery.subscription.channel;
    if (channel.kind !== "webhook")
      return { outcome: "failed", error: `a ${channel.kind} subscription sent to the webhook channel` };
    const body = JSON.stringify(webhookPayload(delivery));
    // Stamped per attempt: receivers reject old timestamps, and a retry is a new attempt at the same message.
    const timestamp = Math.floor((this.options.now ?? (() => new Date()))().getTime() / 1000);
    return postToReceiver(
      channel.url,
      {
        headers: {
          "content-type": "application/json",
          "user-agent": "Storyline-Webhooks/1",
          "webhook-id": delivery.id,
          "webhook-timestamp": String(timestamp),
          "webhook-signature": signWebhook(channel.secret, { id: delivery.id, timestamp, body }),
        },
        body,
      },
      this.options.timeoutMs ?? DEFAULT_HTTP_TIMEOUT_MS,
    );
  }
}
