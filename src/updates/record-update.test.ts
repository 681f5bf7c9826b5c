import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FLOOD_1, FLOOD_2, FLOOD_WIRE_COPY, type MadeArticle } from "../../test/support/notify-fixtures.js";
import { SqliteStore } from "../store/sqlite/sqlite-store.js";
import type { StoreSession } from "../store/store.js";
import { UpdateRecorder } from "./record-update.js";

/** Stores the article as a member of the story and records its update, as the ingest hook does. */
async function join(session: StoreSession, recorder: UpdateRecorder, made: MadeArticle, at: string) {
  await session.articles.insert(made.article);
  const earlierArticles = await session.stories.memberArticles("flood");
  await session.stories.addMember({
    storyId: "flood",
    articleId: made.article.id,
    joinedAt: at,
    reason: { score: 1, decision: "assigned", sharedTerms: [], sharedEntities: [] },
    manual: false,
  });
  return recorder.record(session, {
    article: made.article,
    analysis: made.analysis,
    assignment: { storyId: "flood", isNewStory: earlierArticles.length === 0, headline: "Riverton floods" },
    earlierArticles,
    at,
  });
}

describe("UpdateRecorder", () => {
  let store: SqliteStore;
  beforeEach(() => {
    store = SqliteStore.open(":memory:");
  });
  afterEach(async () => store.close());

  it("gives the same update from remembered holdings as from a fresh read of the store", async () => {
    const remembering = new UpdateRecorder();
    await store.transaction((session) => join(session, remembering, FLOOD_1, "2024-05-01T10:00:00.000Z"));
    await store.transaction((session) => join(session, remembering, FLOOD_2, "2024-05-02T10:00:00.000Z"));
    const fresh = await store
      .transaction(async (session) => {
        const result = await join(session, new UpdateRecorder(), FLOOD_WIRE_COPY, "2024-05-03T10:00:00.000Z");
        throw Object.assign(new Error("roll back"), { result });
      })
      .catch((error: { result: unknown }) => error.result);
    const remembered = await store.transaction((session) =>
      join(session, remembering, FLOOD_WIRE_COPY, "2024-05-03T10:00:00.000Z"),
    );
    expect(remembered).toEqual({ ...(fresh as object), seq: remembered?.seq });
    expect(remembered?.newOutlets).toEqual(["Wire Service"]);
    expect(remembered?.notable).toBe(false);
  });

  it("forgets an article whose transaction rolled back", async () => {
    const recorder = new UpdateRecorder();
    await store.transaction((session) => join(session, recorder, FLOOD_1, "2024-05-01T10:00:00.000Z"));
    await expect(
      store.transaction(async (session) => {
        await join(session, recorder, FLOOD_2, "2024-05-02T10:00:00.000Z");
        throw new Error("the clusterer failed");
      }),
    ).rejects.toThrow(/clusterer/);
    // FLOOD_2 never joined: stored again, its sentences are new, not held from the rolled-back try.
    const update = await store.transaction((session) => join(session, recorder, FLOOD_2, "2024-05-02T11:00:00.000Z"));
    expect(update?.newOutlets).toEqual(["Daily Courier"]);
    expect(update?.novelty).toBeGreaterThan(0.5);
  });
});
