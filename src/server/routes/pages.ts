// The server's HTML pages: the stories, one story with what is new and a way to follow it, and the watched feeds.
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { StoryLedger } from "../../ingest/story-ledger.js";
import type { Story, StoryDetail, TimelineEntry, WatchedFeed } from "../../model.js";
import { DEFAULT_MIN_GAP_SECONDS } from "../../notify/follow-request.js";
import type { Store, UpdateRecord } from "../../store/store.js";
import { html, type SafeHtml } from "../html.js";
import { page } from "../page-layout.js";

const DAY_MS = 86_400_000;

const storyParams = z.object({ id: z.string().min(1).max(200) });
/** `?q=` on the story list: an empty box is no search. */
const storySearch = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((q) => (q === "" ? undefined : q)),
});
/** Updates a story page shows, newest first. */
const UPDATES_SHOWN = 10;
const RELATED_SHOWN = 5;

export function registerPages(app: FastifyInstance, store: Store, ledger: StoryLedger): void {
  app.get("/", async (request, reply) => {
    const { q } = storySearch.parse(request.query);
    const stories = await store.stories.list({ limit: 100, offset: 0, search: q });
    reply.type("text/html; charset=utf-8");
    const empty =
      q === undefined
        ? html`<p>No stories yet. Run <code>storyline ingest PATH…</code> or <a href="/feeds">watch a feed</a>.</p>`
        : html`<p>No story has an article whose title or names hold all of “${q}”. <a href="/">All stories</a></p>`;
    return page(
      q === undefined ? "Storyline" : `${q} · Storyline`,
      html`<h1>Stories</h1>
      <form class="search" method="get" action="/" role="search">
        <input type="search" name="q" value="${q ?? ""}" placeholder="Find a story: a name, a place, words of a headline" aria-label="Find a story" maxlength="200">
        <button type="submit">Find</button>
      </form>
      ${stories.length === 0 ? empty : html`<ol class="stories">${stories.map(storyItem)}</ol>`}`,
    );
  });

  app.get("/stories/:id", async (request, reply) => {
    const { id } = storyParams.parse(request.params);
    const story = await store.stories.detail(id);
    reply.type("text/html; charset=utf-8");
    if (!story) {
      reply.code(404);
      return page("Not found", html`<h1>No such story</h1><p><a href="/">All stories</a></p>`);
    }
    if (story.id !== id) return reply.redirect(`/stories/${encodeURIComponent(story.id)}`, 301);
    const updates = await store.updates.ofStories([story.id, ...story.aliases], {
      limit: UPDATES_SHOWN,
      notableOnly: true,
    });
    await ledger.refresh(store);
    const related = ledger.relatedStories(story.id, RELATED_SHOWN);
    const headlines = new Map<string, string>();
    for (const entry of related) {
      const other = await store.stories.resolve(entry.storyId);
      if (other) headlines.set(other.id, other.headline);
    }
    return page(story.headline, storyPage(story, updates, [...headlines]));
  });

  app.get("/feeds", async (_request, reply) => {
    reply.type("text/html; charset=utf-8");
    return page("Feeds", feedsPage(await store.feeds.list()));
  });
}

function storyItem(story: Story): SafeHtml {
  return html`<li><a href="/stories/${encodeURIComponent(story.id)}">${story.headline}</a>
    <span class="meta">${story.articleCount} article${story.articleCount === 1 ? "" : "s"}${story.outlets.length > 0 ? ` · ${story.outlets.join(", ")}` : ""} · ${(story.lastPublished ?? story.updatedAt).slice(0, 10)}</span></li>`;
}

function storyPage(story: StoryDetail, updates: readonly UpdateRecord[], related: [string, string][]): SafeHtml {
  const tags = (label: string, names: readonly string[]) =>
    names.length > 0
      ? html`<p class="tags"><b>${label}</b> ${names.map((name) => html`<span>${name}</span>`)}</p>`
      : html``;
  const articles = new Map(story.timeline.map((entry) => [entry.articleId, entry]));
  return html`<h1>${story.headline}</h1>
    <p class="meta">${story.articleCount} article${story.articleCount === 1 ? "" : "s"} · ${story.outlets.join(", ") || "outlets unknown"}${dateRange(story)}</p>
    ${tags("People", story.entities.people)}${tags("Places", story.entities.places)}${tags("Organisations", story.entities.organisations)}
    ${followPanel(story)}
    ${updates.length > 0 ? html`<h2>What is new</h2>${updates.map((update) => updateItem(update, articles.get(update.articleId)))}` : html``}
    <h2>Timeline</h2><ol class="timeline">${story.timeline.map(timelineItem)}</ol>
    ${related.length > 0 ? html`<h2>Related stories</h2><ul>${related.map(([id, headline]) => html`<li><a href="/stories/${encodeURIComponent(id)}">${headline}</a></li>`)}</ul>` : html``}`;
}

function dateRange(story: Story): string {
  const first = story.firstPublished?.slice(0, 10);
  const last = story.lastPublished?.slice(0, 10);
  if (!first || !last) return "";
  return first === last ? ` · ${first}` : ` · ${first} – ${last}`;
}

