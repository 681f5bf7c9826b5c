// Tuning eval for text-dump extraction: renders the WCXB article pages to dumps and scores extractTextDump on them.
// Run: npx tsx eval/extract-text-dumps.ts [--limit N] [--half odd|even] [--worst K] [--show ID]
//      [--misses author|title|date] [--json FILE]
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { z } from "zod";
import { extractTextDump } from "../src/extract/text/extract-text.js";
import { loadWcxbPages } from "./extract/wcxb-pages.js";
import { renderTextDump } from "./render-text-dump.js";
import { calendarDate, normaliseAuthors, normaliseField, shingleF1, wordF1 } from "./scoring/text-overlap.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = path.resolve(repoRoot, "../shared/data/extraction/wcxb-dev-articles");

const Options = z.object({
  limit: z.coerce.number().int().positive().optional(),
  worst: z.coerce.number().int().nonnegative().default(0),
  show: z.string().optional(),
  half: z.enum(["odd", "even"]).optional(),
  misses: z.enum(["author", "title", "date"]).optional(),
  json: z.string().optional(),
});

type Field = "author" | "title" | "date";
/** Dump lines shown on either side of the line where the expected value appears. */
const MISS_CONTEXT_LINES = 3;

/** One missed field: the page, what was expected and found, and where in the dump the expected value stands. */
function printMiss(id: string, field: Field, want: string | null, got: string | null, dump: string): void {
  console.log(`\n=== ${id} ${field}\n  want: ${want}\n  ours: ${got}`);
  const needle = field === "date" ? "" : normaliseField(want);
  if (needle === "") return;
  const lines = dump.split("\n");
  const hits = lines.flatMap((line, i) => (` ${normaliseField(line)} `.includes(` ${needle} `) ? [i] : []));
  if (hits.length === 0) console.log("  (not in the dump)");
  for (const hit of hits.slice(0, 3)) {
    console.log(`  --- line ${hit} of ${lines.length}`);
    const from = Math.max(0, hit - MISS_CONTEXT_LINES);
    for (let i = from; i <= Math.min(lines.length - 1, hit + MISS_CONTEXT_LINES); i += 1) {
      console.log(`  ${i === hit ? ">" : " "} ${(lines[i] ?? "").slice(0, 160)}`);
    }
  }
}

/** Holdout halves by page id: study the failures on one, confirm a change on the other. */
function inHalf(id: string, half: "odd" | "even" | undefined): boolean {
  return half === undefined || (Number.parseInt(id, 10) % 2 === 1) === (half === "odd");
}

