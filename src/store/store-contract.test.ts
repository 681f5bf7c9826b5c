// The Store contract, run against both backends: what one promises, the other keeps.
import { expect, it } from "vitest";
import { describeEachBackend } from "../../test/support/store-backends.js";
import type { Article, Subscription, Update } from "../model.js";

const at = (minute: number) => new Date(Date.UTC(2024, 4, 1, 12, minute)).toISOString();

function article(id: string, title: string, overrides: Partial<Article> = {}): Article {
  return {
    id,
    fingerprint: `fp-${id}`,
    url: `https://news.example/${id}`,
    outlet: "Example News",
    title,
    author: null,
    published: at(0),
    section: null,
    language: "en",
    text: `Text of ${title}.`,
    source: `test:${id}`,
    ingestedAt: at(0),
    entities: { people: ["Ada Lovelace", "Alan Turing"], places: ["London"], organisations: [] },
    ...overrides,
  };
}

function subscription(id: string, follows: Subscription["follows"]): Subscription {
  return {
    id,
    target: follows.kind === "story" ? follows.storyId : follows.query,
    follows,
    channel: { kind: "webhook", url: "http://127.0.0.1:9/hook", secret: "whsec_c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0" },
    digestSeconds: 0,
    minGapSeconds: 0,
    unsubscribeToken: `token-${id}-0123456789abcdef`,
    status: "active",
    createdAt: at(0),
  };
}

function update(id: string, storyId: string, articleId: string): Update {
  return {
    id,
    storyId,
    articleId,
    createdAt: at(1),
    headline: "Floods",
    previousHeadline: null,
    newOutlets: ["Example News"],
    newEntities: { people: [], places: ["Valencia"], organisations: [] },
    summary: ["The river rose overnight."],
    novelty: 0.5,
  };
}

const story = (id: string, lastPublished: string | null, state: unknown = { version: 1, id }) => ({
  id,
  headline: `Headline ${id}`,
  createdAt: at(0),
  updatedAt: at(0),
  firstPublished: lastPublished,
  lastPublished,
  state,
});

const reason = { score: 0.9, decision: "assigned", sharedTerms: ["flood"], sharedEntities: ["valencia"] };

