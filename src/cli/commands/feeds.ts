// `storyline feeds [add URL | remove ID]`: the feeds Storyline polls for new articles, and how their polls went.
import type { Command } from "commander";
import { findWatchedFeed, watchFeed, watchFeedRequestSchema } from "../../ingest/watch-feed.js";
import type { WatchedFeed } from "../../model.js";
import { configOf, durationOption, withStore, writeError, writeLine } from "../cli-context.js";

export function registerFeedsCommands(program: Command): void {
  const feeds = program.command("feeds").description("the RSS, Atom and JSON feeds polled for new articles");

  feeds
    .command("list", { isDefault: true })
    .description("list watched feeds with their last poll")
    .option("--json", "print JSON")
    .action(async (options: { json?: boolean }, command: Command) => {
      await withStore(configOf(command), async (store) => {
        const watched = await store.feeds.list();
        if (options.json) {
          writeLine(JSON.stringify(watched, null, 2));
          return;
        }
        if (watched.length === 0) writeLine("no feeds; add one with `storyline feeds add URL`");
        for (const feed of watched) writeLine(describeFeed(feed));
      });
    });

  feeds
    .command("add")
    .description("watch a feed; `poll` or `serve` reads it at once, then every interval")
    .argument("<url>", "the feed's http(s) URL")
    .option(
      "--every <interval>",
      "how often to poll, e.g. 5m, 1h (default 15m, at least 1m)",
      durationOption("--every"),
    )
    .action(async (url: string, options: { every?: number }, command: Command) => {
      const request = watchFeedRequestSchema.safeParse({ url, intervalSeconds: options.every });
      if (!request.success) {
        throw new Error(
          request.error.issues.map((issue) => `${issue.path.join(".") || "url"}: ${issue.message}`).join("; "),
        );
      }
      await withStore(configOf(command), async (store) => {
        const { feed, added } = await watchFeed(store, request.data, new Date());
        if (!added) writeError(`storyline feeds add: ${url} is watched already, as ${feed.id}`);
        writeLine(JSON.stringify(feed, null, 2));
      });
    });

  feeds
    .command("remove")
    .description("stop watching a feed (its articles stay)")
    .argument("<feed>", "the feed's id or URL")
    .action(async (idOrUrl: string, _options: unknown, command: Command) => {
      await withStore(configOf(command), async (store) => {
        const feed = await findWatchedFeed(store, idOrUrl);
        if (!feed || !(await store.feeds.remove(feed.id))) {
          writeError(`storyline feeds remove: no watched feed ${idOrUrl}`);
          process.exitCode = 1;
          return;
        }
        writeLine(`stopped watching ${feed.url} (${feed.id})`);
      });
    });
}

function describeFeed(feed: WatchedFeed): string {
  const last = feed.lastPolledAt === null ? "not polled yet" : `polled ${feed.lastPolledAt}: ${feed.lastOutcome ?? ""}`;
  const failing = feed.consecutiveFailures > 0 ? `, ${feed.consecutiveFailures} failures in a row` : "";
  return `${feed.id}  ${feed.url}  ${feed.title ?? ""}\n  every ${feed.intervalSeconds}s, ${feed.status}; ${last}${failing}; next ${feed.nextPollAt}`;
}
