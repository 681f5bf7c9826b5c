import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { recordUpdateAndEnqueue } from "../notify/follow-hook.js";
import { SqliteStore } from "../store/sqlite/sqlite-store.js";
import type { DocumentSource } from "./document-sources.js";
import { ingestDocuments } from "./ingest-documents.js";
import { mergeStoriesByHand, StoryEditError, splitStoryByHand } from "./story-edits.js";
import { StoryLedger } from "./story-ledger.js";

const SEEDS = resolve(import.meta.dirname, "../../../shared/seeds");
const SEED_000: DocumentSource = { kind: "file", path: join(SEEDS, "000_7b13ad20f772f1d8.txt") };
const SEED_001: DocumentSource = { kind: "file", path: join(SEEDS, "001_1d9d58bbc744f926.txt") };

/** A story of our own, about something else entirely. */
const FLOOD_REPORT = `Floods Close Rhine Shipping Near Cologne

Shipping on the Rhine near Cologne was halted on Wednesday after days of heavy rain pushed the river above the
level at which barges may pass, the waterways authority said.

The authority expects the water to fall by the weekend. Barge operators said the closure would delay coal and grain
deliveries to inland ports, and the city of Cologne opened flood barriers along its old town embankment.

Meteorologists warned that more rain was forecast for the Black Forest and the Alps, which feed the river.`;

describe("story edits by hand", () => {
  let store: SqliteStore;
  let ledger: StoryLedger;
  let flood: DocumentSource;
  const at = "2026-01-01T00:00:00.000Z";

  beforeEach(() => {
    store = SqliteStore.open(":memory:");
    ledger = new StoryLedger();
    const folder = mkdtempSync(join(tmpdir(), "storyline-edits-"));
    const path = join(folder, "flood.txt");
    writeFileSync(path, FLOOD_REPORT);
    flood = { kind: "file", path };
  });
  afterEach(async () => store.close());

  async function ingest(...sources: DocumentSource[]): Promise<string[]> {
    const ids: string[] = [];
    for await (const outcome of ingestDocuments(sources, { store, ledger, onJoined: recordUpdateAndEnqueue })) {
      if (outcome.status !== "added") throw new Error(`${outcome.source}: ${outcome.status}`);
      ids.push(outcome.storyId);
    }
    return ids;
  }

  it("hands a merged story's waiting messages to the survivor, so they keep their order and pace", async () => {
    const [korea, floods] = await ingest(SEED_000, flood);
    await store.subscriptions.insert({
      id: "sub_floods",
      target: floods!,
      follows: { kind: "story", storyId: floods! },
      channel: { kind: "feed" },
      digestSeconds: 0,
      minGapSeconds: 600,
      unsubscribeToken: "token-sub-floods-0123456789",
      status: "active",
      createdAt: at,
    });
    const waiting = { subscriptionId: "sub_floods", updateIds: ["upd_1"], nextAttemptAt: at, createdAt: at };
    await store.outbox.enqueue([{ deliveryId: "msg_floods_1", storyId: floods!, ...waiting }]);
    await mergeStoriesByHand(store, ledger, floods!, korea!, at);
    expect((await store.outbox.latestMessages(korea!, ["sub_floods"])).get("sub_floods")?.deliveryId).toBe(
      "msg_floods_1",
    );
    expect((await store.outbox.latestMessages(floods!, ["sub_floods"])).size).toBe(0);
  });

  it("merges two stories and keeps the old id as an alias", async () => {
    const [korea, floods] = await ingest(SEED_000, flood);
    expect(korea).not.toBe(floods);
    const survivor = await mergeStoriesByHand(store, ledger, floods!, korea!, at);
    expect(survivor).toBe(korea);
    expect((await store.stories.resolve(floods!))?.id).toBe(korea);
    const detail = await store.stories.detail(floods!);
    expect(detail?.articleCount).toBe(2);
    expect(detail?.aliases).toEqual([floods]);
    expect((await store.stories.events(korea!)).map((event) => event.kind)).toEqual(["merge"]);
  });

  it("splits an article out, and the clusterer never merges it back", async () => {
    const [story] = await ingest(SEED_000, SEED_001);
    const members = await store.stories.memberArticles(story!);
    const update = members.find((article) => article.title.startsWith("North Korean Leader"));
    const created = await splitStoryByHand(store, ledger, story!, [update!.id], at);
    expect(created).not.toBe(story);
    expect(await store.stories.membershipOf(update!.id)).toMatchObject({ storyId: created, manual: true });
    // What the article added goes with it: the old story's page no longer shows it.
    const updatesOf = async (id: string) =>
      (await store.updates.ofStories([id], { limit: 10, notableOnly: false })).map((entry) => entry.articleId);
    expect(await updatesOf(created)).toEqual([update!.id]);
    expect(await updatesOf(story!)).not.toContain(update!.id);

    // A fresh ledger reloads from the store: the constraint must survive a restart.
    ledger = new StoryLedger();
    const follow = join(mkdtempSync(join(tmpdir(), "storyline-edits-")), "follow-up.txt");
    writeFileSync(
      follow,
      `Kim Jong Un And Putin Hold Talks In Russia's Far East\n\nNorth Korean leader Kim Jong Un and Russian President Vladimir Putin held talks on Wednesday in Russia's far east, after Kim arrived by armoured train from Pyongyang. Washington has warned North Korea against supplying arms to Russia for the war in Ukraine, and the Kremlin said the talks covered military cooperation.\n\nPutin showed Kim around a space launch centre, and the two leaders discussed satellites, according to Russian state media.`,
    );
    await ingest({ kind: "file", path: follow });
    const stories = await store.stories.list({ limit: 10, offset: 0 });
    expect(stories.map((entry) => entry.id).sort()).toEqual([story, created].sort());
  });

  it("refuses edits that make no sense", async () => {
    const [story] = await ingest(SEED_000);
    await expect(mergeStoriesByHand(store, ledger, story!, story!, at)).rejects.toThrow(StoryEditError);
    await expect(mergeStoriesByHand(store, ledger, "missing", story!, at)).rejects.toThrow(/no story missing/);
    const [only] = await store.stories.memberArticles(story!);
    await expect(splitStoryByHand(store, ledger, story!, [only!.id], at)).rejects.toThrow(/at least one article/);
  });
});