interface PageScore {
  id: string;
  wordF1: number;
  wordPrecision: number;
  wordRecall: number;
  shingleF1: number;
  baselineWordF1: number;
  baselineShingleF1: number;
  title: boolean;
  author: boolean;
  date: boolean;
  extractMs: number;
  renderMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

const fixed = (value: number, digits = 3) => value.toFixed(digits);

function main(): void {
  const program = new Command()
    .option("--limit <n>", "score only the first N pages")
    .option("--worst <k>", "list the K pages with the lowest shingle F1 (with word precision and recall)")
    .option("--show <id>", "print one page's extraction beside its ground truth")
    .option("--half <odd|even>", "score only the pages with odd or even ids")
    .option("--misses <field>", "print each page whose author, title or date is wrong, with the dump around it")
    .option("--json <file>", "write every page's fields and scores to this file, to diff two runs page by page");
  program.parse();
  const options = Options.parse(program.opts());

  const pages = loadWcxbPages(dataDir, options.limit).filter(
    (page) => (options.show === undefined || page.id === options.show) && inHalf(page.id, options.half),
  );
  const scores: PageScore[] = [];
  const fields: Record<string, Record<Field, string | null> & { shingleF1: number }> = {};
  for (const page of pages) {
    // A page without a reference body cannot be scored.
    if (page.mainContent === null) continue;
    const renderStart = performance.now();
    const dump = renderTextDump(page.html);
    const renderMs = performance.now() - renderStart;
    const extractStart = performance.now();
    const article = extractTextDump(dump, page.url === undefined ? {} : { url: page.url });
    const extractMs = performance.now() - extractStart;

    const words = wordF1(article.text, page.mainContent);
    scores.push({
      id: page.id,
      wordF1: words.f1,
      wordPrecision: words.precision,
      wordRecall: words.recall,
      shingleF1: shingleF1(article.text, page.mainContent).f1,
      baselineWordF1: wordF1(dump, page.mainContent).f1,
      baselineShingleF1: shingleF1(dump, page.mainContent).f1,
      title: normaliseField(article.title) === normaliseField(page.title),
      author: normaliseAuthors(article.author) === normaliseAuthors(page.author),
      date: calendarDate(article.published) === calendarDate(page.publishDate),
      extractMs,
      renderMs,
    });
    const last = scores.at(-1);
    if (last !== undefined) {
      fields[page.id] = {
        title: article.title,
        author: article.author,
        date: article.published,
        shingleF1: Number(fixed(last.shingleF1, 4)),
      };
    }
    if (options.misses !== undefined && last !== undefined && !last[options.misses]) {
      const field = options.misses;
      const want = field === "author" ? page.author : field === "title" ? page.title : page.publishDate;
      const got = field === "author" ? article.author : field === "title" ? article.title : article.published;
      printMiss(page.id, field, want, got, dump);
    }
    if (options.show !== undefined) {
      console.log(`url:    ${page.url}`);
      console.log(`title:  ${article.title}\n  want: ${page.title}`);
      console.log(`author: ${article.author}\n  want: ${page.author}`);
      console.log(`date:   ${article.published}\n  want: ${page.publishDate}`);
      console.log(`section: ${article.section}  outlet: ${article.outlet}  language: ${article.language}`);
      console.log(`status: ${article.status}  confidence: ${article.confidence}\n--- extracted\n${article.text}`);
      console.log(`--- expected\n${page.mainContent}`);
    }
  }

  if (options.json !== undefined) writeFileSync(options.json, `${JSON.stringify(fields, null, 1)}\n`);
  // Four places: changes worth keeping often move the mean by less than a thousandth.
  const average = (pick: (score: PageScore) => number) => fixed(mean(scores.map(pick)), 4);
  const rate = (pick: (score: PageScore) => boolean) => fixed(mean(scores.map((score) => (pick(score) ? 1 : 0))));
  console.log(`\nText-dump extraction on ${scores.length} WCXB article pages rendered with renderTextDump\n`);
  console.log("| extractor | word F1 | shingle F1 | word P | word R | title | author | date | ms/dump mean, median |");
  console.log("|---|---|---|---|---|---|---|---|---|");
  console.log(
    `| whole-page text (baseline) | ${average((s) => s.baselineWordF1)} | ${average((s) => s.baselineShingleF1)} | – | – | – | – | – | – |`,
  );
  console.log(
    `| extractTextDump | ${average((s) => s.wordF1)} | ${average((s) => s.shingleF1)} | ${average((s) => s.wordPrecision)} | ${average((s) => s.wordRecall)} | ${rate((s) => s.title)} | ${rate((s) => s.author)} | ${rate((s) => s.date)} | ${fixed(mean(scores.map((s) => s.extractMs)), 2)}, ${fixed(median(scores.map((s) => s.extractMs)), 2)} |`,
  );
  // Both holdout halves from one run: the model is trained on the odd ids, the even ones show unseen pages.
  const halfMean = (half: "odd" | "even") =>
    fixed(mean(scores.filter((score) => inHalf(score.id, half)).map((score) => score.shingleF1)), 4);
  if (options.half === undefined) console.log(`\nshingle F1 by half: odd ${halfMean("odd")}, even ${halfMean("even")}`);
  console.log(`\nrenderTextDump: ${fixed(mean(scores.map((s) => s.renderMs)), 2)} ms/page`);
  if (options.worst > 0) {
    console.log("\nworst pages: id, shingle F1, word F1, word precision, word recall");
    for (const score of [...scores].sort((a, b) => a.shingleF1 - b.shingleF1).slice(0, options.worst)) {
      console.log(
        `  ${score.id}  ${fixed(score.shingleF1)}  ${fixed(score.wordF1)}  ${fixed(score.wordPrecision, 2)}  ${fixed(score.wordRecall, 2)}`,
      );
    }
  }
}

main();
