// Adding news over HTTP: POST a page's URL (or a feed's: each entry is taken), or the page itself (HTML or a text
// dump), and it goes through the same pipeline as `storyline ingest`; GET one stored article.
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { httpUrlSchema as httpUrl } from "../../http-url.js";
import { DEFAULT_MAX_DOCUMENT_BYTES, decodeDocument } from "../../ingest/decode-document.js";
import type { DocumentSource } from "../../ingest/document-sources.js";
import { type IngestOutcome, ingestDocuments } from "../../ingest/ingest-documents.js";
import type { StoryLedger } from "../../ingest/story-ledger.js";
import { recordUpdateAndEnqueue } from "../../notify/follow-hook.js";
import type { Store } from "../../store/store.js";

const ingestBody = z.union([
  z.object({ url: httpUrl }).strict(),
  z.object({ content: z.string().min(1, "the content is empty"), url: httpUrl.optional() }).strict(),
]);

const articleParams = z.object({ id: z.string().min(1).max(200) });

/** What the body may weigh: the largest document ingest takes, plus JSON's escaping. */
const BODY_LIMIT = DEFAULT_MAX_DOCUMENT_BYTES * 2;

export function registerArticlesApi(app: FastifyInstance, store: Store, ledger: StoryLedger): void {
  app.post("/api/articles", { bodyLimit: BODY_LIMIT }, async (request, reply) => {
    const body = ingestBody.parse(request.body);
    const source = sourceOf(body);
    if ("error" in source)
      return reply.code(422).send({ outcomes: [{ status: "failed", source: "request", error: source.error }] });
    const outcomes: IngestOutcome[] = [];
    for await (const outcome of ingestDocuments([source], { store, ledger, onJoined: recordUpdateAndEnqueue }))
      outcomes.push(outcome);
    await store.transaction((session) => ledger.flush(session));
    const status = outcomes.some((outcome) => outcome.status === "added")
      ? 201
      : outcomes.every((outcome) => outcome.status === "failed")
        ? 422
        : 200;
    return reply.code(status).send({ outcomes });
  });

  app.get("/api/articles/:id", async (request, reply) => {
    const { id } = articleParams.parse(request.params);
    const article = await store.articles.byId(id);
    if (!article) return reply.code(404).send({ error: `no article ${id}` });
    const membership = await store.stories.membershipOf(id);
    return { ...article, story: membership ? { id: membership.storyId, reason: membership.reason } : null };
  });
}

/** A posted page is checked as a file would be (empty, binary, too large) before it is extracted. */
function sourceOf(body: z.infer<typeof ingestBody>): DocumentSource | { error: string } {
  if (!("content" in body)) return { kind: "url", url: body.url };
  try {
    const decoded = decodeDocument(Buffer.from(body.content, "utf8"));
    return { kind: "loaded", name: body.url ?? "posted page", document: { ...decoded, url: body.url ?? null } };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
