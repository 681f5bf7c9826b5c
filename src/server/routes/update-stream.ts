// Server-sent events of what is new (GET /api/stream, `?story=` for one story). Updates are read from the update
// log, so a client reconnecting with Last-Event-ID misses nothing, whichever process ingested the article.
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { notificationLinks } from "../../notify/notification-links.js";
import { withArticles } from "../../notify/update-feed-entries.js";
import { updateView } from "../../notify/update-message.js";
import type { Store } from "../../store/store.js";

const streamQuery = z.object({
  story: z.string().min(1).max(200).optional(),
  /** A cursor for clients that cannot send Last-Event-ID. */
  after: z.coerce.number().int().min(0).optional(),
});
const lastEventId = z.coerce.number().int().min(0);

export interface UpdateStreamOptions {
  /** How often the update log is read for new rows. */
  pollMs: number;
  /** A comment line this often keeps proxies from closing an idle stream. */
  heartbeatMs: number;
}

const BATCH = 100;

export function registerUpdateStream(
  app: FastifyInstance,
  store: Store,
  publicUrl: string | null,
  options: UpdateStreamOptions = { pollMs: 1000, heartbeatMs: 15_000 },
): void {
  const open = new Set<() => void>();
  // Streams never end on their own; closing the server ends them, or close() would wait for them forever.
  app.addHook("onClose", async () => {
    for (const end of open) end();
  });

  app.get("/api/stream", async (request, reply) => {
    const query = streamQuery.parse(request.query);
    let storyIds: string[] | null = null;
    if (query.story) {
      const story = await store.stories.resolve(query.story);
      if (!story) return reply.code(404).send({ error: `no story ${query.story}` });
      storyIds = [story.id];
    }
    const resumeFrom = request.headers["last-event-id"];
    let cursor =
      typeof resumeFrom === "string" && lastEventId.safeParse(resumeFrom).success
        ? Number(resumeFrom)
        : (query.after ?? (await store.updates.lastSeq()));
    const links = notificationLinks(publicUrl ?? `${request.protocol}://${request.host}`);

    reply.hijack();
    const raw = reply.raw;
    // Kept now: the response lets go of its socket when it closes.
    const socket = raw.socket;
    raw.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    });
    raw.write("retry: 3000\n\n");

    let closed = false;
    let polling = false;
    // The client may leave while a batch is being written.
    const send = (text: string) => {
      if (!closed) raw.write(text);
    };
    const poll = async () => {
      if (closed || polling) return;
      polling = true;
      try {
        for (;;) {
          const updates = await store.updates.after(cursor, { storyIds, limit: BATCH, notableOnly: true });
          for (const delivered of await withArticles(store, updates)) {
            const event = { ...updateView(delivered), storyUrl: links.story(delivered.update.storyId) };
            send(`id: ${delivered.update.seq}\nevent: update\ndata: ${JSON.stringify(event)}\n\n`);
          }
          const last = updates.at(-1);
          if (last) cursor = last.seq;
          if (updates.length < BATCH || closed) break;
        }
      } catch (error) {
        request.log.error(error);
      } finally {
        polling = false;
      }
    };
    const pollTimer = setInterval(poll, options.pollMs);
    const heartbeatTimer = setInterval(() => send(": keep-alive\n\n"), options.heartbeatMs);
    const end = () => {
      if (closed) return;
      closed = true;
      clearInterval(pollTimer);
      clearInterval(heartbeatTimer);
      open.delete(end);
      raw.end();
      // The connection is of no further use (clients reconnect with a new request); kept alive, it would hold the
      // server's close() until the client let go of it.
      socket?.destroySoon();
    };
    open.add(end);
    raw.on("close", end);
    await poll();
  });
}
