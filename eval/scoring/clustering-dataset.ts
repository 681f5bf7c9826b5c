// Reads a labelled clustering set (JSON lines with a gold `story`) for evals and training.
import { readFileSync } from "node:fs";
import { z } from "zod";

export const labelledArticleSchema = z.object({
  id: z.string().min(1),
  story: z.string().min(1),
  title: z.string(),
  text: z.string(),
  published: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
});

export type LabelledArticle = z.infer<typeof labelledArticleSchema>;

export function parseLabelledArticles(content: string, source: string): LabelledArticle[] {
  const articles: LabelledArticle[] = [];
  content.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    const parsed = labelledArticleSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${source} line ${index + 1}: ${parsed.error.message}`);
    articles.push(parsed.data);
  });
  return articles;
}

export function readLabelledArticles(path: string): LabelledArticle[] {
  return parseLabelledArticles(readFileSync(path, "utf8"), path);
}

export function goldLabels(articles: readonly LabelledArticle[]): Map<string, string> {
  return new Map(articles.map((article) => [article.id, article.story]));
}
