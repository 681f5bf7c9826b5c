// `npm run eval:cluster [-- --orders K]`: replays the dev sets through the real CLI and the TF-IDF baseline, prints a table per set.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { BASELINE_THRESHOLD, clusterWithBaseline } from "./baseline-tfidf.js";
import { goldLabels, type LabelledArticle, readLabelledArticles } from "./scoring/clustering-dataset.js";
import { type ClusteringScores, scoreClustering } from "./scoring/clustering-metrics.js";
import { ecbTopic, topicHalves } from "./scoring/topic-halves.js";
import { orderSeeds, parseOrdersOption, seededShuffle, spreadOf } from "./stream-orders.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = path.resolve(repoRoot, "../shared/data/clustering");

interface EvalSet {
  /** Names the set in the output, and the file its articles are replayed from. */
  name: string;
  file: string;
  description: string;
  /** The pairwise F1 the task asks of Storyline on this kind of data. */
  target: number;
  /** A subset of the file: the articles kept. */
  keep?: (article: LabelledArticle) => boolean;
  /** The topic a gold story belongs to, when the set groups stories in topics: scores are also given per half of them. */
  topicOf?: (story: string) => number | null;
}

/**
 * ECB+ pairs every event of a topic N with a look-alike: its stories are "ecb:Necb" (the original corpus) and
 * "ecb:Necbplus" (the look-alike added later). One family alone is one event per topic, from several outlets,
 * with no look-alike: the nearest thing here to the task's "full-text articles of one event" figure.
 */
function ecbFamily(family: "ecb" | "ecbplus"): (article: LabelledArticle) => boolean {
  const pattern = family === "ecb" ? /^ecb:\d+ecb$/ : /^ecb:\d+ecbplus$/;
  return (article) => pattern.test(article.story);
}

const SETS: EvalSet[] = [
  {
    name: "ecbplus-dev",
    file: "ecbplus-dev.jsonl",
    description: "look-alike events, full text, no dates",
    target: 0.85,
    topicOf: ecbTopic,
  },
  {
    name: "ecbplus-dev, original events only",
    file: "ecbplus-dev.jsonl",
    description: "one event per topic, full text, several outlets, no look-alikes, no dates",
    target: 0.9,
    keep: ecbFamily("ecb"),
  },
  {
    name: "ecbplus-dev, look-alike events only",
    file: "ecbplus-dev.jsonl",
    description: "one event per topic, full text, several outlets, no look-alikes, no dates",
    target: 0.9,
    keep: ecbFamily("ecbplus"),
  },
  {
    name: "uci-headlines-dev",
    file: "uci-headlines-dev.jsonl",
    description: "headline-only 36-hour stream, many outlets",
    target: 0.6,
  },
];

/** Shuffled replays of each undated set: its file order is arbitrary, and one order swings F1 by a few points. */
const DEFAULT_ORDERS = 12;

const outputLineSchema = z.object({ id: z.string(), story: z.string() });

interface Run {
  name: string;
  scores: ClusteringScores;
  msPerArticle: number;
}

function runCli(inputPath: string, workDir: string): { predicted: Map<string, string>; ms: number; summary: string } {
  const outputPath = path.join(workDir, `${path.basename(inputPath, ".jsonl")}.out.jsonl`);
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [path.join(repoRoot, "bin/storyline"), "cluster", "--in", inputPath, "--out", outputPath],
    {
      encoding: "utf8",
    },
  );
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`storyline cluster failed (${result.status}): ${result.stderr}`);
  const predicted = new Map<string, string>();
  readFileSync(outputPath, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .forEach((line, index) => {
      const parsed = outputLineSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`CLI output line ${index + 1}: ${parsed.error.message}`);
      predicted.set(parsed.data.id, parsed.data.story);
    });
  return { predicted, ms, summary: result.stderr.trim() };
}

function runBaseline(
  articles: readonly LabelledArticle[],
  threshold: number,
): { predicted: Map<string, string>; ms: number } {
  const started = performance.now();
  const predicted = clusterWithBaseline(articles, { threshold });
  return { predicted, ms: performance.now() - started };
}

