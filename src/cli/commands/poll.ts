// `storyline poll [--once]`: the feed worker — polls the watched feeds that are due, until stopped unless --once.
import type { Command } from "commander";
import { configOf, withStore, writeError, writeLine } from "../cli-context.js";
import { describePoll, openFeedPoller } from "../feed-polling.js";

export function registerPollCommand(program: Command): void {
  program
    .command("poll")
    .description("poll the watched feeds for new articles; runs until stopped unless --once")
    .option("--once", "poll every feed that is due, then stop")
    .action(async (options: { once?: boolean }, command: Command) => {
      await withStore(configOf(command), async (store) => {
        const open = openFeedPoller(store, (report) => {
          writeLine(describePoll(report));
          for (const entry of report.failedEntries) writeError(`storyline poll: ${entry.source}: ${entry.error}`);
        });
        try {
          if (options.once) {
            const reports = await open.poller.runOnce();
            const added = reports.reduce((sum, report) => sum + report.added, 0);
            const failed = reports.filter((report) => report.error !== null).length;
            writeLine(
              `polled ${reports.length} feed${reports.length === 1 ? "" : "s"}: ${added} new article${added === 1 ? "" : "s"}, ${failed} feed${failed === 1 ? "" : "s"} failed`,
            );
            if (failed > 0) process.exitCode = 1;
          } else {
            writeLine("polling feeds; stop with Ctrl-C");
            open.poller.start();
            await new Promise<void>((resolve) => {
              process.once("SIGINT", resolve);
              process.once("SIGTERM", resolve);
            });
          }
        } finally {
          await open.close();
        }
      });
    });
}
