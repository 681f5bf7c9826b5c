// JSON API for a person's corrections (merge, split) and for related stories.
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { mergeStoriesByHand, StoryEditError, splitStoryByHand } from "../../ingest/story-edits.js";
import type { StoryLedger } from "../../ingest/story-ledger.js";
import type { Store } from "../../store/store.js";

const storyParams = z.object({ id: z.string().min(1).max(200) });
const mergeBody = z.object({ into: z.string().min(1).max(200) });
const splitBody = z.object({ articles: z.array(z.string().min(1).max(200)).min(1).max(1000) });
const relatedQuery = z.object({ limit: z.coerce.number().int().min(1).max(50).default(5) });

export function registerStoryEditsApi(app: FastifyInstance, store: Store, ledger: StoryLedger): void {
  app.post("/api/stories/:id/merge", async (request, reply) => {
    const { id } = storyParams.parse(request.params);
    const { into } = mergeBody.parse(request.body);
    try {
      const survivor = await mergeStoriesByHand(store, ledger, id, into, new Date().toISOString());
      return { merged: id, into: survivor };
    } catch (error) {
      if (error instanceof StoryEditError) return reply.code(409).send({ error: error.message });
      throw error;
    }
  });

  app.post("/api/stories/:id/split", async (request, reply) => {
    const { id } = storyParams.parse(request.params);
    const { articles } = splitBody.parse(request.body);
    try {
      const created = await splitStoryByHand(store, ledger, id, articles, new Date().toISOString());
      return reply.code(201).send({ story: id, newStory: created, articles });
    } catch (error) {
      if (error instanceof StoryEditError) return reply.code(409).send({ error: error.message });
      throw error;
    }
  });

  app.get("/api/stories/:id/related", async (request, reply) => {
    const { id } = storyParams.parse(request.params);
    const { limit } = relatedQuery.parse(request.query);
    const story = await store.stories.resolve(id);
    if (!story) return reply.code(404).send({ error: `no story ${id}` });
    await ledger.refresh(store);
    return { story: story.id, related: ledger.relatedStories(story.id, limit) };
  });
}
