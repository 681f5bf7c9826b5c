// `storyline follow TARGET --webhook URL | --email ADDRESS | --push FILE | --feed`: prints the new subscription as
// JSON, with the webhook signing secret.
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { createSubscription, followRequestSchema, pushSubscriptionSchema } from "../../notify/follow-request.js";
import { followedView } from "../../notify/followed-view.js";
import { notificationLinks } from "../../notify/notification-links.js";
import { configOf, durationOption, withStore, writeLine } from "../cli-context.js";

interface FollowOptions {
  webhook?: string;
  email?: string;
  push?: string;
  feed?: boolean;
  query?: boolean;
  digest?: number;
  atMostEvery?: number;
}

export function registerFollowCommand(program: Command): void {
  program
    .command("follow")
    .description("follow a story (its id, or the headline or URL of one of its articles) or a search query")
    .argument("<target>", 'story id, article headline, article URL, or keywords/"phrases" that catch stories to come')
    .option("--webhook <url>", "POST signed JSON (Standard Webhooks) to this URL")
    .option("--email <address>", "send email (needs STORYLINE_SMTP_URL)")
    .option("--push <file>", "Web Push to the browser PushSubscription saved as JSON in this file")
    .option("--feed", "no messages: read the subscription's Atom feed")
    .option("--query", "treat the target as a search query even if it names a story, headline or URL")
    .option(
      "--digest <interval>",
      "at most one message per story per interval, e.g. 30m, 6h, 1d",
      durationOption("--digest"),
    )
    .option(
      "--at-most-every <interval>",
      "without a digest: the least time between two messages about one story (default 10m; 0 for every update)",
      durationOption("--at-most-every"),
    )
    .action(async (target: string, options: FollowOptions, command: Command) => {
      const config = configOf(command);
      const parsed = followRequestSchema.safeParse({
        target,
        asQuery: options.query ?? false,
        channel: channelOption(options),
        digestSeconds: options.digest ?? 0,
        minGapSeconds: options.atMostEvery,
      });
      if (!parsed.success)
        throw new Error(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "));
      const request = parsed.data;
      await withStore(config, async (store) => {
        const followed = await createSubscription(store, request, new Date());
        writeLine(JSON.stringify(followedView(followed, notificationLinks(config.publicUrl)), null, 2));
      });
    });
}

function channelOption(options: FollowOptions): unknown {
  const given = [options.webhook, options.email, options.push, options.feed].filter((value) => value !== undefined);
  if (given.length !== 1) throw new Error("give exactly one of --webhook URL, --email ADDRESS, --push FILE or --feed");
  if (options.webhook !== undefined) return { kind: "webhook", url: options.webhook };
  if (options.email !== undefined) return { kind: "email", address: options.email };
  if (options.push !== undefined) return { kind: "push", subscription: readPushSubscription(options.push) };
  return { kind: "feed" };
}

function readPushSubscription(path: string): unknown {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`--push ${path}: not a readable JSON file (${(error as Error).message})`);
  }
  const parsed = pushSubscriptionSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(
      `--push ${path}: not a PushSubscription: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`,
    );
  }
  return parsed.data;
}
