// What a notification says, whatever carries it: the story, then per update the article, its outlet and what's new.
import type { Entities } from "../model.js";
import type { DeliveredUpdate, Delivery } from "./channel.js";

/** The JSON shape of one update in webhook bodies and the event stream. */
export interface UpdateView {
  id: string;
  createdAt: string;
  storyId: string;
  headline: string;
  previousHeadline: string | null;
  headlineChanged: boolean;
  article: DeliveredUpdate["article"];
  newOutlets: string[];
  newEntities: Entities;
  summary: string[];
  novelty: number;
}

export function updateView(delivered: DeliveredUpdate): UpdateView {
  const { update, article } = delivered;
  return {
    id: update.id,
    createdAt: update.createdAt,
    storyId: update.storyId,
    headline: update.headline,
    previousHeadline: update.previousHeadline,
    headlineChanged: update.previousHeadline !== null && update.previousHeadline !== update.headline,
    article,
    newOutlets: update.newOutlets,
    newEntities: update.newEntities,
    summary: update.summary,
    novelty: update.novelty,
  };
}

/** A one-line title: the new article's headline, or how many updates a digest holds. */
export function messageTitle(delivery: Delivery): string {
  const [first] = delivery.updates;
  if (delivery.updates.length === 1 && first) return first.article.title;
  return `${delivery.updates.length} updates: ${delivery.story.headline}`;
}

/** An update's article in one line: its title, and its outlet when known. */
export function articleLine(article: DeliveredUpdate["article"]): string {
  return article.outlet ? `${article.title} (${article.outlet})` : article.title;
}

/** Plain text, as an email body or the longer form of a push message. */
export function messageText(delivery: Delivery): string {
  const lines = [`Story: ${delivery.story.headline}`, delivery.story.url, ""];
  for (const { update, article } of delivery.updates) {
    lines.push(articleLine(article));
    if (update.previousHeadline !== null && update.previousHeadline !== update.headline) {
      lines.push(`The story's headline is now: ${update.headline}`);
    }
    if (update.summary.length > 0) {
      lines.push("What's new:");
      for (const sentence of update.summary) lines.push(`  - ${sentence}`);
    }
    if (article.url) lines.push(article.url);
    lines.push("");
  }
  lines.push(`Your feed: ${delivery.links.feed}`, `Unsubscribe: ${delivery.links.unsubscribe}`);
  return lines.join("\n");
}
