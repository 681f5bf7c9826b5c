// The words a story search matches on: an article's title and the names it mentions, folded the same way as a query.
import type { Article } from "../model.js";

/** Lower case, accents off, letters and digits only: "Zelenskyy's" and "zelenskyy" meet, as do "Séoul" and "Seoul". */
export function searchWords(text: string): string[] {
  const folded = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** What an article is found by: its title and its people, places and organisations, each word once. */
export function articleSearchText(article: Pick<Article, "title" | "entities">): string {
  const { people, places, organisations } = article.entities;
  const words = searchWords([article.title, ...people, ...places, ...organisations].join(" "));
  return [...new Set(words)].join(" ");
}