/**
 * How often a follower hears of the story, as the page script turns it into the follow request: the default pace,
 * every update, or a daily digest.
 */
function paceChoice(): SafeHtml {
  const minutes = Math.round(DEFAULT_MIN_GAP_SECONDS / 60);
  return html`<p><label>How often <select name="pace">
      <option value="paced" selected>as it develops, at most one message every ${String(minutes)} minutes</option>
      <option value="every">every update as it comes</option>
      <option value="daily">one digest a day</option>
    </select></label></p>`;
}

/** The follow box: browser notifications, email, a signed webhook, or the story's Atom feed. */
function followPanel(story: StoryDetail): SafeHtml {
  const id = encodeURIComponent(story.id);
  return html`<section class="panel" data-follow="${story.id}">
    <h2>Get the latest updates of this story</h2>
    ${paceChoice()}
    <p><button type="button" data-action="push">Notify me in this browser</button>
      <a class="quiet" href="/stories/${id}/feed.atom">Atom feed</a></p>
    <form data-action="email"><input type="email" name="address" required placeholder="you@example.org" aria-label="Email address"><button type="submit" class="quiet">Email me</button></form>
    <form data-action="webhook"><input type="url" name="url" required placeholder="https://example.org/hooks/storyline" aria-label="Webhook URL"><button type="submit" class="quiet">Send a signed webhook</button></form>
    <p class="status" role="status"></p>
  </section>`;
}

/** Only web links become links: a stored URL is the page's own claim, and `javascript:` must never be clickable. */
function linked(url: string | null | undefined, text: string): SafeHtml {
  return url && /^https?:\/\//i.test(url) ? html`<a href="${url}">${text}</a>` : html`${text}`;
}

function updateItem(update: UpdateRecord, article: TimelineEntry | undefined): SafeHtml {
  const title = linked(article?.url, update.headline);
  const outlets = update.newOutlets.length > 0 ? ` · new outlet: ${update.newOutlets.join(", ")}` : "";
  const renamed = update.previousHeadline ? html`<p class="meta">Headline was: ${update.previousHeadline}</p>` : html``;
  // Dated as the timeline is, by the article's publication; an article found more than a day after it was
  // published also says when it was found (a day's gap is only time zones: the outlet's day against UTC's).
  const noticed = update.createdAt.slice(0, 10);
  const published = article?.published ?? null;
  const late = published !== null && Date.parse(update.createdAt) - Date.parse(published) > DAY_MS;
  const found = late ? ` · found ${noticed}` : "";
  const day = published?.slice(0, 10) ?? noticed;
  return html`<div class="update"><p><time>${day}</time> ${title}<span class="meta">${article?.outlet ? ` · ${article.outlet}` : ""}${outlets}${found}</span></p>
    ${renamed}${update.summary.length > 0 ? html`<ul>${update.summary.map((sentence) => html`<li>${sentence}</li>`)}</ul>` : html``}</div>`;
}

function timelineItem(entry: TimelineEntry): SafeHtml {
  const title = linked(entry.url, entry.title);
  return html`<li><time>${entry.published?.slice(0, 10) ?? "undated"}</time> ${title} <span class="meta">${entry.outlet ?? ""}</span></li>`;
}

function feedsPage(feeds: readonly WatchedFeed[]): SafeHtml {
  const row = (
    feed: WatchedFeed,
  ) => html`<tr><td><b>${feed.title ?? "(not read yet)"}</b><br><span class="meta">${feed.url}</span></td>
    <td>${Math.round(feed.intervalSeconds / 60)} min</td>
    <td>${feed.lastPolledAt ? html`<time>${feed.lastPolledAt.slice(0, 16).replace("T", " ")}</time><br>` : html``}${feed.lastOutcome ?? "not polled yet"}${feed.consecutiveFailures > 0 ? html`<br><span class="meta">${feed.consecutiveFailures} failures in a row; next try ${feed.nextPollAt.slice(0, 16).replace("T", " ")}</span>` : html``}</td>
    <td><button type="button" class="quiet" data-remove-feed="${feed.id}">Remove</button></td></tr>`;
  return html`<h1>Feeds</h1>
    <section class="panel"><h2>Watch a feed</h2>
      <form data-action="add-feed"><input type="url" name="url" required placeholder="https://example.org/rss.xml" aria-label="Feed URL">
      <input type="number" name="minutes" min="1" max="1440" value="15" aria-label="Minutes between polls" style="flex:0 0 6rem"><button type="submit">Watch</button></form>
      <p class="meta">RSS, Atom or JSON Feed. It is read within seconds, then every interval; new articles join their stories.</p>
      <p class="status" role="status"></p></section>
    ${feeds.length === 0 ? html`<p>No feeds are watched yet.</p>` : html`<table><thead><tr><th>Feed</th><th>Every</th><th>Last poll</th><th></th></tr></thead><tbody>${feeds.map(row)}</tbody></table>`}`;
}
