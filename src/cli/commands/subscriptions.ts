// `storyline subscriptions`: who follows what, through which channel, and how their messages fared.
import type { Command } from "commander";
import type { Subscription } from "../../model.js";
import type { OutboxStatus } from "../../store/store.js";
import { configOf, withStore, writeLine } from "../cli-context.js";

export function registerSubscriptionsCommand(program: Command): void {
  program
    .command("subscriptions")
    .description("list subscriptions with their messages delivered, pending and dead-lettered")
    .option("--all", "include unsubscribed and gone ones")
    .option("--json", "print JSON (without webhook secrets)")
    .action(async (options: { all?: boolean; json?: boolean }, command: Command) => {
      await withStore(configOf(command), async (store) => {
        const subscriptions = await store.subscriptions.list({ includeInactive: options.all ?? false });
        const counts = await store.outbox.countsBySubscription();
        const rows = [];
        for (const subscription of subscriptions) {
          const stories = await store.subscriptions.followedStories(subscription.id);
          const messages = counts.get(subscription.id) ?? { pending: 0, delivered: 0, dead: 0, cancelled: 0 };
          rows.push({ ...publicFields(subscription), stories, messages });
        }
        if (options.json) {
          writeLine(JSON.stringify(rows, null, 2));
          return;
        }
        if (rows.length === 0) writeLine("no subscriptions; add one with `storyline follow TARGET --webhook URL`");
        for (const row of rows) {
          writeLine(`${row.id}  ${row.status}  ${row.channel.kind} ${row.channel.address}`);
          writeLine(
            `  follows ${row.follows.kind === "story" ? `story ${row.follows.storyId}` : `query "${row.follows.query}"`}` +
              `${pace(row)}; ${row.stories.length} stor${row.stories.length === 1 ? "y" : "ies"}`,
          );
          writeLine(`  messages: ${formatCounts(row.messages)}`);
        }
      });
    });
}

function publicFields(subscription: Subscription) {
  const { channel } = subscription;
  const address =
    channel.kind === "webhook"
      ? channel.url
      : channel.kind === "email"
        ? channel.address
        : channel.kind === "push"
          ? channel.endpoint
          : "(Atom feed)";
  return {
    id: subscription.id,
    target: subscription.target,
    follows: subscription.follows,
    status: subscription.status,
    channel: { kind: channel.kind, address },
    digestSeconds: subscription.digestSeconds,
    minGapSeconds: subscription.minGapSeconds,
    createdAt: subscription.createdAt,
  };
}

function pace(subscription: Pick<Subscription, "digestSeconds" | "minGapSeconds">): string {
  if (subscription.digestSeconds > 0) return `, digest every ${subscription.digestSeconds}s`;
  if (subscription.minGapSeconds > 0) return `, at most one message per story every ${subscription.minGapSeconds}s`;
  return ", every update";
}

function formatCounts(counts: Record<OutboxStatus, number>): string {
  return `${counts.delivered} delivered, ${counts.pending} pending, ${counts.dead} dead, ${counts.cancelled} cancelled`;
}
