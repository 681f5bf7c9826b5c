// The channels a worker delivers through, made from the settings: webhooks always, push with the stored VAPID keys,
// email when an SMTP server is configured.
import type { Store } from "../store/store.js";
import type { ChannelSet } from "./channel.js";
import { EmailChannel } from "./email-channel.js";
import type { NotifySettings } from "./notify-settings.js";
import { loadOrCreateVapidKeys } from "./vapid-keys.js";
import { WebPushChannel } from "./web-push-channel.js";
import { WebhookChannel } from "./webhook-channel.js";

export interface OpenChannels {
  channels: ChannelSet;
  close(): void;
}

export async function openNotificationChannels(store: Store, settings: NotifySettings): Promise<OpenChannels> {
  const vapid = await loadOrCreateVapidKeys(store);
  const email = settings.smtpUrl ? EmailChannel.fromUrl(settings.smtpUrl, settings.mailFrom) : null;
  return {
    channels: {
      webhook: new WebhookChannel(),
      push: new WebPushChannel({ vapid, subject: settings.vapidSubject }),
      ...(email ? { email } : {}),
    },
    close: () => email?.close(),
  };
}
