import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CHILE_QUAKE, INTERLEAVED, PERU_QUAKE, type Report } from "../cluster/fixtures/look-alike-quakes.js";
import { storyStateSchema } from "../cluster/story-state.js";
import { recordUpdateAndEnqueue } from "../notify/follow-hook.js";
import { SqliteStore } from "../store/sqlite/sqlite-store.js";
import type { Store, StoreSession } from "../store/store.js";
import type { DocumentSource } from "./document-sources.js";
import { type IngestOutcome, ingestDocuments } from "./ingest-documents.js";
import { StoryLedger } from "./story-ledger.js";

/** Three reports of our own: two about one closure of the Rhine, one about another river, alike in its words. */
const RHINE_CLOSED = `Floods Close Rhine Shipping Near Cologne

Shipping on the Rhine near Cologne was halted on Wednesday after days of heavy rain pushed the river above the
level at which barges may pass, the waterways authority said.

The authority expects the water to fall by the weekend. Barge operators said the closure would delay coal and grain
deliveries to inland ports, and the city of Cologne opened flood barriers along its old town embankment.`;

const DANUBE_CLOSED = `Low Water Stops Danube Barges at Vienna

Barges on the Danube were stopped at Vienna on Monday because a long drought left the river too shallow for loaded
vessels, the Austrian waterways operator Viadonau said.

Operators moved part of their grain cargo to rail. The operator said the river would stay closed to heavy barges
until rain in the Bavarian catchment raised the level.`;

const RHINE_REOPENED = `Rhine Reopens to Barges at Cologne as Flood Recedes

Barges resumed sailing on the Rhine near Cologne on Saturday after the river fell back below the flood mark, the
waterways authority said, ending a closure that began on Wednesday after heavy rain.

Coal and grain shipments delayed by the closure would reach inland ports next week, barge operators said. Cologne
began taking down the flood barriers on its old town embankment.`;

