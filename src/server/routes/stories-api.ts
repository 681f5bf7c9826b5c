// JSON API over stories: list and detail, with ids or aliases.
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { Store } from "../../store/store.js";

const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  /** Words that an article of the story holds in its title or names, all of them. */
  q: z.string().trim().min(1).max(200).optional(),
});
const storyParams = z.object({ id: z.string().min(1).max(200) });

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
}
