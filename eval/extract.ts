// Extraction eval on the WCXB dev article pages: Storyline's HTML cascade beside @mozilla/readability + jsdom
// (text overlap, snippets, metadata, speed, memory), then text-dump extraction beside the whole-page baseline.
// Run: npm run eval:extract -- [--limit N] [--only storyline|readability] [--half odd|even] [--worst K] [--show ID]
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { z } from "zod";
import { extractArticle } from "../src/extract/extract.js";
import { type ExtractorName, runContenders, TURN_PAGES } from "./extract/contenders.js";
import type { ExtractorOutput, PageScore, ScoreSummary } from "./extract/page-scores.js";
import { scorePage, summarise } from "./extract/page-scores.js";
import { loadWcxbPages, type WcxbPage } from "./extract/wcxb-pages.js";
import { shingleF1, wordF1 } from "./scoring/text-overlap.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = path.resolve(repoRoot, "../shared/data/extraction/wcxb-dev-articles");

const Options = z.object({
  limit: z.coerce.number().int().positive().optional(),
  only: z.enum(["storyline", "readability"]).optional(),
  worst: z.coerce.number().int().nonnegative().default(0),
  show: z.string().optional(),
  half: z.enum(["odd", "even"]).optional(),
});

interface RunResult {
  name: string;
  scores: PageScore[];
  outputs: ExtractorOutput[];
  seconds: number;
  peakHeapMb: number;
}

const NAMES: Record<ExtractorName, string> = { storyline: "storyline", readability: "readability + jsdom" };

async function runAll(extractors: readonly ExtractorName[], pages: readonly WcxbPage[]): Promise<RunResult[]> {
  const runs = await runContenders(extractors, pages);
  return runs.map((run) => ({
    name: NAMES[run.extractor],
    scores: pages.map((page, i) => scorePage(page, run.outputs[i]!)),
    outputs: run.outputs,
    seconds: run.seconds,
    peakHeapMb: run.peakHeapBytes / 2 ** 20,
  }));
}

function fixed(value: number, digits = 3): string {
  return value.toFixed(digits);
}

function printTable(results: readonly RunResult[]): void {
  console.log(
    "| extractor | pages | word F1 | shingle F1 | `with` found | `without` absent | title | author | date | pages/s | peak heap MB |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|");
  for (const result of results) {
    const s: ScoreSummary = summarise(result.scores);
    const rate = result.scores.length / result.seconds;
    console.log(
      `| ${result.name} | ${s.pages} | ${fixed(s.wordF1)} | ${fixed(s.shingleF1)} | ${fixed(s.withRate)} | ${fixed(s.withoutRate)} | ${fixed(s.title)} | ${fixed(s.author)} | ${fixed(s.date)} | ${fixed(rate, 1)} | ${fixed(result.peakHeapMb, 0)} |`,
    );
  }
}

/** How well the extractor's confidence predicts its shingle F1: a useful confidence ranks bad pages low. */
function printConfidence(result: RunResult): void {
  const pairs = result.scores.flatMap((score, i) => {
    const confidence = result.outputs[i]?.confidence;
    return score.shingleF1 === null || confidence === undefined ? [] : [[confidence, score.shingleF1] as const];
  });
  if (pairs.length < 2) return;
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const xs = pairs.map(([x]) => x);
  const ys = pairs.map(([, y]) => y);
  const mx = mean(xs);
  const my = mean(ys);
  let covariance = 0;
  let vx = 0;
  let vy = 0;
  for (const [x, y] of pairs) {
    covariance += (x - mx) * (y - my);
    vx += (x - mx) ** 2;
    vy += (y - my) ** 2;
  }
  const r = covariance / Math.sqrt(vx * vy || 1);
  const low = pairs.filter(([x]) => x < 0.5);
  const lowF1 = low.length === 0 ? "–" : fixed(mean(low.map(([, y]) => y)));
  console.log(
    `Confidence: Pearson r with shingle F1 ${fixed(r, 2)}; ${low.length} pages below 0.5 confidence average F1 ${lowF1}.`,
  );
}

function printWorst(result: RunResult, pages: readonly WcxbPage[], count: number): void {
  const ranked = result.scores
    .map((score, i) => ({ score, page: pages[i]!, output: result.outputs[i]! }))
    .filter((entry) => entry.score.shingleF1 !== null)
    .sort((a, b) => (a.score.shingleF1 ?? 0) - (b.score.shingleF1 ?? 0))
    .slice(0, count);
  console.log(`\nWorst ${count} pages for ${result.name} (shingle F1):`);
  for (const { score, page, output } of ranked) {
    const words = wordF1(output.text, page.mainContent ?? "");
    console.log(
      `  ${page.id}  shingle ${fixed(score.shingleF1 ?? 0)}  word P ${fixed(words.precision, 2)} R ${fixed(words.recall, 2)}  ${page.url ?? ""}`,
    );
  }
}

