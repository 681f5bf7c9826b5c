// The HTTP server: pages for people, a JSON API for programs; testable with inject() and no port.
import Fastify, { type FastifyInstance } from "fastify";
import { ZodError } from "zod";
import { StoryLedger } from "../ingest/story-ledger.js";
import type { Store } from "../store/store.js";
import { registerArticlesApi } from "./routes/articles-api.js";
import { registerBrowserScripts } from "./routes/browser-scripts.js";
import { registerFeedsApi } from "./routes/feeds-api.js";
import { registerFollowApi } from "./routes/follow-api.js";
import { registerPages } from "./routes/pages.js";
import { registerStoriesApi } from "./routes/stories-api.js";
import { registerStoryEditsApi } from "./routes/story-edits-api.js";
import { registerUnsubscribePages } from "./routes/unsubscribe-pages.js";
import { registerUpdateFeeds } from "./routes/update-feeds.js";
import { registerUpdateStream, type UpdateStreamOptions } from "./routes/update-stream.js";

export interface ServerOptions {
  store: Store;
  logger?: boolean;
  /** The clusterer's view of the stories, for merges, splits and related stories. */
  ledger?: StoryLedger;
  /** Where people reach the server, for links in feeds and notifications; unset: the request's own host. */
  publicUrl?: string;
  /** How often the event stream reads the update log, and sends a keep-alive. */
  stream?: UpdateStreamOptions;
}

export function buildServer(options: ServerOptions): FastifyInstance {
  const app = Fastify({ logger: options.logger ?? false });
  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof ZodError) {
      return reply.code(400).send({
        error: "invalid request",
        issues: error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
      });
    }
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) app.log.error(error);
    return reply.code(status).send({ error: status >= 500 ? "internal error" : (error as Error).message });
  });
  app.get("/healthz", async () => ({ ok: true }));
  const ledger = options.ledger ?? new StoryLedger();
  registerPages(app, options.store, ledger);
  registerBrowserScripts(app);
  registerStoriesApi(app, options.store);
  registerArticlesApi(app, options.store, ledger);
  registerStoryEditsApi(app, options.store, ledger);
  registerFollowApi(app, options.store, options.publicUrl ?? null);
  registerFeedsApi(app, options.store);
  registerUpdateFeeds(app, options.store, options.publicUrl ?? null);
  registerUpdateStream(app, options.store, options.publicUrl ?? null, options.stream);
  registerUnsubscribePages(app, options.store);
  return app;
}
