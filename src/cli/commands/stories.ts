// `storyline stories` and `storyline story ID`: what the store holds, as text for people or JSON for programs.
import type { Command } from "commander";
import type { Entities, Story, StoryDetail } from "../../model.js";
import { configOf, positiveInteger, withStore, writeError, writeLine } from "../cli-context.js";

export function registerStoriesCommands(program: Command): void {
  program
    .command("stories")
    .description("list stories, most recently updated first")
    .option("--json", "print JSON: an array of stories")
    .option("--limit <n>", "how many stories", positiveInteger("--limit"), 50)
    .option("--full", "with each story's timeline (implied by --json)")
    .option("--search <words>", "only stories with an article whose title or names hold all these words")
    .action(async (options: { json?: boolean; limit: number; full?: boolean; search?: string }, command: Command) => {
      await withStore(configOf(command), async (store) => {
        const stories = await store.stories.list({ limit: options.limit, offset: 0, search: options.search });
        if (options.json || options.full) {
          const details = await Promise.all(stories.map((story) => store.stories.detail(story.id)));
          const present = details.filter((detail): detail is StoryDetail => detail !== null);
          if (options.json) writeLine(JSON.stringify(present, null, 2));
          else for (const detail of present) writeLine(formatStory(detail, false));
          return;
        }
        if (stories.length === 0) {
          writeLine(
            options.search === undefined
              ? "no stories yet: `storyline ingest PATH…` adds some"
              : `no story has an article whose title or names hold all of "${options.search}"`,
          );
        }
        for (const story of stories) writeLine(formatSummaryLine(story));
      });
    });

  program
    .command("story")
    .description("one story: its articles in time order, outlets, people, places and organisations")
    .argument("<id>", "story id (or an id it was merged from)")
    .option("--json", "print JSON")
    .option("--why", "show why each article is in the story: score, shared terms and entities, merges")
    .action(async (id: string, options: { json?: boolean; why?: boolean }, command: Command) => {
      await withStore(configOf(command), async (store) => {
        const detail = await store.stories.detail(id);
        if (!detail) {
          writeError(`storyline story: no story ${id}`);
          process.exitCode = 1;
          return;
        }
        const events = options.why ? await store.stories.events(detail.id) : [];
        if (options.json) writeLine(JSON.stringify(options.why ? { ...detail, events } : detail, null, 2));
        else {
          writeLine(formatStory(detail, options.why ?? false));
          for (const event of events)
            writeLine(`  ${event.at.slice(0, 19)}  ${event.kind}  ${JSON.stringify(event.detail)}`);
        }
      });
    });
}

function formatSummaryLine(story: Story): string {
  const when = (story.lastPublished ?? story.updatedAt).slice(0, 10);
  const outlets = story.outlets.length > 0 ? `  [${story.outlets.join(", ")}]` : "";
  return `${story.id}  ${when}  ${String(story.articleCount).padStart(3)} article${story.articleCount === 1 ? " " : "s"}  ${story.headline}${outlets}`;
}

function formatEntities(entities: Entities): string[] {
  const lines: string[] = [];
  if (entities.people.length > 0) lines.push(`  people:        ${entities.people.join(", ")}`);
  if (entities.places.length > 0) lines.push(`  places:        ${entities.places.join(", ")}`);
  if (entities.organisations.length > 0) lines.push(`  organisations: ${entities.organisations.join(", ")}`);
  return lines;
}

function formatStory(story: StoryDetail, why: boolean): string {
  const lines = [
    story.headline,
    `  id: ${story.id}${story.aliases.length > 0 ? ` (also ${story.aliases.join(", ")})` : ""}`,
    `  ${story.articleCount} article${story.articleCount === 1 ? "" : "s"}; outlets: ${story.outlets.join(", ") || "unknown"}`,
    ...formatEntities(story.entities),
    "  timeline:",
  ];
  for (const entry of story.timeline) {
    const when = entry.published ? entry.published.slice(0, 10) : `${entry.ingestedAt.slice(0, 10)}*`;
    lines.push(`    ${when}  ${entry.outlet ?? "-"}  ${entry.title}`);
    if (why) {
      const { reason } = entry;
      lines.push(`        ${reason.decision} (score ${reason.score.toFixed(3)})`);
      if (reason.sharedEntities.length > 0) lines.push(`        shared entities: ${reason.sharedEntities.join(", ")}`);
      if (reason.sharedTerms.length > 0) lines.push(`        shared terms: ${reason.sharedTerms.join(", ")}`);
    }
  }
  if (story.timeline.some((entry) => !entry.published)) lines.push("  (* no publish date given; ingest date shown)");
  return lines.join("\n");
}