function row(run: Run): string {
  const f = (value: number) => value.toFixed(3);
  const { pairwise, bcubed } = run.scores;
  return (
    `| ${run.name} | ${f(pairwise.precision)} | ${f(pairwise.recall)} | **${f(pairwise.f1)}** | ` +
    `${f(bcubed.precision)} | ${f(bcubed.recall)} | ${f(bcubed.f1)} | ` +
    `${run.scores.predictedClusters} / ${run.scores.goldClusters} | ${run.msPerArticle.toFixed(2)} |`
  );
}

/** One table row summarising the same system over several stream orders: means, and ± sd for the two F1s. */
function spreadRow(name: string, runs: readonly Run[]): string {
  const mean = (pick: (run: Run) => number) => spreadOf(runs.map(pick)).mean;
  const withSd = (pick: (run: Run) => number) => {
    const spread = spreadOf(runs.map(pick));
    return `${spread.mean.toFixed(3)} ± ${spread.sd.toFixed(3)}`;
  };
  const gold = runs[0]?.scores.goldClusters ?? 0;
  return (
    `| ${name}, mean of ${runs.length} shuffled orders | ${mean((run) => run.scores.pairwise.precision).toFixed(3)} | ` +
    `${mean((run) => run.scores.pairwise.recall).toFixed(3)} | **${withSd((run) => run.scores.pairwise.f1)}** | ` +
    `${mean((run) => run.scores.bcubed.precision).toFixed(3)} | ${mean((run) => run.scores.bcubed.recall).toFixed(3)} | ` +
    `${withSd((run) => run.scores.bcubed.f1)} | ${mean((run) => run.scores.predictedClusters).toFixed(1)} / ${gold} | ` +
    `${mean((run) => run.msPerArticle).toFixed(2)} |`
  );
}

interface OrderResult {
  ours: Run;
  base: Run;
  summary: string;
  /** Storyline's pairwise F1 on each half of the topics, when the set has topics. */
  halves: [number, number] | null;
}

function halfF1s(
  predicted: ReadonlyMap<string, string>,
  gold: ReadonlyMap<string, string>,
  halves: ReadonlyMap<string, number>,
): [number, number] {
  const scoreHalf = (half: number) => {
    const inHalf = <T>(map: ReadonlyMap<string, T>) => new Map([...map].filter(([id]) => halves.get(id) === half));
    return scoreClustering(inHalf(predicted), inHalf(gold)).pairwise.f1;
  };
  return [scoreHalf(0), scoreHalf(1)];
}

/** Runs the CLI and the baseline on one order of a set's articles, written to `inputPath`. */
function evaluateOrder(
  articles: readonly LabelledArticle[],
  inputPath: string,
  workDir: string,
  topicOf?: (story: string) => number | null,
): OrderResult {
  const gold = goldLabels(articles);
  const cli = runCli(inputPath, workDir);
  const baseline = runBaseline(articles, BASELINE_THRESHOLD);
  return {
    ours: {
      name: "storyline (CLI)",
      scores: scoreClustering(cli.predicted, gold),
      msPerArticle: cli.ms / articles.length,
    },
    base: {
      name: `baseline TF-IDF (threshold ${BASELINE_THRESHOLD})`,
      scores: scoreClustering(baseline.predicted, gold),
      msPerArticle: baseline.ms / articles.length,
    },
    summary: cli.summary,
    halves: topicOf ? halfF1s(cli.predicted, gold, topicHalves(articles, topicOf)) : null,
  };
}

function fileStem(set: EvalSet): string {
  return set.name.replace(/[^a-z0-9]+/gi, "-");
}

/** Writes one replay's articles as the CLI's JSONL input; returns its path. */
function writeStream(articles: readonly LabelledArticle[], stem: string, workDir: string): string {
  const inputPath = path.join(workDir, `${stem}.jsonl`);
  writeFileSync(inputPath, `${articles.map((article) => JSON.stringify(article)).join("\n")}\n`);
  return inputPath;
}

/** Seeds 1..orders, each a shuffle of the set written next to the CLI's output. */
function evaluateShuffledOrders(
  set: EvalSet,
  articles: readonly LabelledArticle[],
  orders: number,
  workDir: string,
): OrderResult[] {
  return orderSeeds(orders).map((seed) => {
    const shuffled = seededShuffle(articles, seed);
    const inputPath = writeStream(shuffled, `${fileStem(set)}-order-${seed}`, workDir);
    return evaluateOrder(shuffled, inputPath, workDir, set.topicOf);
  });
}

