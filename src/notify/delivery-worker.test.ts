import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type LoopbackReceiver, startReceiver } from "../../test/support/loopback-receiver.js";
import { FLOOD_1, FLOOD_2, follow, joinStory, makeArticle } from "../../test/support/notify-fixtures.js";
import { SqliteStore } from "../store/sqlite/sqlite-store.js";
import { DeliveryWorker, type DeliveryWorkerOptions } from "./delivery-worker.js";
import { notificationLinks } from "./notification-links.js";
import { unsubscribe } from "./unsubscribe.js";
import type { WebhookPayload } from "./webhook-channel.js";
import { WebhookChannel } from "./webhook-channel.js";

const T0 = Date.parse("2024-05-02T12:00:00.000Z");
const POLICY = { maxAttempts: 3, baseDelayMs: 60_000, maxDelayMs: 3600_000 };

const FLOOD_3 = makeArticle(
  "flood-3",
  "Levee repairs begin in Riverton",
  ["Engineers began repairing the broken levees on Friday, working through the night with floodlights and cranes."],
  "Daily Courier",
);

const FLOOD_4 = makeArticle(
  "flood-4",
  "Riverton schools stay shut",
  ["All twelve schools in the district will stay closed until the water board declares the taps safe again."],
  "Valley Radio",
);

