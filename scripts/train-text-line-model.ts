// `npx tsx scripts/train-text-line-model.ts [--dry-run]`: trains src/extract/text/line-model-weights.json on the
// WCXB dev pages with odd ids (rendered to text dumps) and reports how the model does on the even ids it never saw.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadWcxbPages } from "../eval/extract/wcxb-pages.js";
import { renderTextDump } from "../eval/render-text-dump.js";
import { fitLogistic, type TrainingExample } from "../src/cluster/logistic-regression.js";
import { splitDumpLines } from "../src/extract/text/dump-lines.js";
import { classifyLines } from "../src/extract/text/line-classes.js";
import { type LineFeatures, measureLines } from "../src/extract/text/line-features.js";
import {
  applyLayer,
  CONTEXT_FEATURES,
  contextInputs,
  LINE_MODEL_FEATURES,
  type LogisticLayer,
  lineModelInputs,
} from "../src/extract/text/line-model.js";
import { slugHeadlines, slugWords } from "../src/extract/text/title.js";
import { labelLines } from "./text-line-labels.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = path.resolve(repoRoot, "../shared/data/extraction/wcxb-dev-articles");
const weightsPath = path.resolve(repoRoot, "src/extract/text/line-model-weights.json");

/** A light penalty: some inputs are small fractions whose useful weights are large. */
const L2 = 1e-4;

interface LabelledPage {
  id: string;
  inputs: number[][];
  labels: (0 | 1)[];
  features: LineFeatures[];
}

function loadPages(): LabelledPage[] {
  const pages: LabelledPage[] = [];
  for (const page of loadWcxbPages(dataDir)) {
    if (page.mainContent === null) continue;
    const features = measureLines(splitDumpLines(renderTextDump(page.html)));
    const headlines = slugHeadlines(features, slugWords(page.url));
    const classes = classifyLines(features);
    pages.push({
      id: page.id,
      inputs: lineModelInputs(features, classes, headlines),
      labels: labelLines(features, page.mainContent),
      features,
    });
  }
  return pages;
}

/**
 * Longer lines weigh more, as they do in a word-level score, but a short line's label still counts; a page of
 * thousands of lines weighs no more than a short one in total, as the eval averages over pages.
 */
function exampleWeight(line: LineFeatures | undefined, pageLines: number): number {
  return Math.sqrt(1 + (line?.words ?? 0)) / Math.sqrt(Math.max(1, pageLines / 100));
}

function examplesOf(pages: readonly LabelledPage[]): TrainingExample[] {
  return pages.flatMap((page) =>
    page.inputs.map((features, i) => ({
      features,
      label: page.labels[i] ?? 0,
      weight: exampleWeight(page.features[i], page.features.length),
    })),
  );
}

function fitLayer(pages: readonly LabelledPage[]): LogisticLayer {
  const fitted = fitLogistic(examplesOf(pages), { l2: L2 });
  const round = (value: number) => Math.round(value * 1e4) / 1e4;
  return { weights: fitted.weights.map(round), bias: round(fitted.bias) };
}

/** The pages with the second pass's inputs in place of the first's. */
function withContext(pages: readonly LabelledPage[], firstPass: LogisticLayer): LabelledPage[] {
  return pages.map((page) => ({
    ...page,
    inputs: contextInputs(page.features, page.inputs, applyLayer(page.inputs, firstPass)),
  }));
}

/** Folds of the training pages for the first pass's out-of-fold verdicts. */
const FOLDS = 4;

/**
 * The training pages in context, each with the verdicts of a first pass fitted without it: in use the second pass
 * sees verdicts on pages the first pass never saw, so it must not learn to trust in-sample ones more than that.
 */
function withOutOfFoldContext(pages: readonly LabelledPage[]): LabelledPage[] {
  const inContext: LabelledPage[] = [];
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const held = pages.filter((_, i) => i % FOLDS === fold);
    const firstPass = fitLayer(pages.filter((_, i) => i % FOLDS !== fold));
    inContext.push(...withContext(held, firstPass));
  }
  return inContext;
}

/** Word-weighted accuracy and log loss of a layer on the pages' lines. */
function describe(pages: readonly LabelledPage[], layer: LogisticLayer): string {
  let words = 0;
  let right = 0;
  let loss = 0;
  let lines = 0;
  for (const page of pages) {
    const probabilities = applyLayer(page.inputs, layer);
    probabilities.forEach((p, i) => {
      const label = page.labels[i] ?? 0;
      const lineWords = page.features[i]?.words ?? 0;
      words += lineWords;
      if ((p >= 0.5 ? 1 : 0) === label) right += lineWords;
      loss -= Math.log(Math.max(1e-9, label === 1 ? p : 1 - p));
      lines += 1;
    });
  }
  return `word-weighted accuracy ${(right / words).toFixed(4)}, log loss per line ${(loss / lines).toFixed(4)}`;
}

function main(): void {
  const write = !process.argv.includes("--dry-run");
  const pages = loadPages();
  const odd = pages.filter((page) => Number.parseInt(page.id, 10) % 2 === 1);
  const even = pages.filter((page) => Number.parseInt(page.id, 10) % 2 === 0);
  const firstPass = fitLayer(odd);
  console.log(`first pass, odd ids (training): ${describe(odd, firstPass)}`);
  console.log(`first pass, even ids (held out): ${describe(even, firstPass)}`);
  // The second pass learns from first-pass verdicts on pages that pass was not fitted on, as it will see them in use.
  const oddInContext = withOutOfFoldContext(odd);
  const secondPass = fitLayer(oddInContext);
  console.log(`second pass, odd ids (training): ${describe(oddInContext, secondPass)}`);
  console.log(`second pass, even ids (held out): ${describe(withContext(even, firstPass), secondPass)}`);
  const model = {
    features: LINE_MODEL_FEATURES,
    contextFeatures: CONTEXT_FEATURES,
    firstPass,
    secondPass,
    provenance: `scripts/train-text-line-model.ts on the ${odd.length} WCXB dev pages with odd ids, rendered by eval/render-text-dump.ts; L2 ${L2}; second pass fitted on out-of-fold first-pass verdicts (${FOLDS} folds); lines weighted by sqrt(1 + words), each page by 1/sqrt(its lines / 100); even ids held out`,
  };
  const names = [...LINE_MODEL_FEATURES, ...CONTEXT_FEATURES];
  for (const [index, name] of names.entries()) {
    console.log(`  ${name.padEnd(20)} ${firstPass.weights[index] ?? ""}\t${secondPass.weights[index]}`);
  }
  console.log(`  ${"bias".padEnd(20)} ${firstPass.bias}\t${secondPass.bias}`);
  if (write) {
    writeFileSync(weightsPath, `${JSON.stringify(model, null, 2)}\n`);
    // Biome lays number arrays out its own way; formatting here keeps the lint clean after retraining.
    spawnSync("npx", ["biome", "format", "--write", weightsPath], { cwd: repoRoot, stdio: "ignore" });
    console.log(`wrote ${path.relative(repoRoot, weightsPath)}`);
  }
}

main();