function main(): void {
  const entry = path.join(repoRoot, "dist/cli/main.js");
  try {
    readFileSync(entry);
  } catch {
    throw new Error("dist/ is missing: run `npm run eval:cluster` (it builds first) or `npm run build`");
  }
  const orders = parseOrdersOption(process.argv.slice(2), DEFAULT_ORDERS);
  const workDir = mkdtempSync(path.join(tmpdir(), "storyline-eval-"));
  try {
    for (const set of SETS) {
      const fileArticles = readLabelledArticles(path.join(dataDir, set.file));
      const articles = set.keep ? fileArticles.filter(set.keep) : fileArticles;
      const gold = goldLabels(articles);
      const inputPath = writeStream(articles, fileStem(set), workDir);
      const { ours, base, summary, halves } = evaluateOrder(articles, inputPath, workDir, set.topicOf);
      // A dated set has one true order (time); only an undated one is replayed shuffled.
      const undated = articles.every((article) => article.published === null);
      const shuffledRuns = undated ? evaluateShuffledOrders(set, articles, orders, workDir) : [];
      console.log(`\n### ${set.name} — ${set.description} (${articles.length} articles)\n`);
      console.log("| system | pair P | pair R | pair F1 | B³ P | B³ R | B³ F1 | stories / gold | ms/article |");
      console.log("|---|---|---|---|---|---|---|---|---|");
      for (const system of ["ours", "base"] as const) {
        const fileOrder = system === "ours" ? ours : base;
        console.log(row({ ...fileOrder, name: `${fileOrder.name}, file order` }));
        if (shuffledRuns.length > 0)
          console.log(
            spreadRow(
              fileOrder.name,
              shuffledRuns.map((result) => result[system]),
            ),
          );
      }
      const ratio = ours.scores.pairwise.f1 / Math.max(base.scores.pairwise.f1, 1e-9);
      const verdict = (f1: number) => `${f1 >= set.target ? "met" : "NOT met"} (${f1.toFixed(3)})`;
      const shuffledF1s = shuffledRuns.map((result) => result.ours.scores.pairwise.f1);
      const shuffledMean = spreadOf(shuffledF1s).mean;
      // One order can miss a target the set clears on average, and the reverse: both are printed, neither hidden.
      const met =
        `file order ${verdict(ours.scores.pairwise.f1)}` +
        (shuffledRuns.length > 0
          ? `, mean of ${shuffledRuns.length} shuffled orders ${verdict(shuffledMean)}, ` +
            `worst order ${verdict(Math.min(...shuffledF1s))}`
          : "");
      if (halves) {
        const shuffledHalves = shuffledRuns.flatMap((result) => (result.halves ? [result.halves] : []));
        const meanOf = (half: 0 | 1) => spreadOf(shuffledHalves.map((pair) => pair[half])).mean.toFixed(3);
        console.log(
          `\nstoryline pairwise F1 by half of the topics (alternate topics, each with its look-alike): ` +
            `file order ${halves[0].toFixed(3)} / ${halves[1].toFixed(3)}` +
            (shuffledHalves.length > 0 ? `; mean of ${shuffledHalves.length} orders ${meanOf(0)} / ${meanOf(1)}` : ""),
        );
      }
      console.log(
        `\npairwise F1 ratio storyline / baseline (file order): ${ratio.toFixed(2)}; target ${set.target.toFixed(2)}: ${met}. ` +
          `CLI: ${summary} (ms/article includes process start and analysis).`,
      );
      // Transparency: the baseline's threshold is fixed, so show how much a per-set oracle threshold would give it.
      const sweep = [0.2, 0.25, 0.3, 0.35, 0.4, 0.5].map((threshold) => {
        const scores = scoreClustering(runBaseline(articles, threshold).predicted, gold);
        return `${threshold}: ${scores.pairwise.f1.toFixed(3)}`;
      });
      console.log(`baseline pairwise F1 by threshold (not used for the ratio): ${sweep.join(", ")}`);
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

main();
