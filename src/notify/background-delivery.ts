// The delivery worker as `serve` runs it: beside the web server, in the same process, until the server stops.
import type { Store } from "../store/store.js";
import { DeliveryWorker } from "./delivery-worker.js";
import { openNotificationChannels } from "./notification-channels.js";
import { notificationLinks } from "./notification-links.js";
import { loadNotifySettings } from "./notify-settings.js";

export interface BackgroundDelivery {
  stop(): Promise<void>;
}

export async function startBackgroundDelivery(
  store: Store,
  publicUrl: string,
  pollMs = 1000,
): Promise<BackgroundDelivery> {
  const open = await openNotificationChannels(store, loadNotifySettings());
  const worker = new DeliveryWorker({
    store,
    channels: open.channels,
    links: notificationLinks(publicUrl),
    onProblem: (entry, result, state) =>
      process.stderr.write(
        `storyline: delivery ${entry.deliveryId} to ${entry.subscriptionId}: ${result.error}; ${state}\n`,
      ),
  });
  worker.start(pollMs);
  return {
    stop: async () => {
      await worker.stop();
      open.close();
    },
  };
}
