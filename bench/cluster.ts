// `npm run bench:cluster [-- --articles N]`: feeds N synthetic articles (default 1,000,000) through the clusterer; prints rate, latency and memory.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { readLabelledArticles } from "../eval/scoring/clustering-dataset.js";
import { analyzeArticle } from "../src/analyze/analyze-article.js";
import { StoryClusterer } from "../src/cluster/story-clusterer.js";
import { parseScriptOptions } from "./script-options.js";
import { buildStream, type SourceStory, SPAN_DAYS, seededRandom, synthesise } from "./synthetic-stream.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = path.resolve(repoRoot, "../shared/data/clustering");

const argsSchema = z.object({ articles: z.coerce.number().int().positive().default(1_000_000) });

/** The dev sets' real analyses grouped by gold story: the material synthetic stories are recombined from. */
function loadSources(): SourceStory[] {
  const byStory = new Map<string, SourceStory>();
  for (const file of ["ecbplus-dev.jsonl", "uci-headlines-dev.jsonl"]) {
    for (const article of readLabelledArticles(path.join(dataDir, file))) {
      const analysis = analyzeArticle({ title: article.title, text: article.text, published: article.published });
      const source = byStory.get(article.story) ?? { analyses: [], titles: [] };
      source.analyses.push(analysis);
      source.titles.push(article.title);
      byStory.set(article.story, source);
    }
  }
  return [...byStory.values()];
}

function percentile(sorted: Float64Array, fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 2 ** 20)} MB`;
}

function main(): void {
  const { articles } = parseScriptOptions(argsSchema, process.argv.slice(2));
  const random = seededRandom(20240101);
  const loadStarted = performance.now();
  const sources = loadSources();
  const stream = buildStream(articles, sources.length, random);
  console.log(
    `prepared ${articles.toLocaleString("en")} articles in ${stream.stories.toLocaleString("en")} synthetic stories over ` +
      `${SPAN_DAYS} days from ${sources.length} real stories (${((performance.now() - loadStarted) / 1000).toFixed(1)} s)`,
  );
  const clusterer = new StoryClusterer();
  const measured = Math.max(1, Math.floor(articles / 10));
  const latencies = new Float64Array(measured);
  const checkpoints: string[] = [];
  const every = Math.max(1, Math.floor(articles / 10));
  let clusterMs = 0;
  let newStories = 0;
  for (let index = 0; index < articles; index++) {
    const doc = synthesise(stream, index, sources, random);
    const started = performance.now();
    const assignment = clusterer.assign(doc);
    const elapsed = performance.now() - started;
    clusterMs += elapsed;
    if (assignment.isNewStory) newStories++;
    if (index >= articles - measured) latencies[index - (articles - measured)] = elapsed;
    if ((index + 1) % every === 0) {
      const memory = process.memoryUsage();
      const line =
        `| ${(index + 1).toLocaleString("en")} | ${clusterer.liveStoryCount.toLocaleString("en")} | ` +
        `${megabytes(memory.rss)} | ${megabytes(memory.heapUsed)} | ${Math.round((index + 1) / (clusterMs / 1000)).toLocaleString("en")} |`;
      checkpoints.push(line);
      process.stderr.write(`${line}\n`);
    }
  }
  latencies.sort();
  console.log("\n| articles stored | live stories | RSS | heap used | articles/s (clustering) |");
  console.log("|---|---|---|---|---|");
  for (const line of checkpoints) console.log(line);
  console.log(`\nassignment latency over the last ${measured.toLocaleString("en")} articles:`);
  console.log("| p50 | p95 | p99 | max |");
  console.log("|---|---|---|---|");
  console.log(
    `| ${percentile(latencies, 0.5).toFixed(3)} ms | ${percentile(latencies, 0.95).toFixed(3)} ms | ` +
      `${percentile(latencies, 0.99).toFixed(3)} ms | ${(latencies[latencies.length - 1] ?? 0).toFixed(3)} ms |`,
  );
  console.log(
    `\n${articles.toLocaleString("en")} articles clustered in ${(clusterMs / 1000).toFixed(1)} s ` +
      `(${Math.round(articles / (clusterMs / 1000)).toLocaleString("en")} articles/s); ${newStories.toLocaleString("en")} ` +
      `stories opened for ${stream.stories.toLocaleString("en")} synthetic ones; p99 target < 20 ms: ` +
      `${percentile(latencies, 0.99) < 20 ? "met" : "NOT met"}.`,
  );
}

main();
