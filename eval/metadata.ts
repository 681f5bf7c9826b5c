// Metadata eval on the WCXB dev article pages: title, author and publication date only, per half, with the misses
// listed — quicker than the whole extraction eval when only the metadata cascade changes.
// Run: npx tsx eval/metadata.ts [--half odd|even] [--misses title|author|date] [--json FILE]
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { z } from "zod";
import { extractArticle } from "../src/extract/extract.js";
import { scorePage } from "./extract/page-scores.js";
import { loadWcxbPages } from "./extract/wcxb-pages.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = path.resolve(repoRoot, "../shared/data/extraction/wcxb-dev-articles");

const Options = z.object({
  half: z.enum(["odd", "even"]).optional(),
  misses: z.enum(["title", "author", "date"]).optional(),
  json: z.string().optional(),
});

const FIELDS = ["title", "author", "date"] as const;
type Field = (typeof FIELDS)[number];

interface PageResult {
  id: string;
  url: string | undefined;
  ours: Record<Field, string | null>;
  truth: Record<Field, string | null>;
  match: Record<Field, boolean>;
}

function share(results: readonly PageResult[], field: Field): string {
  if (results.length === 0) return "–";
  return (results.filter((result) => result.match[field]).length / results.length).toFixed(3);
}

function main(): void {
  const program = new Command()
    .option("--half <parity>", "only pages with odd or even ids")
    .option("--misses <field>", "list the pages where this field is wrong")
    .option("--json <file>", "write every page's fields to this file")
    .parse();
  const options = Options.parse(program.opts());
  const pages = loadWcxbPages(dataDir).filter(
    (page) => options.half === undefined || Number.parseInt(page.id, 10) % 2 === (options.half === "odd" ? 1 : 0),
  );
  const results: PageResult[] = pages.map((page) => {
    const article = extractArticle(page.html, { kind: "html", url: page.url });
    const score = scorePage(page, {
      text: "",
      title: article.title,
      author: article.author,
      published: article.published,
    });
    return {
      id: page.id,
      url: page.url,
      ours: { title: article.title, author: article.author, date: article.published },
      truth: { title: page.title, author: page.author, date: page.publishDate },
      match: { title: score.title, author: score.author, date: score.date },
    };
  });
  const halves = [
    ["all", results],
    ["odd", results.filter((result) => Number.parseInt(result.id, 10) % 2 === 1)],
    ["even", results.filter((result) => Number.parseInt(result.id, 10) % 2 === 0)],
  ] as const;
  console.log("| pages | n | title | author | date |\n|---|---|---|---|---|");
  for (const [name, subset] of halves) {
    if (subset.length === 0) continue;
    console.log(`| ${name} | ${subset.length} | ${FIELDS.map((field) => share(subset, field)).join(" | ")} |`);
  }
  const field = options.misses;
  if (field !== undefined) {
    for (const result of results.filter((entry) => !entry.match[field])) {
      console.log(`\n${result.id} ${result.url ?? ""}`);
      console.log(`  ours  ${JSON.stringify(result.ours[field])}`);
      console.log(`  truth ${JSON.stringify(result.truth[field])}`);
    }
  }
  if (options.json !== undefined) writeFileSync(options.json, JSON.stringify(results, null, 1));
}

main();
