// `storyline extract`: prints what the extractor finds in each file, without storing anything.
import { basename } from "node:path";
import type { Command } from "commander";
import { extractArticle } from "../../extract/extract.js";
import { loadDocument } from "../../ingest/load-document.js";
import { writeError, writeLine } from "../cli-context.js";

export function registerExtractCommand(program: Command): void {
  program
    .command("extract")
    .description("extract title, author, date, section, language and clean text from HTML pages or text dumps")
    .argument("<files...>", ".html, .htm, .html.gz or .txt files (HTML or text is told by content)")
    .option("--jsonl", "one JSON object per line, for many files")
    .action(async (files: string[], options: { jsonl?: boolean }) => {
      let failed = 0;
      for (const file of files) {
        const result = await extractFile(file);
        if ("error" in result) failed++;
        writeLine(options.jsonl ? JSON.stringify(result) : JSON.stringify(result, null, 2));
      }
      if (failed > 0) {
        writeError(`storyline extract: ${failed} of ${files.length} files failed`);
        process.exitCode = 1;
      }
    });
}

async function extractFile(file: string): Promise<Record<string, unknown>> {
  try {
    const document = await loadDocument({ kind: "file", path: file });
    const article = extractArticle(document.content);
    return {
      file,
      kind: article.kind,
      title: article.title,
      author: article.author,
      published: article.published,
      section: article.section,
      language: article.language,
      text: article.text,
      warnings: [...document.warnings, ...article.warnings],
      outlet: article.outlet,
      url: article.url,
      status: article.status,
      statusReason: article.statusReason,
      method: article.method,
      confidence: article.confidence,
      encoding: document.encoding,
    };
  } catch (error) {
    return { file, error: `${basename(file)}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