describe("story ledger readers", () => {
  let store: SqliteStore;
  let folder: string;

  beforeEach(() => {
    store = SqliteStore.open(":memory:");
    folder = mkdtempSync(join(tmpdir(), "storyline-ledger-"));
  });

  function report(name: string, text: string): DocumentSource {
    const path = join(folder, `${name}.txt`);
    writeFileSync(path, text);
    return { kind: "file", path };
  }
  afterEach(async () => store.close());

  async function ingest(
    ledger: StoryLedger,
    sources: DocumentSource[],
    target: Store = store,
  ): Promise<IngestOutcome[]> {
    const outcomes: IngestOutcome[] = [];
    const options = { store: target, ledger, onJoined: recordUpdateAndEnqueue };
    for await (const outcome of ingestDocuments(sources, options)) outcomes.push(outcome);
    return outcomes;
  }

  function storyIds(outcomes: readonly IngestOutcome[]): string[] {
    return outcomes.map((outcome) => {
      if (outcome.status !== "added") throw new Error(`${outcome.source}: ${outcome.status}`);
      return outcome.storyId;
    });
  }

  it("sees, on refresh, the stories another writer stored, without a write transaction", async () => {
    const [rhine, danube] = storyIds(
      await ingest(new StoryLedger(), [report("rhine", RHINE_CLOSED), report("danube", DANUBE_CLOSED)]),
    );
    expect(danube).not.toBe(rhine);
    const reader = new StoryLedger();
    expect(reader.relatedStories(danube!, 5)).toEqual([]);

    let transactions = 0;
    const counting = new Proxy(store, {
      get(target, property, receiver) {
        if (property === "transaction") transactions++;
        return Reflect.get(target, property, receiver);
      },
    });
    await reader.refresh(counting);
    expect(reader.relatedStories(danube!, 5).map((entry) => entry.storyId)).toEqual([rhine]);
    expect(transactions).toBe(0);
  });

  /** The store with every call inside a write transaction yielding to the event loop first, as a network database does. */
  function withSlowTransactions(target: SqliteStore): Store {
    const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
    const slowRepository = <T extends object>(repository: T): T =>
      new Proxy(repository, {
        get(object, property, receiver) {
          const value: unknown = Reflect.get(object, property, receiver);
          if (typeof value !== "function") return value;
          return async (...args: unknown[]) => {
            await nextTurn();
            return value.apply(object, args);
          };
        },
      });
    const slowSession = (session: StoreSession): StoreSession =>
      new Proxy(session, { get: (object, property) => slowRepository(Reflect.get(object, property) as object) });
    return new Proxy(target, {
      get(object, property, receiver) {
        if (property !== "transaction") return Reflect.get(object, property, receiver);
        return <T>(work: (session: StoreSession) => Promise<T>) =>
          object.transaction((session) => work(slowSession(session)));
      },
    });
  }

  it("keeps a writer's stories in memory when a reader refreshes in the middle of the write", async () => {
    const ledger = new StoryLedger();
    const slowStore = withSlowTransactions(store);
    let writing = true;
    const refreshes = (async () => {
      let count = 0;
      while (writing) {
        await ledger.refresh(store);
        count++;
        await new Promise((resolve) => setImmediate(resolve));
      }
      return count;
    })();
    const outcomes = await ingest(
      ledger,
      [report("rhine", RHINE_CLOSED), report("danube", DANUBE_CLOSED), report("reopened", RHINE_REOPENED)],
      slowStore,
    );
    writing = false;
    expect(await refreshes).toBeGreaterThan(0);
    const [rhine, danube, reopened] = storyIds(outcomes);
    expect(reopened).toBe(rhine);
    expect(danube).not.toBe(rhine);
    expect((await store.stories.memberArticles(rhine!)).length).toBe(2);
  });

  it("stores an automatic split: the moved article's membership goes to the new story, and the split is logged", async () => {
    const outcomes = await ingest(
      new StoryLedger(),
      INTERLEAVED.slice(0, 4).map((quake) => report(quake.id, `${quake.title}\n\n${quake.text}`)),
    );
    const [chileFirst, peruFirst, chileSecond, peruSecond] = outcomes.map((outcome) => {
      if (outcome.status !== "added") throw new Error(`${outcome.source}: ${outcome.status}`);
      return outcome;
    });
    // The first Peru report joined the Chile story; the second one's arrival split it out.
    expect(peruFirst?.storyId).toBe(chileFirst?.storyId);
    expect(peruSecond?.storyId).not.toBe(chileFirst?.storyId);
    // The story the split opened is new, and the article that set it off is counted in it once.
    expect(peruSecond).toMatchObject({ newStory: true, splitOff: [] });
    expect(outcomes.map((outcome) => outcome.status === "added" && outcome.newStory)).toEqual([
      true,
      false,
      false,
      true,
    ]);
    const moved = await store.stories.membershipOf(peruFirst?.articleId ?? "");
    expect(moved).toMatchObject({ storyId: peruSecond?.storyId, manual: false });
    expect((await store.stories.membershipOf(chileSecond?.articleId ?? ""))?.storyId).toBe(chileFirst?.storyId);
    const events = await store.stories.events(chileFirst?.storyId ?? "");
    expect(events).toMatchObject([
      { kind: "split", detail: { into: peruSecond?.storyId, articles: [peruFirst?.articleId], automatic: true } },
    ]);
    // What the moved report added moved with it.
    const updates = await store.updates.ofStories([peruSecond?.storyId ?? ""], { limit: 10, notableOnly: false });
    expect(updates.map((entry) => entry.articleId).sort()).toEqual(
      [peruFirst?.articleId, peruSecond?.articleId].sort(),
    );
    const saved = await store.stories.resolve(peruSecond?.storyId ?? "");
    expect(storyStateSchema.parse(saved?.state).articleCount).toBe(2);
  });

  it("names the story a split opened when the article that set it off stays where it was", async () => {
    const quakes = [CHILE_QUAKE[0], PERU_QUAKE[0], PERU_QUAKE[1], CHILE_QUAKE[1]] as Report[];
    const outcomes = await ingest(
      new StoryLedger(),
      quakes.map((quake) => report(quake.id, `${quake.title}\n\n${quake.text}`)),
    );
    const added = outcomes.map((outcome) => {
      if (outcome.status !== "added") throw new Error(`${outcome.source}: ${outcome.status}`);
      return outcome;
    });
    const peruStory = (await store.stories.membershipOf(added[1]?.articleId ?? ""))?.storyId;
    expect(peruStory).not.toBe(added[0]?.storyId);
    expect(added[3]).toMatchObject({ storyId: added[0]?.storyId, newStory: false, splitOff: [peruStory] });
  });
});
