// Turns claimed outbox rows into deliveries: the subscription, the story as it is now, and the updates with their
// articles. Rows of one round share updates and stories, so each is read once.
import type { Subscription } from "../model.js";
import type { OutboxEntry, Store } from "../store/store.js";
import type { DeliveredUpdate, Delivery } from "./channel.js";
import type { NotificationLinks } from "./notification-links.js";
import { deliveredArticle } from "./update-feed-entries.js";

export type LoadedDelivery = { ok: true; delivery: Delivery } | { ok: false; entry: OutboxEntry; reason: string };

export class DeliveryLoader {
  private readonly stories = new Map<string, { id: string; headline: string } | null>();
  private readonly updates = new Map<string, DeliveredUpdate | null>();

  constructor(
    private readonly store: Store,
    private readonly links: NotificationLinks,
  ) {}

  async load(entry: OutboxEntry): Promise<LoadedDelivery> {
    const subscription = await this.store.subscriptions.byId(entry.subscriptionId);
    if (subscription?.status !== "active") {
      return {
        ok: false,
        entry,
        reason: `subscription ${entry.subscriptionId} is ${subscription?.status ?? "deleted"}`,
      };
    }
    const updates: DeliveredUpdate[] = [];
    for (const id of entry.updateIds) {
      const update = await this.update(id);
      if (update) updates.push(update);
    }
    if (updates.length === 0) return { ok: false, entry, reason: "its updates no longer exist" };
    const story = (await this.story(entry.storyId)) ?? {
      // A story split or removed since: its last known headline still says what the message is about.
      id: entry.storyId,
      headline: (updates.at(-1) as DeliveredUpdate).update.headline,
    };
    return { ok: true, delivery: this.delivery(entry, subscription, story, updates) };
  }

  private delivery(
    entry: OutboxEntry,
    subscription: Subscription,
    story: { id: string; headline: string },
    updates: DeliveredUpdate[],
  ): Delivery {
    return {
      id: entry.deliveryId,
      attempt: entry.attempts,
      subscription,
      story: { ...story, url: this.links.story(story.id) },
      updates,
      links: {
        unsubscribe: this.links.unsubscribe(subscription.unsubscribeToken),
        feed: this.links.subscriptionFeed(subscription.id),
      },
    };
  }

  /** Through aliases: a story merged since the update was made is delivered under the story it became. */
  private async story(id: string): Promise<{ id: string; headline: string } | null> {
    if (!this.stories.has(id)) {
      const record = await this.store.stories.resolve(id);
      this.stories.set(id, record ? { id: record.id, headline: record.headline } : null);
    }
    return this.stories.get(id) ?? null;
  }

  private async update(id: string): Promise<DeliveredUpdate | null> {
    if (!this.updates.has(id)) {
      const [update] = await this.store.updates.byIds([id]);
      const article = update ? await this.store.articles.byId(update.articleId) : null;
      this.updates.set(id, update && article ? { update, article: deliveredArticle(article) } : null);
    }
    return this.updates.get(id) ?? null;
  }
}