describeEachBackend("Store contract", (current) => {
  it("stores an article with its entities in order and finds it by id, fingerprint, URL and title", async () => {
    const store = current();
    await store.articles.insert(article("a1", "Floods In Valencia"));
    const found = await store.articles.byId("a1");
    expect(found?.entities).toEqual({ people: ["Ada Lovelace", "Alan Turing"], places: ["London"], organisations: [] });
    expect((await store.articles.byFingerprint("fp-a1"))?.id).toBe("a1");
    expect((await store.articles.byUrl("https://news.example/a1"))?.id).toBe("a1");
    expect((await store.articles.byTitle("  floods in valencia ")).map((a) => a.id)).toEqual(["a1"]);
    expect(await store.articles.byId("nope")).toBeNull();
    expect(await store.articles.count()).toBe(1);
    await expect(store.articles.insert(article("a2", "Other", { fingerprint: "fp-a1" }))).rejects.toThrow();
  });

  it("keeps a story's clusterer state as given and resolves it through aliases, also chained ones", async () => {
    const store = current();
    const state = { version: 1, centroid: [1, 2.5], nested: { terms: ["flood"] } };
    await store.stories.save(story("s1", at(5), state));
    await store.stories.save(story("s2", at(6)));
    await store.stories.save(story("s3", at(7)));
    expect((await store.stories.resolve("s1"))?.state).toEqual(state);
    // s1 into s2, then s2 into s3: s1 must lead to s3 without walking a chain.
    await store.stories.addAlias("s1", "s2", at(8));
    await store.stories.remove("s1");
    await store.stories.addAlias("s2", "s3", at(9));
    await store.stories.remove("s2");
    expect((await store.stories.resolve("s1"))?.id).toBe("s3");
    expect((await store.stories.resolve("s2"))?.id).toBe("s3");
    expect((await store.stories.aliasesOf("s3")).sort()).toEqual(["s1", "s2"]);
    expect(await store.stories.resolve("missing")).toBeNull();
  });

  it("lists active stories since a time, keeping those of unknown time", async () => {
    const store = current();
    await store.stories.save(story("old", at(1)));
    await store.stories.save(story("new", at(30)));
    await store.stories.save(story("undated", null));
    const active = (await store.stories.active(at(10))).map((s) => s.id).sort();
    expect(active).toEqual(["new", "undated"]);
    expect((await store.stories.active(null)).length).toBe(3);
  });

  it("finds stories by every word of a search, in their articles' titles and names, accents and case aside", async () => {
    const store = current();
    await store.stories.save({ ...story("floods", at(5)), updatedAt: at(5) });
    await store.stories.save({ ...story("summit", at(6)), updatedAt: at(6) });
    await store.articles.insert(
      article("f1", "Floods In Valencia", { entities: { people: [], places: ["Valencia"], organisations: [] } }),
    );
    await store.articles.insert(
      article("s1", "Leaders Meet In Geneva", {
        entities: { people: ["José Ramos-Horta"], places: ["Geneva"], organisations: ["United Nations"] },
      }),
    );
    await store.articles.insert(article("s2", "Summit Ends Without A Deal"));
    await store.stories.addMember({ storyId: "floods", articleId: "f1", joinedAt: at(5), reason, manual: false });
    await store.stories.addMember({ storyId: "summit", articleId: "s1", joinedAt: at(6), reason, manual: false });
    await store.stories.addMember({ storyId: "summit", articleId: "s2", joinedAt: at(6), reason, manual: false });
    const found = async (search: string) =>
      (await store.stories.list({ limit: 10, offset: 0, search })).map((found) => found.id);

    expect(await found("valencia")).toEqual(["floods"]);
    expect(await found("JOSE ramos")).toEqual(["summit"]);
    expect(await found("united nations geneva")).toEqual(["summit"]);
    // Every word, within one article: "deal" and "geneva" are in two different articles.
    expect(await found("deal geneva")).toEqual([]);
    // Words that would be operators to a full-text engine are plain words here.
    expect(await found("floods AND NOT valencia")).toEqual([]);
    expect(await found("in")).toEqual(["summit", "floods"]);
    expect(await found("?!")).toEqual([]);
    // A merge moves the articles, and the search follows them.
    await store.stories.moveMembers("floods", "summit");
    expect(await found("valencia")).toEqual(["summit"]);
  });

  it("counts a name spelled in two cases as one, most named first, shown as first stored", async () => {
    const store = current();
    await store.stories.save(story("s1", at(5)));
    const names = (people: string[]) => ({ entities: { people, places: [], organisations: [] } });
    await store.articles.insert(article("a", "First", names(["Grace Hopper", "NATO"])));
    await store.articles.insert(article("b", "Second", names(["Nato", "Grace Hopper"])));
    await store.articles.insert(article("c", "Third", names(["NATO"])));
    for (const id of ["a", "b", "c"]) {
      await store.stories.addMember({ storyId: "s1", articleId: id, joinedAt: at(6), reason, manual: false });
    }
    expect((await store.stories.detail("s1"))?.entities.people).toEqual(["NATO", "Grace Hopper"]);
  });

  it("derives a story's timeline, outlets, counts and entities from its members", async () => {
    const store = current();
    await store.stories.save(story("s1", at(5)));
    await store.articles.insert(article("late", "Late Report", { published: at(9), outlet: "Second Outlet" }));
    await store.articles.insert(article("early", "Early Report", { published: at(2) }));
    await store.stories.addMember({ storyId: "s1", articleId: "late", joinedAt: at(9), reason, manual: false });
    await store.stories.addMember({ storyId: "s1", articleId: "early", joinedAt: at(3), reason, manual: true });
    const detail = await store.stories.detail("s1");
    expect(detail?.timeline.map((entry) => entry.articleId)).toEqual(["early", "late"]);
    expect(detail?.timeline[0]?.reason).toEqual(reason);
    expect(detail?.outlets).toEqual(["Example News", "Second Outlet"]);
    expect(detail?.articleCount).toBe(2);
    expect(detail?.entities.people).toEqual(["Ada Lovelace", "Alan Turing"]);
    expect((await store.stories.membershipOf("early"))?.manual).toBe(true);
    expect((await store.stories.memberArticles("s1")).map((a) => a.id)).toEqual(["early", "late"]);
    expect((await store.stories.list({ limit: 10, offset: 0 })).map((s) => s.articleCount)).toEqual([2]);

    await store.stories.save(story("s2", at(6)));
    await store.stories.moveMembers("s1", "s2");
    expect((await store.stories.membershipOf("late"))?.storyId).toBe("s2");
    await store.stories.removeMember("late");
    expect(await store.stories.membershipOf("late")).toBeNull();
  });

  it("logs story events in order", async () => {
    const store = current();
    await store.stories.logEvent({ storyId: "s1", kind: "merge", at: at(1), detail: { from: "s0" } });
    await store.stories.logEvent({ storyId: "s1", kind: "split", at: at(2), detail: { articles: ["a"] } });
    expect((await store.stories.events("s1")).map((event) => [event.kind, event.detail])).toEqual([
      ["merge", { from: "s0" }],
      ["split", { articles: ["a"] }],
    ]);
  });

  it("reads and overwrites settings", async () => {
    const store = current();
    expect(await store.settings.get("k")).toBeNull();
    await store.settings.set("k", "1");
    await store.settings.set("k", "2");
    expect(await store.settings.get("k")).toBe("2");
  });

  it("finds the followers of a story through the alias a merge left", async () => {
    const store = current();
    await store.subscriptions.insert(subscription("sub_story", { kind: "story", storyId: "s1" }));
    await store.subscriptions.insert(subscription("sub_query", { kind: "query", query: "floods" }));
    await store.stories.save(story("s2", at(6)));
    await store.stories.addAlias("s1", "s2", at(7));
    expect((await store.subscriptions.followersOf(["s2"])).map((s) => s.id)).toEqual(["sub_story"]);
    expect(await store.subscriptions.followedStories("sub_story")).toEqual(["s2"]);
    expect((await store.subscriptions.activeQueries()).map((s) => s.id)).toEqual(["sub_query"]);
    expect((await store.subscriptions.byUnsubscribeToken("token-sub_query-0123456789abcdef"))?.follows).toEqual({
      kind: "query",
      query: "floods",
    });
    expect(await store.subscriptions.setStatus("sub_story", "unsubscribed", at(8))).toBe(true);
    expect(await store.subscriptions.setStatus("nobody", "unsubscribed", at(8))).toBe(false);
    expect(await store.subscriptions.followersOf(["s2"])).toEqual([]);
    expect((await store.subscriptions.list({ includeInactive: true })).length).toBe(2);
    expect((await store.subscriptions.list({ includeInactive: false })).map((s) => s.id)).toEqual(["sub_query"]);
  });

  it("numbers updates in order, refuses a repeat, and pages them by cursor and story", async () => {
    const store = current();
    await store.articles.insert(article("a1", "One"));
    const first = await store.updates.insert(update("u1", "s1", "a1"), true);
    const second = await store.updates.insert(update("u2", "s2", "a1"), false);
    expect(await store.updates.insert(update("u1", "s1", "a1"), true)).toBeNull();
    expect(first && second && second.seq > first.seq).toBe(true);
    expect(await store.updates.lastSeq()).toBe(second?.seq);
    expect((await store.updates.after(0, { storyIds: null, limit: 10, notableOnly: true })).map((u) => u.id)).toEqual([
      "u1",
    ]);
    expect((await store.updates.after(first?.seq ?? 0, { storyIds: null, limit: 10, notableOnly: false })).length).toBe(
      1,
    );
    await store.stories.save(story("s9", at(1)));
    await store.stories.addAlias("s2", "s9", at(2));
    expect((await store.updates.ofStories(["s9"], { limit: 5, notableOnly: false })).map((u) => u.id)).toEqual(["u2"]);
    expect((await store.updates.latestOf(["s1", "s9"]))?.id).toBe("u2");
    const [read] = await store.updates.byIds(["u1"]);
    expect(read).toMatchObject({ newEntities: { places: ["Valencia"] }, summary: ["The river rose overnight."] });
  });

  it("moves the updates of articles a split moved, and only those", async () => {
    const store = current();
    await store.articles.insert(article("a1", "One"));
    await store.articles.insert(article("a2", "Two"));
    await store.updates.insert(update("u1", "s1", "a1"), true);
    await store.updates.insert(update("u2", "s1", "a2"), true);
    await store.updates.moveArticles(["a2"], "s2");
    await store.updates.moveArticles([], "s3");
    expect((await store.updates.ofStories(["s1"], { limit: 5, notableOnly: false })).map((u) => u.id)).toEqual(["u1"]);
    expect((await store.updates.ofStories(["s2"], { limit: 5, notableOnly: false })).map((u) => u.id)).toEqual(["u2"]);
  });

  it("keeps sentence signatures per scheme", async () => {
    const store = current();
    await store.articles.insert(article("a1", "One"));
    await store.updates.saveSentenceSignatures("a1", "v1", new Uint8Array([1, 2, 255]));
    expect([...((await store.updates.sentenceSignatures(["a1"], "v1")).get("a1") ?? [])]).toEqual([1, 2, 255]);
    expect((await store.updates.sentenceSignatures(["a1"], "v2")).size).toBe(0);
  });

  it("cancels a subscription's pending messages, counts and lists them by status", async () => {
    const store = current();
    await store.subscriptions.insert(subscription("sub_a", { kind: "query", query: "x" }));
    const entry = (deliveryId: string, storyId: string) => ({
      deliveryId,
      subscriptionId: "sub_a",
      storyId,
      updateIds: [`upd-${deliveryId}`],
      nextAttemptAt: at(0),
      createdAt: at(0),
    });
    // One call for a fan-out; a delivery id given twice is written once.
    expect(
      await store.outbox.enqueue([entry("d1", "s1"), entry("d2", "s1"), entry("d3", "s2"), entry("d1", "s1")]),
    ).toBe(3);
    const [first] = await store.outbox.claimDue({ now: at(1), leaseUntil: at(5), workerId: "w", limit: 1 });
    expect(await store.outbox.markDead(first!.id, "w", at(2), "gave up")).toBe(true);
    expect(await store.outbox.nextDueAt()).toBe(at(0));
    expect(await store.outbox.cancelPending("sub_a", at(3), "unsubscribed")).toBe(2);
    expect(await store.outbox.nextDueAt()).toBeNull();
    expect(await store.outbox.countsBySubscription()).toEqual(
      new Map([["sub_a", { pending: 0, delivered: 0, dead: 1, cancelled: 2 }]]),
    );
    expect((await store.outbox.list({ status: "dead", limit: 5 })).map((entry) => entry.lastError)).toEqual([
      "gave up",
    ]);
  });

  it("keeps all of a transaction or none of it", async () => {
    const store = current();
    await expect(
      store.transaction(async (session) => {
        await session.settings.set("inside", "yes");
        await session.articles.insert(article("a1", "One"));
        throw new Error("crash mid-transaction");
      }),
    ).rejects.toThrow("crash mid-transaction");
    expect(await store.settings.get("inside")).toBeNull();
    expect(await store.articles.count()).toBe(0);
    await store.transaction((session) => session.settings.set("inside", "yes"));
    expect(await store.settings.get("inside")).toBe("yes");
  });

  it("runs concurrent transactions one after another", async () => {
    const store = current();
    const increment = () =>
      store.transaction(async (session) => {
        const value = Number((await session.settings.get("counter")) ?? "0");
        await new Promise((resolve) => setTimeout(resolve, 1));
        await session.settings.set("counter", String(value + 1));
      });
    await Promise.all(Array.from({ length: 20 }, increment));
    expect(await store.settings.get("counter")).toBe("20");
  });
});
