// `npm run bench:cluster [-- --articles N]`: feeds N synthetic articles (default 1,000,000) through the clusterer; prints rate, latency and memory.
import path from "node:path";
import { type PerformanceEntry, PerformanceObserver } from "node:perf_hooks";
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

/**
 * Records the collector's pauses, so that a slow assignment can be told apart from a slow collection. Node hands
 * the entries over between event-loop turns, so they are read after the (synchronous) loop has finished.
 */
function watchCollections(): { stop: () => Promise<PerformanceEntry[]> } {
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => {
    // One list may hold every pause of the run: spreading it into push() would overflow the stack.
    for (const entry of list.getEntries()) entries.push(entry);
  });
  observer.observe({ entryTypes: ["gc"] });
  return {
    stop: async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      observer.disconnect();
      return entries;
    },
  };
}

/** Milliseconds of collection inside [start, end]. */
function collectionWithin(collections: readonly PerformanceEntry[], start: number, end: number): number {
  let total = 0;
  for (const entry of collections) {
    const overlap = Math.min(end, entry.startTime + entry.duration) - Math.max(start, entry.startTime);
    if (overlap > 0) total += overlap;
  }
  return total;
}

async function main(): Promise<void> {
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
  const slowest = { started: 0, elapsed: -1, splits: 0, merges: 0 };
  const collections = watchCollections();
  let windowStarted = Number.POSITIVE_INFINITY;
  for (let index = 0; index < articles; index++) {
    const doc = synthesise(stream, index, sources, random);
    const started = performance.now();
    if (index === articles - measured) windowStarted = started;
    const assignment = clusterer.assign(doc);
    const elapsed = performance.now() - started;
    clusterMs += elapsed;
    if (assignment.isNewStory) newStories++;
    if (index >= articles - measured) {
      latencies[index - (articles - measured)] = elapsed;
      if (elapsed > slowest.elapsed) {
        Object.assign(slowest, {
          started,
          elapsed,
          splits: assignment.splits.length,
          merges: assignment.merges.length,
        });
      }
    }
    if ((index + 1) % every === 0) {
      const memory = process.memoryUsage();
      const line =
        `| ${(index + 1).toLocaleString("en")} | ${clusterer.liveStoryCount.toLocaleString("en")} | ` +
        `${megabytes(memory.rss)} | ${megabytes(memory.heapUsed)} | ${Math.round((index + 1) / (clusterMs / 1000)).toLocaleString("en")} |`;
      checkpoints.push(line);
      process.stderr.write(`${line}\n`);
    }
  }
  const windowEnded = performance.now();
  const pauses = (await collections.stop()).filter(
    (entry) => entry.startTime >= windowStarted && entry.startTime < windowEnded,
  );
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
  const longestPause = Math.max(0, ...pauses.map((entry) => entry.duration));
  const pauseMs = pauses.reduce((sum, entry) => sum + entry.duration, 0);
  const slowestInCollection = collectionWithin(pauses, slowest.started, slowest.started + slowest.elapsed);
  console.log(
    `\ncollector over the same articles: ${pauses.length.toLocaleString("en")} pauses, longest ${longestPause.toFixed(1)} ms, ` +
      `${(pauseMs / 1000).toFixed(1)} s in all. The slowest assignment (${slowest.elapsed.toFixed(1)} ms, ` +
      `${slowest.splits} split(s), ${slowest.merges} merge(s)) spent ${slowestInCollection.toFixed(1)} ms of it in collection.`,
  );
  console.log(
    `\n${articles.toLocaleString("en")} articles clustered in ${(clusterMs / 1000).toFixed(1)} s ` +
      `(${Math.round(articles / (clusterMs / 1000)).toLocaleString("en")} articles/s); ${newStories.toLocaleString("en")} ` +
      `stories opened for ${stream.stories.toLocaleString("en")} synthetic ones; p99 target < 20 ms: ` +
      `${percentile(latencies, 0.99) < 20 ? "met" : "NOT met"}.`,
  );
}

await main();
