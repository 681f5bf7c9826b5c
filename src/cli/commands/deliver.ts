// `storyline deliver [--once]`: the delivery worker — sends what the outbox owes, retrying with backoff.
import type { Command } from "commander";
import { type DeliveryTally, DeliveryWorker } from "../../notify/delivery-worker.js";
import { openNotificationChannels } from "../../notify/notification-channels.js";
import { notificationLinks } from "../../notify/notification-links.js";
import { loadNotifySettings } from "../../notify/notify-settings.js";
import type { Store } from "../../store/store.js";
import { configOf, withStore, writeError, writeLine } from "../cli-context.js";

export function registerDeliverCommand(program: Command): void {
  program
    .command("deliver")
    .description("send the notifications the outbox holds; runs until stopped unless --once")
    .option("--once", "stop when nothing is due (messages waiting for a later retry are left for the next run)")
    .action(async (options: { once?: boolean }, command: Command) => {
      const config = configOf(command);
      await withStore(config, async (store) => {
        const open = await openNotificationChannels(store, loadNotifySettings());
        const worker = new DeliveryWorker({
          store,
          channels: open.channels,
          links: notificationLinks(config.publicUrl),
          onProblem: (entry, result, state) =>
            writeError(`storyline deliver: ${entry.deliveryId} to ${entry.subscriptionId}: ${result.error}; ${state}`),
        });
        try {
          if (options.once) await deliverOnce(store, worker);
          else await deliverUntilStopped(worker);
        } finally {
          open.close();
        }
      });
    });
}

async function deliverOnce(store: Store, worker: DeliveryWorker): Promise<void> {
  const { tally, nextDueAt } = await worker.drain();
  writeLine(formatTally(tally));
  let pending = 0;
  for (const counts of (await store.outbox.countsBySubscription()).values()) pending += counts.pending;
  writeLine(
    pending === 0
      ? "the outbox is empty"
      : `nothing more is due now; ${pending} message${pending === 1 ? "" : "s"} waiting, the next at ${nextDueAt}`,
  );
}

async function deliverUntilStopped(worker: DeliveryWorker): Promise<void> {
  writeLine("delivering; stop with Ctrl-C");
  worker.start();
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await worker.stop();
}

function formatTally(tally: DeliveryTally): string {
  return `delivered ${tally.delivered}, retrying ${tally.retrying}, dead ${tally.dead}, cancelled ${tally.cancelled}`;
}
