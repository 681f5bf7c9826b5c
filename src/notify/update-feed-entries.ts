// The updates a feed or event stream shows, with their articles: read side of the update log.
import type { Article } from "../model.js";
import type { Store, UpdateRecord } from "../store/store.js";
import type { DeliveredArticle, DeliveredUpdate } from "./channel.js";

export function deliveredArticle(article: Article): DeliveredArticle {
  return {
    id: article.id,
    title: article.title,
    url: article.url,
    outlet: article.outlet,
    author: article.author,
    published: article.published,
  };
}

export async function withArticles(store: Store, updates: readonly UpdateRecord[]): Promise<DeliveredUpdate[]> {
  const delivered: DeliveredUpdate[] = [];
  for (const update of updates) {
    const article = await store.articles.byId(update.articleId);
    if (!article) continue;
    delivered.push({ update, article: deliveredArticle(article) });
  }
  return delivered;
}
