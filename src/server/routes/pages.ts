// The server's HTML pages: the list of stories and one story with its timeline.
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { Story, StoryDetail } from "../../model.js";
import type { Store } from "../../store/store.js";
import { html, type SafeHtml } from "../html.js";

const storyParams = z.object({ id: z.string().min(1).max(200) });

export function registerPages(app: FastifyInstance, store: Store): void {
  app.get("/", async (_request, reply) => {
    const stories = await store.stories.list({ limit: 100, offset: 0 });
    reply.type("text/html; charset=utf-8");
    return page(
      "Storyline",
      html`<h1>Stories</h1>
      ${stories.length === 0 ? html`<p>No stories yet. Run <code>storyline ingest PATH…</code>.</p>` : html`<ol class="stories">${stories.map(storyItem)}</ol>`}`,
    ).value;
  });

  app.get("/stories/:id", async (request, reply) => {
    const { id } = storyParams.parse(request.params);
    const story = await store.stories.detail(id);
    reply.type("text/html; charset=utf-8");
    if (!story) {
      reply.code(404);
      return page("Not found", html`<h1>No such story</h1><p><a href="/">All stories</a></p>`).value;
    }
    if (story.id !== id) return reply.redirect(`/stories/${encodeURIComponent(story.id)}`, 301);
    return page(story.headline, storyPage(story)).value;
  });
}

function storyItem(story: Story): SafeHtml {
  return html`<li><a href="/stories/${encodeURIComponent(story.id)}">${story.headline}</a>
    <span class="meta">${story.articleCount} article${story.articleCount === 1 ? "" : "s"}${story.outlets.length > 0 ? ` · ${story.outlets.join(", ")}` : ""} · ${(story.lastPublished ?? story.updatedAt).slice(0, 10)}</span></li>`;
}

function storyPage(story: StoryDetail): SafeHtml {
  const entity = (label: string, names: string[]) =>
    names.length > 0 ? html`<p><b>${label}:</b> ${names.join(", ")}</p>` : html``;
  return html`<p><a href="/">← All stories</a></p><h1>${story.headline}</h1>
    <p class="meta">${story.articleCount} articles · ${story.outlets.join(", ") || "outlets unknown"} · <a href="/stories/${encodeURIComponent(story.id)}/feed.atom">follow (Atom feed)</a></p>
    ${entity("People", story.entities.people)}${entity("Places", story.entities.places)}${entity("Organisations", story.entities.organisations)}
    <h2>Timeline</h2><ol class="timeline">${story.timeline.map(
      (entry) =>
        html`<li><time>${entry.published?.slice(0, 10) ?? "undated"}</time> ${entry.url ? html`<a href="${entry.url}">${entry.title}</a>` : entry.title} <span class="meta">${entry.outlet ?? ""}</span></li>`,
    )}</ol>`;
}

function page(title: string, body: SafeHtml): SafeHtml {
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><style>
body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
a{color:#0b5cad}.meta{color:#666;font-size:.9em;display:block}li{margin:.6rem 0}time{font-variant-numeric:tabular-nums;color:#444;margin-right:.4rem}
</style></head><body>${body}</body></html>`;
}
