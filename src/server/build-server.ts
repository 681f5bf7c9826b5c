// The HTTP server: pages for people, a JSON API for programs; testable with inject() and no port.
import Fastify, { type FastifyInstance } from "fastify";
import { ZodError } from "zod";
import { StoryLedger } from "../ingest/story-ledger.js";
import type { Store } from "../store/store.js";
import { registerPages } from "./routes/pages.js";
import { registerStoriesApi } from "./routes/stories-api.js";
import { registerStoryEditsApi } from "./routes/story-edits-api.js";

export interface ServerOptions {
  store: Store;
  logger?: boolean;
  /** The clusterer's view of the stories, for merges, splits and related stories. */
  ledger?: StoryLedger;
}

export function buildServer(options: ServerOptions): FastifyInstance {
  const app = Fastify({ logger: options.logger ?? false });
  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof ZodError) {
      return reply
        .code(400)
        .send({
          error: "invalid request",
          issues: error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
        });
    }
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) app.log.error(error);
    return reply.code(status).send({ error: status >= 500 ? "internal error" : (error as Error).message });
  });
  app.get("/healthz", async () => ({ ok: true }));
  registerPages(app, options.store);
  registerStoriesApi(app, options.store);
  registerStoryEditsApi(app, options.store, options.ledger ?? new StoryLedger());
  return app;
}
