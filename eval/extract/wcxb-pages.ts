// Loads the WCXB dev article pages and their ground truth from ../shared/data, validated with zod.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { z } from "zod";

const Snippets = z
  .union([z.array(z.string()), z.string(), z.null()])
  .optional()
  // A few files store the list as one string: those snippets cannot be scored and are left out.
  .transform((value) => (Array.isArray(value) ? value : []));

const GroundTruthFile = z.object({
  url: z.string().optional(),
  ground_truth: z.object({
    title: z.string().nullable().optional(),
    author: z.string().nullable().optional(),
    publish_date: z.string().nullable().optional(),
    main_content: z.string().optional(),
    with: Snippets,
    without: Snippets,
  }),
});

export interface WcxbPage {
  id: string;
  url: string | undefined;
  html: string;
  title: string | null;
  author: string | null;
  publishDate: string | null;
  /** Absent on a few pages: those count for metadata only. */
  mainContent: string | null;
  with: string[];
  without: string[];
}

/** Pages in id order, decoded; at most `limit` of them. */
export function loadWcxbPages(dataDir: string, limit?: number): WcxbPage[] {
  const ids = readdirSync(path.join(dataDir, "ground-truth"))
    .filter((name) => name.endsWith(".json"))
    .map((name) => name.slice(0, -".json".length))
    .sort();
  const pages: WcxbPage[] = [];
  for (const id of ids.slice(0, limit)) {
    const truth = GroundTruthFile.parse(
      JSON.parse(readFileSync(path.join(dataDir, "ground-truth", `${id}.json`), "utf8")),
    );
    const html = gunzipSync(readFileSync(path.join(dataDir, "html", `${id}.html.gz`))).toString("utf8");
    const gt = truth.ground_truth;
    pages.push({
      id,
      url: truth.url,
      html,
      title: gt.title ?? null,
      author: gt.author ?? null,
      publishDate: gt.publish_date ?? null,
      mainContent: gt.main_content ?? null,
      with: gt.with,
      without: gt.without,
    });
  }
  return pages;
}