function showPage(page: WcxbPage): void {
  const article = extractArticle(page.html, { kind: "html", url: page.url });
  console.log(`# ${page.id} ${page.url ?? ""}`);
  console.log(`title     ${JSON.stringify(article.title)}  | truth ${JSON.stringify(page.title)}`);
  console.log(`author    ${JSON.stringify(article.author)}  | truth ${JSON.stringify(page.author)}`);
  console.log(`published ${JSON.stringify(article.published)}  | truth ${JSON.stringify(page.publishDate)}`);
  console.log(
    `method ${article.method}  confidence ${article.confidence}  status ${article.status} ${article.statusReason ?? ""}`,
  );
  console.log(
    `word F1 ${fixed(wordF1(article.text, page.mainContent ?? "").f1)}  shingle F1 ${fixed(shingleF1(article.text, page.mainContent ?? "").f1)}`,
  );
  console.log(`\n--- extracted ---\n${article.text}`);
  console.log(`\n--- truth ---\n${page.mainContent ?? ""}`);
}

interface TextModeModules {
  renderTextDump: (html: string) => string;
  extractTextDump: (text: string, options: { url?: string }) => { text: string };
}

async function loadTextMode(): Promise<TextModeModules | string> {
  try {
    const render = await import("./render-text-dump.js");
    const text = await import("../src/extract/text/extract-text.js");
    return { renderTextDump: render.renderTextDump, extractTextDump: text.extractTextDump };
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

async function textMode(pages: readonly WcxbPage[]): Promise<void> {
  console.log("\n## Text mode: pages rendered to text dumps, then extractTextDump\n");
  const modules = await loadTextMode();
  if (typeof modules === "string") {
    console.log(`Skipped: the text-dump modules are not available (${modules}).`);
    return;
  }
  const scored = pages.filter((page) => page.mainContent !== null);
  const rows = { extracted: { word: 0, shingle: 0 }, whole: { word: 0, shingle: 0 } };
  let seconds = 0;
  for (const page of scored) {
    const dump = modules.renderTextDump(page.html);
    const started = performance.now();
    const article = modules.extractTextDump(dump, { url: page.url });
    seconds += (performance.now() - started) / 1000;
    const truth = page.mainContent ?? "";
    rows.extracted.word += wordF1(article.text, truth).f1;
    rows.extracted.shingle += shingleF1(article.text, truth).f1;
    rows.whole.word += wordF1(dump, truth).f1;
    rows.whole.shingle += shingleF1(dump, truth).f1;
  }
  const n = Math.max(1, scored.length);
  console.log("| text mode | pages | word F1 | shingle F1 | pages/s |");
  console.log("|---|---|---|---|---|");
  console.log(
    `| extractTextDump | ${scored.length} | ${fixed(rows.extracted.word / n)} | ${fixed(rows.extracted.shingle / n)} | ${fixed(scored.length / Math.max(seconds, 1e-9), 1)} |`,
  );
  console.log(
    `| whole-page text (baseline) | ${scored.length} | ${fixed(rows.whole.word / n)} | ${fixed(rows.whole.shingle / n)} | – |`,
  );
}

async function main(): Promise<void> {
  const program = new Command()
    .option("--limit <n>", "score only the first N pages")
    .option("--only <extractor>", "storyline or readability")
    .option("--worst <k>", "list the K pages where Storyline scores lowest")
    .option("--show <id>", "print Storyline's output and the truth for one page, then stop")
    .option("--half <parity>", "score only pages with odd or even ids (look at one half, confirm on the other)")
    .parse();
  const options = Options.parse(program.opts());
  const loaded = loadWcxbPages(dataDir, options.show === undefined ? options.limit : undefined);
  const parity = options.half === "odd" ? 1 : 0;
  const pages =
    options.half === undefined ? loaded : loaded.filter((page) => Number.parseInt(page.id, 10) % 2 === parity);
  if (options.show !== undefined) {
    const page = pages.find((candidate) => candidate.id === options.show);
    if (!page) throw new Error(`no page ${options.show}`);
    showPage(page);
    return;
  }
  console.log(`## HTML extraction: ${pages.length} WCXB dev article pages (one core, extraction calls timed)\n`);
  console.log(
    `Each extractor runs in its own worker thread (own heap); they take turns of ${TURN_PAGES} pages on one core at a time.`,
  );
  console.log("Peak heap is the largest growth over the heap after a forced collection at the start of a turn.\n");
  const extractors: ExtractorName[] = [];
  if (options.only !== "readability") extractors.push("storyline");
  if (options.only !== "storyline") extractors.push("readability");
  const results = await runAll(extractors, pages);
  printTable(results);
  const [first, second] = results;
  if (first && second) {
    const ratio = second.seconds / first.seconds;
    console.log(`\nSpeed: Storyline is ${fixed(ratio, 1)}x @mozilla/readability + jsdom on the same pages.`);
  }
  console.log('\nTitle/author/date: exact after lower-casing, keeping words only (an author list\'s "and" dropped);');
  console.log("dates as YYYY-MM-DD; a null on both sides counts as a match.");
  if (first && first.name === "storyline") {
    printConfidence(first);
    if (options.worst > 0) printWorst(first, pages, options.worst);
  }
  await textMode(pages);
}

await main();
