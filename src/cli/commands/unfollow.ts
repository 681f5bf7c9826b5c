// `storyline unfollow ID`: ends a subscription and cancels what it still had waiting.
import type { Command } from "commander";
import { unsubscribe } from "../../notify/unsubscribe.js";
import { configOf, withStore, writeError, writeLine } from "../cli-context.js";

export function registerUnfollowCommand(program: Command): void {
  program
    .command("unfollow")
    .description("end a subscription (its id as `follow` or `subscriptions` printed it)")
    .argument("<id>", "subscription id")
    .action(async (id: string, _options: unknown, command: Command) => {
      await withStore(configOf(command), async (store) => {
        const result = await unsubscribe(store, id, new Date());
        if (!result.found) {
          writeError(`storyline unfollow: no subscription ${id}`);
          process.exitCode = 1;
          return;
        }
        writeLine(
          `unfollowed ${id}; ${result.cancelled} waiting message${result.cancelled === 1 ? "" : "s"} cancelled`,
        );
      });
    });
}
