// The storyline command line: one sub-command per file in ./commands, wired here.
import { Command, CommanderError } from "commander";
import { registerClusterCommand } from "./commands/cluster.js";
import { registerDeliverCommand } from "./commands/deliver.js";
import { registerEditCommands } from "./commands/edit-stories.js";
import { registerExtractCommand } from "./commands/extract.js";
import { registerFeedsCommands } from "./commands/feeds.js";
import { registerFollowCommand } from "./commands/follow.js";
import { registerIngestCommand } from "./commands/ingest.js";
import { registerPollCommand } from "./commands/poll.js";
import { registerServeCommand } from "./commands/serve.js";
import { registerStoriesCommands } from "./commands/stories.js";
import { registerSubscriptionsCommand } from "./commands/subscriptions.js";
import { registerUnfollowCommand } from "./commands/unfollow.js";

export function buildProgram(): Command {
  const program = new Command("storyline")
    .description("Self-hosted news story tracker: ingest news, cluster it into stories, follow what is new.")
    .option("--data <dir>", "data directory (default: $STORYLINE_DATA or ./data)")
    .showHelpAfterError()
    .exitOverride();
  registerExtractCommand(program);
  registerIngestCommand(program);
  registerStoriesCommands(program);
  registerClusterCommand(program);
  registerEditCommands(program);
  registerFollowCommand(program);
  registerSubscriptionsCommand(program);
  registerUnfollowCommand(program);
  registerDeliverCommand(program);
  registerFeedsCommands(program);
  registerPollCommand(program);
  registerServeCommand(program);
  const withSubcommands = (command: Command): Command[] => [command, ...command.commands.flatMap(withSubcommands)];
  for (const command of program.commands.flatMap(withSubcommands)) command.exitOverride();
  return program;
}

/** Runs the CLI and resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    process.stderr.write(`storyline: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
