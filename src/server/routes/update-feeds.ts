// Atom feeds of what is new: one per story (GET /stories/:id/feed.atom) and one per subscription.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { atomFeed } from "../../notify/atom-feed.js";
import { type NotificationLinks, notificationLinks } from "../../notify/notification-links.js";
import { withArticles } from "../../notify/update-feed-entries.js";
import type { Store } from "../../store/store.js";

const idParams = z.object({ id: z.string().min(1).max(200) });
/** Feed readers poll; fifty entries reach back far enough for any reader that polls daily. */
const FEED_ENTRIES = 50;
const ATOM_TYPE = "application/atom+xml; charset=utf-8";

export function registerUpdateFeeds(app: FastifyInstance, store: Store, publicUrl: string | null): void {
  const linksFor = (request: FastifyRequest): NotificationLinks =>
    notificationLinks(publicUrl ?? `${request.protocol}://${request.host}`);

  app.get("/stories/:id/feed.atom", async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const story = await store.stories.resolve(id);
    if (!story) return reply.code(404).send({ error: `no story ${id}` });
    const links = linksFor(request);
    // A merged story's feed lives on under the story it joined.
    if (story.id !== id) return reply.redirect(links.storyFeed(story.id), 301);
    const updates = await store.updates.ofStories([story.id], { limit: FEED_ENTRIES, notableOnly: true });
    const feed = atomFeed({
      id: `urn:storyline:story:${story.id}`,
      title: story.headline,
      subtitle: "What is new in this story, as Storyline finds it",
      selfUrl: links.storyFeed(story.id),
      pageUrl: links.story(story.id),
      updatedFallback: story.updatedAt,
      entries: (await withArticles(store, updates)).map((delivered) => ({
        delivered,
        storyUrl: links.story(story.id),
        storyHeadline: story.headline,
      })),
    });
    return sendAtom(reply, feed);
  });

  app.get("/subscriptions/:id/feed.atom", async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const subscription = await store.subscriptions.byId(id);
    if (!subscription) return reply.code(404).send({ error: `no subscription ${id}` });
    const links = linksFor(request);
    const storyIds = await store.subscriptions.followedStories(subscription.id);
    const updates = await store.updates.ofStories(storyIds, { limit: FEED_ENTRIES, notableOnly: true });
    const headlines = new Map<string, string>();
    const entries = [];
    for (const delivered of await withArticles(store, updates)) {
      const story = await store.stories.resolve(delivered.update.storyId);
      const storyId = story?.id ?? delivered.update.storyId;
      if (story) headlines.set(storyId, story.headline);
      entries.push({
        delivered,
        storyUrl: links.story(storyId),
        storyHeadline: headlines.get(storyId) ?? delivered.update.headline,
      });
    }
    const feed = atomFeed({
      id: `urn:storyline:subscription:${subscription.id}`,
      title: `Following: ${subscription.target}`,
      selfUrl: links.subscriptionFeed(subscription.id),
      pageUrl: storyIds[0] ? links.story(storyIds[0]) : links.home(),
      updatedFallback: subscription.createdAt,
      entries,
    });
    return sendAtom(reply, feed);
  });
}

function sendAtom(reply: FastifyReply, feed: string): FastifyReply {
  return reply.type(ATOM_TYPE).send(feed);
}
