// `storyline merge` and `storyline split`: a person's corrections, which the clusterer never undoes.
import type { Command } from "commander";
import { mergeStoriesByHand, splitStoryByHand } from "../../ingest/story-edits.js";
import { StoryLedger } from "../../ingest/story-ledger.js";
import { configOf, withStore, writeLine } from "../cli-context.js";

export function registerEditCommands(program: Command): void {
  program
    .command("merge")
    .description("merge story FROM into story INTO; FROM's id keeps working as an alias")
    .argument("<from>", "story id to fold in")
    .argument("<into>", "story id that survives")
    .action(async (from: string, into: string, _options: unknown, command: Command) => {
      await withStore(configOf(command), async (store) => {
        const survivor = await mergeStoriesByHand(store, new StoryLedger(), from, into, new Date().toISOString());
        writeLine(JSON.stringify({ merged: from, into: survivor }));
      });
    });

  program
    .command("split")
    .description("move articles out of a story into a new story that is never merged back automatically")
    .argument("<story>", "story id")
    .argument("<articles...>", "ids of the articles to move (see `storyline story ID --json`)")
    .action(async (story: string, articles: string[], _options: unknown, command: Command) => {
      await withStore(configOf(command), async (store) => {
        const created = await splitStoryByHand(store, new StoryLedger(), story, articles, new Date().toISOString());
        writeLine(JSON.stringify({ story, newStory: created, articles }));
      });
    });
}
