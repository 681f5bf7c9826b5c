// The result for a page that holds no article: every field empty, and the status that says why.
import type { ExtractedArticle } from "../model.js";

export function emptyArticle(
  outcome: Pick<ExtractedArticle, "kind" | "status" | "statusReason" | "method" | "warnings"> & { url?: string | null },
): ExtractedArticle {
  return {
    title: null,
    author: null,
    published: null,
    section: null,
    language: null,
    outlet: null,
    text: "",
    confidence: 0,
    ...outcome,
    url: outcome.url ?? null,
  };
}