describe("DeliveryWorker", () => {
  let store: SqliteStore;
  let receiver: LoopbackReceiver | null;
  let clock: number;

  const worker = (options: Partial<DeliveryWorkerOptions> = {}) =>
    new DeliveryWorker({
      store,
      channels: { webhook: new WebhookChannel({ timeoutMs: 1000 }) },
      links: notificationLinks("http://storyline.test"),
      now: () => new Date(clock),
      random: () => 0.5,
      retry: POLICY,
      ...options,
    });

  /** A story with one follower of `url`, and one update waiting for it. */
  async function owedOne(url: string, pace: { minGapSeconds?: number } = {}) {
    await joinStory(store, "flood", FLOOD_1, "2024-05-02T10:00:00.000Z");
    const followed = await follow(store, "flood", { kind: "webhook", url }, pace);
    await joinStory(store, "flood", FLOOD_2, "2024-05-02T11:00:00.000Z");
    return followed;
  }

  const bodies = () =>
    (receiver?.requests ?? []).map((request) => JSON.parse(request.body.toString()) as WebhookPayload);

  beforeEach(() => {
    store = SqliteStore.open(":memory:");
    receiver = null;
    clock = T0;
  });
  afterEach(async () => {
    await receiver?.close();
    await store.close();
  });

  it("retries while the receiver is down and delivers exactly once when it is back", async () => {
    const down = await startReceiver();
    await down.close();
    await owedOne(`${down.url}/hook`);

    const first = await worker().drain();
    expect(first.tally).toMatchObject({ claimed: 1, retrying: 1, delivered: 0 });
    // Not due again until the backoff has passed: a second run now sends nothing.
    expect((await worker().runOnce()).claimed).toBe(0);
    expect(first.nextDueAt).toBe(new Date(T0 + 45_000).toISOString());

    receiver = await startReceiver(() => ({ status: 200 }), down.port);
    clock = T0 + 46_000;
    expect((await worker().drain()).tally).toMatchObject({ delivered: 1 });
    clock += 3600_000;
    expect((await worker().drain()).tally.claimed).toBe(0);
    expect(receiver.requests).toHaveLength(1);
    expect(bodies()[0]?.data.updates[0]?.article.title).toBe("Army sent to Riverton as second dam fails");
    expect((await store.outbox.list({ status: null, limit: 5 }))[0]).toMatchObject({
      status: "delivered",
      attempts: 2,
    });
  });

  it("sends the same webhook-id again when a try timed out, so the receiver can drop the repeat", async () => {
    receiver = await startReceiver((_request, index) => ({ status: 200, delayMs: index === 0 ? 1500 : 0 }));
    await owedOne(`${receiver.url}/hook`);
    expect((await worker().drain()).tally.retrying).toBe(1);
    clock += 3600_000;
    expect((await worker().drain()).tally.delivered).toBe(1);
    const ids = receiver.requests.map((request) => request.headers["webhook-id"]);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(ids[1]);
  });

  it("dead-letters after the last attempt, and at once on a 4xx", async () => {
    receiver = await startReceiver(() => ({ status: 503 }));
    await owedOne(`${receiver.url}/hook`);
    for (let attempt = 0; attempt < 5; attempt++) {
      await worker().drain();
      clock += 3600_000;
    }
    expect(receiver.requests).toHaveLength(3);
    const [row] = await store.outbox.list({ status: null, limit: 5 });
    expect(row).toMatchObject({
      status: "dead",
      attempts: 3,
      lastError: expect.stringContaining("gave up after 3 attempts"),
    });

    const rejecting = await startReceiver(() => ({ status: 400 }));
    const other = await follow(store, "flood", { kind: "webhook", url: `${rejecting.url}/hook` });
    await joinStory(store, "flood", FLOOD_3, "2024-05-02T13:00:00.000Z");
    const tally = (await worker().drain()).tally;
    await rejecting.close();
    expect(tally.dead).toBeGreaterThanOrEqual(1);
    expect(rejecting.requests).toHaveLength(1);
    expect((await store.subscriptions.byId(other.subscription.id))?.status).toBe("active");
  });

  it("switches a subscription off on 410 Gone and cancels what it still had waiting", async () => {
    receiver = await startReceiver(() => ({ status: 410 }));
    // A follower of every update, so the second update waits as a message of its own.
    const followed = await owedOne(`${receiver.url}/hook`, { minGapSeconds: 0 });
    await joinStory(store, "flood", FLOOD_3, "2024-05-02T11:30:00.000Z");
    expect((await worker().drain()).tally).toMatchObject({ dead: 1 });
    expect((await store.subscriptions.byId(followed.subscription.id))?.status).toBe("gone");
    expect((await store.outbox.list({ status: null, limit: 5 })).map((row) => row.status).sort()).toEqual([
      "cancelled",
      "dead",
    ]);
    expect(receiver.requests).toHaveLength(1);
  });

  it("sends one story's updates to one subscription in order, holding later ones behind a failing one", async () => {
    receiver = await startReceiver((_request, index) => ({ status: index === 0 ? 500 : 200 }));
    await owedOne(`${receiver.url}/hook`, { minGapSeconds: 0 });
    await joinStory(store, "flood", FLOOD_3, "2024-05-02T11:30:00.000Z");
    expect((await worker().drain()).tally).toMatchObject({ claimed: 1, retrying: 1 });
    clock += 3600_000;
    await worker().drain();
    const titles = bodies().map((body) => body.data.updates[0]?.article.title);
    expect(titles).toEqual([
      "Army sent to Riverton as second dam fails",
      "Army sent to Riverton as second dam fails",
      "Levee repairs begin in Riverton",
    ]);
  });

  it("paces a story's messages: the first at once, those within the gap after it together in the next", async () => {
    receiver = await startReceiver(() => ({ status: 200 }));
    await joinStory(store, "flood", FLOOD_1, "2024-05-02T10:00:00.000Z");
    await follow(store, "flood", { kind: "webhook", url: `${receiver.url}/hook` }, { minGapSeconds: 600 });
    await joinStory(store, "flood", FLOOD_2, "2024-05-02T11:00:00.000Z");
    clock = Date.parse("2024-05-02T11:00:05.000Z");
    expect((await worker().drain()).tally.delivered).toBe(1);
    await joinStory(store, "flood", FLOOD_3, "2024-05-02T11:02:00.000Z");
    await joinStory(store, "flood", FLOOD_4, "2024-05-02T11:04:00.000Z");
    clock = Date.parse("2024-05-02T11:09:00.000Z");
    expect((await worker().drain()).tally.claimed).toBe(0);
    clock = Date.parse("2024-05-02T11:10:06.000Z");
    expect((await worker().drain()).tally.delivered).toBe(1);
    expect(bodies().map((body) => body.data.updates.map((update) => update.article.title))).toEqual([
      ["Army sent to Riverton as second dam fails"],
      ["Levee repairs begin in Riverton", "Riverton schools stay shut"],
    ]);
  });

  it("gives an update a message of its own once a worker has taken the waiting one", async () => {
    receiver = await startReceiver(() => ({ status: 200 }));
    await owedOne(`${receiver.url}/hook`);
    const claimed = await store.outbox.claimDue({
      now: "2024-05-02T11:00:01.000Z",
      leaseUntil: "2024-05-02T11:01:01.000Z",
      workerId: "other-worker",
      limit: 10,
    });
    expect(claimed).toHaveLength(1);
    await joinStory(store, "flood", FLOOD_3, "2024-05-02T11:00:02.000Z");
    // The claimed message goes out as it was taken, under its delivery id; the new update waits behind it.
    const waiting = await store.outbox.list({ status: "pending", limit: 10 });
    const taken = waiting.find((entry) => entry.id === claimed[0]?.id);
    const own = waiting.find((entry) => entry.id !== claimed[0]?.id);
    expect(taken?.updateIds).toEqual(claimed[0]?.updateIds);
    expect(own?.updateIds).toHaveLength(1);
    expect(own?.updateIds).not.toEqual(taken?.updateIds);
  });

  it("keeps the gap after a message that went out late, after retries", async () => {
    receiver = await startReceiver((_request, index) => ({ status: index === 0 ? 503 : 200 }));
    await owedOne(`${receiver.url}/hook`, { minGapSeconds: 600 });
    clock = Date.parse("2024-05-02T11:00:05.000Z");
    expect((await worker().drain()).tally.retrying).toBe(1);
    await joinStory(store, "flood", FLOOD_3, "2024-05-02T11:00:30.000Z");
    // The receiver was down for half an hour: the first message goes out then, and the next keeps its distance.
    clock = Date.parse("2024-05-02T11:30:00.000Z");
    expect((await worker().drain()).tally.delivered).toBe(1);
    expect(await store.outbox.nextDueAt()).toBe("2024-05-02T11:40:00.000Z");
    clock = Date.parse("2024-05-02T11:40:00.000Z");
    expect((await worker().drain()).tally.delivered).toBe(1);
    expect(bodies().map((body) => body.data.updates.map((update) => update.article.title))).toEqual([
      ["Army sent to Riverton as second dam fails"],
      ["Army sent to Riverton as second dam fails"],
      ["Levee repairs begin in Riverton"],
    ]);
  });

  it("sends a digest's batched updates as one message, not before its time", async () => {
    receiver = await startReceiver(() => ({ status: 200 }));
    await joinStory(store, "flood", FLOOD_1, "2024-05-02T10:00:00.000Z");
    await follow(store, "flood", { kind: "webhook", url: `${receiver.url}/hook` }, { digestSeconds: 3600 });
    await joinStory(store, "flood", FLOOD_2, "2024-05-02T11:00:00.000Z");
    await joinStory(store, "flood", FLOOD_3, "2024-05-02T11:20:00.000Z");
    clock = Date.parse("2024-05-02T11:59:00.000Z");
    expect((await worker().drain()).tally.claimed).toBe(0);
    clock = Date.parse("2024-05-02T12:00:01.000Z");
    expect((await worker().drain()).tally.delivered).toBe(1);
    expect(bodies()[0]?.data.updates.map((update) => update.article.title)).toEqual([
      "Army sent to Riverton as second dam fails",
      "Levee repairs begin in Riverton",
    ]);
  });

  it("sends nothing to a subscription that unsubscribed before delivery", async () => {
    receiver = await startReceiver(() => ({ status: 200 }));
    const followed = await owedOne(`${receiver.url}/hook`);
    expect((await unsubscribe(store, followed.subscription.id, new Date(clock))).cancelled).toBe(1);
    expect((await worker().drain()).tally.claimed).toBe(0);
    expect(receiver.requests).toHaveLength(0);
  });

  it("delivers, once, what a worker claimed and then died holding, after its lease runs out", async () => {
    receiver = await startReceiver(() => ({ status: 200 }));
    await owedOne(`${receiver.url}/hook`);
    // A worker leases the row and is killed before it sends or records anything.
    await store.transaction((session) =>
      session.outbox.claimDue({
        now: new Date(clock).toISOString(),
        leaseUntil: new Date(clock + 120_000).toISOString(),
        workerId: "dead-worker",
        limit: 10,
      }),
    );
    expect((await worker().drain()).tally.claimed).toBe(0);
    clock += 121_000;
    expect((await worker().drain()).tally.delivered).toBe(1);
    expect(receiver.requests).toHaveLength(1);
  });

  it("delivers after a restart what was committed with the article but never sent", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "storyline-outbox-")), "storyline.db");
    receiver = await startReceiver(() => ({ status: 200 }));
    await store.close();
    store = SqliteStore.open(path);
    await owedOne(`${receiver.url}/hook`);
    await store.close();

    store = SqliteStore.open(path);
    expect((await worker().drain()).tally.delivered).toBe(1);
    expect((await worker().drain()).tally.claimed).toBe(0);
    expect(receiver.requests).toHaveLength(1);
  });
});
