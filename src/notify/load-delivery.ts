// Turns claimed outbox rows into deliveries: the subscription, the story as it is now, and the updates with their
// articles. Rows of one round share updates and stories, so each is read once.
import type { Subscription } from "../model.js";
import type { OutboxEntry, Store } from "../store/store.js";
import type { DeliveredUpdate, Delivery } from "./channel.js";
import type { NotificationLinks } from "./notification-links.js";
import { deliveredArticle } from "./update-feed-entries.js";

export type LoadedDelivery = { ok: true; delivery: Delivery } | { ok: false; entry: OutboxEntry; reason: string };

export class DeliveryLoader {
  // Promises, not values: the rows of a round load at once, and the first to ask for a story or update reads it for all.
  private readonly stories = new Map<string, Promise<{ id: string; headline: string } | null>>();
  private readonly updates = new Map<string, Promise<DeliveredUpdate | null>>();

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
  private story(id: string): Promise<{ id: string; headline: string } | null> {
    let story = this.stories.get(id);
    if (!story) {
      story = this.store.stories
        .resolve(id)
        .then((record) => (record ? { id: record.id, headline: record.headline } : null));
      this.stories.set(id, story);
    }
    return story;
  }

  private update(id: string): Promise<DeliveredUpdate | null> {
    let update = this.updates.get(id);
    if (!update) {
      update = this.readUpdate(id);
      this.updates.set(id, update);
    }
    return update;
  }

  private async readUpdate(id: string): Promise<DeliveredUpdate | null> {
    const [update] = await this.store.updates.byIds([id]);
    const article = update ? await this.store.articles.byId(update.articleId) : null;
    return update && article ? { update, article: deliveredArticle(article) } : null;
  }
}
