// JSON API over stories: list, search and detail, with ids or aliases, and what each article added to one.
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { withArticles } from "../../notify/update-feed-entries.js";
import { updateView } from "../../notify/update-message.js";
import type { Store } from "../../store/store.js";

const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  /** Words that an article of the story holds in its title or names, all of them. */
  q: z.string().trim().min(1).max(200).optional(),
});
const storyParams = z.object({ id: z.string().min(1).max(200) });
const updatesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(20),
  /** Also the updates not worth a message (a wire copy that added nothing). */
  all: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
});

export function registerStoriesApi(app: FastifyInstance, store: Store): void {
  app.get("/api/stories", async (request) => {
    const query = listQuery.parse(request.query);
    return { stories: await store.stories.list({ ...query, search: query.q }), ...query };
  });

  app.get("/api/stories/:id", async (request, reply) => {
    const { id } = storyParams.parse(request.params);
    const story = await store.stories.detail(id);
    if (!story) return reply.code(404).send({ error: `no story ${id}` });
    return story;
  });

  app.get("/api/stories/:id/updates", async (request, reply) => {
    const { id } = storyParams.parse(request.params);
    const { limit, all } = updatesQuery.parse(request.query);
    const story = await store.stories.resolve(id);
    if (!story) return reply.code(404).send({ error: `no story ${id}` });
    const updates = await store.updates.ofStories([story.id], { limit, notableOnly: !all });
    return { story: story.id, updates: (await withArticles(store, updates)).map(updateView) };
  });
}
