// `storyline ingest`: files, folders or URLs into stories, with a progress bar on a terminal and a summary line.
import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import type { Config } from "../../config.js";
import { ExtractPool } from "../../extract/extract-pool.js";
import { expandSources } from "../../ingest/document-sources.js";
import { type ExtractorOptions, type IngestOutcome, ingestDocuments } from "../../ingest/ingest-documents.js";
import { StoryLedger } from "../../ingest/story-ledger.js";
import { recordUpdateAndEnqueue } from "../../notify/follow-hook.js";
import { configOf, withStore, writeError, writeLine } from "../cli-context.js";

export function registerIngestCommand(program: Command): void {
  program
    .command("ingest")
    .description("extract, analyse, cluster and store news pages; the same article twice is stored once")
    .argument("<paths...>", "files, folders (walked for .html/.htm/.txt/.gz) or http(s) URLs")
    .option("--json", "print one JSON line per document instead of the summary only")
    .action(async (paths: string[], options: { json?: boolean }, command: Command) => {
      const config = configOf(command);
      const summary = await ingestPaths(
        config,
        paths,
        options.json ? (outcome) => writeLine(JSON.stringify(outcome)) : undefined,
      );
      writeLine(summary.line);
      if (summary.failed > 0) process.exitCode = 1;
    });
}

/** From this many documents on, extraction runs in worker threads. */
const POOL_MIN_DOCUMENTS = 8;

export interface IngestSummary {
  added: number;
  duplicates: number;
  failed: number;
  newStories: number;
  line: string;
}

/** Ingests and reports; failures are printed one per document on stderr and counted, never thrown. */
export async function ingestPaths(
  config: Config,
  paths: string[],
  onOutcome?: (outcome: IngestOutcome) => void,
): Promise<IngestSummary> {
  const { sources, missing } = expandSources(paths);
  for (const path of missing) writeError(`storyline ingest: ${path}: no such file or folder`);
  const failures: string[] = [];
  const counts = { added: 0, duplicates: 0, failed: missing.length, newStories: 0 };
  const bar =
    process.stderr.isTTY && sources.length > 1
      ? new SingleBar({ format: "ingest [{bar}] {value}/{total} {source}", hideCursor: true, stream: process.stderr })
      : null;
  bar?.start(sources.length, 0, { source: "" });
  await withStore(config, async (store) => {
    const ledger = new StoryLedger();
    // Starting worker threads costs more than it saves on a handful of pages.
    const pool = sources.length >= POOL_MIN_DOCUMENTS ? new ExtractPool() : null;
    const extraction = pool
      ? {
          extractor: (content: string, options: ExtractorOptions) => pool.extract(content, options),
          readAhead: pool.size * 2,
        }
      : {};
    try {
      for await (const outcome of ingestDocuments(sources, {
        store,
        ledger,
        onJoined: recordUpdateAndEnqueue,
        ...extraction,
      })) {
        onOutcome?.(outcome);
        if (outcome.status === "added") {
          counts.added++;
          counts.newStories += (outcome.newStory ? 1 : 0) + outcome.splitOff.length;
        } else if (outcome.status === "duplicate") counts.duplicates++;
        else {
          counts.failed++;
          failures.push(`storyline ingest: ${outcome.source}: ${outcome.error}`);
        }
        bar?.increment({ source: outcome.source.slice(-40) });
      }
    } finally {
      await pool?.close();
    }
    await store.transaction((session) => ledger.flush(session));
  });
  bar?.stop();
  // Printed after the bar, which would otherwise overwrite them.
  for (const failure of failures) writeError(failure);
  const total = sources.length + missing.length;
  const line = `ingested ${total} document${total === 1 ? "" : "s"}: ${counts.added} added (${counts.newStories} new stor${counts.newStories === 1 ? "y" : "ies"}), ${counts.duplicates} already known, ${counts.failed} failed`;
  return { ...counts, line };
}
