// Watched feeds over HTTP: list them with their last poll, add one (polled within seconds by `serve`), remove one.
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { findWatchedFeed, watchFeed, watchFeedRequestSchema } from "../../ingest/watch-feed.js";
import type { Store } from "../../store/store.js";

const feedParams = z.object({ id: z.string().min(1).max(2000) });

export function registerFeedsApi(app: FastifyInstance, store: Store): void {
  app.get("/api/feeds", async () => ({ feeds: await store.feeds.list() }));

  app.post("/api/feeds", async (request, reply) => {
    const body = watchFeedRequestSchema.parse(request.body);
    const { feed, added } = await watchFeed(store, body, new Date());
    // A feed watched already is not an error: the caller gets the existing one.
    return reply.code(added ? 201 : 200).send({ feed, added });
  });

  app.delete("/api/feeds/:id", async (request, reply) => {
    const { id } = feedParams.parse(request.params);
    const feed = await findWatchedFeed(store, id);
    if (!feed || !(await store.feeds.remove(feed.id))) return reply.code(404).send({ error: `no watched feed ${id}` });
    return reply.code(204).send();
  });
}
