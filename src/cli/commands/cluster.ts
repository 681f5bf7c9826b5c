// `storyline cluster`: evaluation mode without a database, JSON lines of articles in, JSON lines of {id, story} out.
import { createReadStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { Command } from "commander";
import { z } from "zod";
import { analyzeArticle } from "../../analyze/analyze-article.js";
import { StoryClusterer } from "../../cluster/story-clusterer.js";

/** One input line. Unknown fields (a gold `story` label among them) are dropped by the schema, never read. */
export const clusterInputLineSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  text: z.string(),
  published: z
    .string()
    .refine((value) => !Number.isNaN(Date.parse(value)), "published is not an ISO 8601 date")
    .nullable()
    .optional(),
  outlet: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
});

export type ClusterInputLine = z.infer<typeof clusterInputLineSchema>;

const optionsSchema = z.object({
  in: z.string().min(1),
  out: z.string().min(1),
  windowDays: z.coerce.number().positive().optional(),
});

export interface ClusterRunSummary {
  articles: number;
  stories: number;
  seconds: number;
}

/** Parses one line, naming the line in the error so a bad file is easy to fix. */
export function parseInputLine(line: string, lineNumber: number): ClusterInputLine {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    throw new Error(`line ${lineNumber}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = clusterInputLineSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "line"}: ${issue.message}`);
    throw new Error(`line ${lineNumber}: ${problems.join("; ")}`);
  }
  return parsed.data;
}

/** Follows merges to the story that finally holds each article. */
function finalStory(storyId: string, mergedInto: ReadonlyMap<string, string>): string {
  let current = storyId;
  for (let hops = 0; hops < 10_000; hops++) {
    const next = mergedInto.get(current);
    if (next === undefined) return current;
    current = next;
  }
  return current;
}

export async function runClusterCommand(
  inPath: string,
  outPath: string,
  windowDays?: number,
): Promise<ClusterRunSummary> {
  const started = performance.now();
  let storyCount = 0;
  const clusterer = new StoryClusterer({
    newStoryId: () => `story-${++storyCount}`,
    ...(windowDays === undefined ? {} : { windowDays }),
  });
  const inputOrder: string[] = [];
  /** Where each article is now: an automatic split moves articles placed earlier. */
  const storyOf = new Map<string, string>();
  const mergedInto = new Map<string, string>();
  const lines = createInterface({ input: createReadStream(inPath, "utf8"), crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === "") continue;
    const article = parseInputLine(line, lineNumber);
    const published = article.published ?? null;
    const outlet = article.outlet ?? null;
    const analysis = analyzeArticle({ title: article.title, text: article.text, published, outlet });
    const assignment = clusterer.assign({
      id: article.id,
      title: article.title,
      published,
      outlet,
      analysis,
    });
    for (const merge of assignment.merges) mergedInto.set(merge.from, merge.into);
    for (const split of assignment.splits) for (const id of split.articles) storyOf.set(id, split.into);
    storyOf.set(article.id, assignment.storyId);
    inputOrder.push(article.id);
  }
  const output = inputOrder.map((id) => ({ id, story: finalStory(storyOf.get(id) ?? id, mergedInto) }));
  await writeFile(outPath, output.map((entry) => `${JSON.stringify(entry)}\n`).join(""), "utf8");
  return {
    articles: output.length,
    stories: new Set(output.map((entry) => entry.story)).size,
    seconds: (performance.now() - started) / 1000,
  };
}

export function registerClusterCommand(program: Command): void {
  program
    .command("cluster")
    .description(
      "Cluster a JSON-lines file of articles into stories without a database (evaluation mode). Each input line is " +
        '{"id","title","text","published","outlet","url"}, read in file order; any other field (such as a gold ' +
        '"story" label) is ignored. Writes {"id","story"} one per line and a one-line summary to stderr.',
    )
    .requiredOption("--in <file>", "input JSON-lines file of articles")
    .requiredOption("--out <file>", "output JSON-lines file of {id, story}")
    .option("--window-days <days>", "days a story stays open after its newest article (default 7)")
    .action(async (rawOptions: unknown) => {
      const options = optionsSchema.parse(rawOptions);
      const summary = await runClusterCommand(options.in, options.out, options.windowDays);
      const rate = summary.seconds > 0 ? Math.round(summary.articles / summary.seconds) : summary.articles;
      process.stderr.write(
        `storyline cluster: ${summary.articles} articles, ${summary.stories} stories, ` +
          `${summary.seconds.toFixed(1)} s, ${rate} articles/s\n`,
      );
    });
}
