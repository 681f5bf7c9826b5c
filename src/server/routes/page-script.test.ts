// The page script in a DOM: the follow box sends what the reader chose, through the JSON API the server serves.
import { resolve } from "node:path";
import { JSDOM } from "jsdom";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestDocuments } from "../../ingest/ingest-documents.js";
import { StoryLedger } from "../../ingest/story-ledger.js";
import { SqliteStore } from "../../store/sqlite/sqlite-store.js";
import { buildServer } from "../build-server.js";

const SEED = resolve(import.meta.dirname, "../../../../shared/seeds/000_7b13ad20f772f1d8.txt");

interface SentRequest {
  url: string;
  body: Record<string, unknown>;
}

describe("the page script", () => {
  let store: SqliteStore;
  let storyId = "";
  beforeEach(async () => {
    store = SqliteStore.open(":memory:");
    for await (const outcome of ingestDocuments([{ kind: "file", path: SEED }], { store, ledger: new StoryLedger() })) {
      if (outcome.status !== "added") throw new Error(`seed not added: ${outcome.source}`);
      storyId = outcome.storyId;
    }
  });
  afterEach(async () => store.close());

  /** A page with app.js running in it; the page's API calls go to the real server through inject. */
  async function pageWithScript(path: string) {
    const app = buildServer({ store });
    const pageHtml = (await app.inject({ url: path })).body;
    const script = (await app.inject({ url: "/app.js" })).body;
    const dom = new JSDOM(pageHtml, { url: `http://storyline.test${path}`, runScripts: "outside-only" });
    const sent: SentRequest[] = [];
    dom.window.fetch = (async (url: string, init: { method?: string; body?: string } = {}) => {
      const body = JSON.parse(init.body ?? "{}") as Record<string, unknown>;
      sent.push({ url, body });
      const response = await app.inject({ method: "POST", url, payload: body });
      return { ok: response.statusCode < 300, status: response.statusCode, json: async () => response.json() };
    }) as unknown as typeof dom.window.fetch;
    dom.window.eval(script);
    return { dom, sent };
  }

  async function followByEmail(pace: string) {
    const { dom, sent } = await pageWithScript(`/stories/${storyId}`);
    const document = dom.window.document;
    const select = document.querySelector<HTMLSelectElement>("select[name=pace]");
    if (!select) throw new Error("the follow box has no pace choice");
    select.value = pace;
    const form = document.querySelector<HTMLFormElement>("form[data-action=email]");
    if (!form) throw new Error("the follow box has no email form");
    (form.elements.namedItem("address") as HTMLInputElement).value = "reader@example.org";
    form.dispatchEvent(new dom.window.Event("submit", { cancelable: true }));
    await expect.poll(() => document.querySelector(".status")?.textContent ?? "").toMatch(/^Following as sub_/);
    return sent;
  }

  it("sends the default pace, every update, or a daily digest as the reader chose", async () => {
    const paced = await followByEmail("paced");
    expect(paced).toHaveLength(1);
    expect(paced[0]?.body).toEqual({ target: storyId, channel: { kind: "email", address: "reader@example.org" } });

    const every = await followByEmail("every");
    expect(every[0]?.body).toMatchObject({ minGapSeconds: 0 });
    const daily = await followByEmail("daily");
    expect(daily[0]?.body).toMatchObject({ digestSeconds: 86_400 });

    const stored = await store.subscriptions.list({ includeInactive: false });
    expect(stored.map((s) => [s.minGapSeconds, s.digestSeconds]).sort()).toEqual([
      [0, 0],
      [600, 0],
      [600, 86_400],
    ]);
  });

  it("watches a feed from the feeds page's form", async () => {
    const { dom, sent } = await pageWithScript("/feeds");
    const form = dom.window.document.querySelector<HTMLFormElement>("form[data-action=add-feed]");
    if (!form) throw new Error("the feeds page has no form");
    (form.elements.namedItem("url") as HTMLInputElement).value = "http://127.0.0.1:9/feed.xml";
    (form.elements.namedItem("minutes") as HTMLInputElement).value = "30";
    form.dispatchEvent(new dom.window.Event("submit", { cancelable: true }));
    await expect.poll(() => sent.length).toBe(1);
    expect(sent[0]).toEqual({ url: "/api/feeds", body: { url: "http://127.0.0.1:9/feed.xml", intervalSeconds: 1800 } });
  });
});
