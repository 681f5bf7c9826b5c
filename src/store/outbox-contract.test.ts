// Outbox leases, on both backends: the promises several delivery workers rely on.
import { beforeEach, expect, it } from "vitest";
import { describeEachBackend } from "../../test/support/store-backends.js";
import type { Subscription } from "../model.js";

const at = (minute: number) => new Date(Date.UTC(2024, 4, 1, 12, minute)).toISOString();

function subscription(id: string): Subscription {
  return {
    id,
    target: "floods",
    follows: { kind: "query", query: "floods" },
    channel: { kind: "webhook", url: "http://127.0.0.1:9/hook", secret: "whsec_c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0" },
    digestSeconds: 0,
    minGapSeconds: 0,
    unsubscribeToken: `token-${id}-0123456789abcdef`,
    status: "active",
    createdAt: at(0),
  };
}

describeEachBackend("Outbox leases", (current) => {
  beforeEach(async () => {
    await current().subscriptions.insert(subscription("sub_a"));
    await current().subscriptions.insert(subscription("sub_b"));
  });

  const enqueue = (deliveryId: string, subscriptionId: string, storyId: string) =>
    current().outbox.enqueue([
      { deliveryId, subscriptionId, storyId, updateIds: [`upd-${deliveryId}`], nextAttemptAt: at(0), createdAt: at(0) },
    ]);
  const claim = (workerId: string, minute: number) =>
    current().outbox.claimDue({ now: at(minute), leaseUntil: at(minute + 5), workerId, limit: 10 });

  it("never hands a leased row to a second worker, until the lease runs out", async () => {
    const store = current();
    expect(await enqueue("m1", "sub_a", "story-1")).toBe(1);
    expect(await enqueue("m1", "sub_a", "story-1")).toBe(0);
    const [claimed] = await claim("worker-a", 1);
    expect(claimed).toMatchObject({ deliveryId: "m1", attempts: 1, lockedUntil: at(6) });
    expect(await claim("worker-b", 2)).toEqual([]);
    expect(await store.outbox.markDelivered([claimed!.id], "worker-b", at(2))).toBe(0);

    const [reclaimed] = await claim("worker-b", 7);
    expect(reclaimed).toMatchObject({ deliveryId: "m1", attempts: 2 });
    // The first worker's late answer no longer counts; the lease holder's does.
    expect(await store.outbox.markDelivered([claimed!.id], "worker-a", at(8))).toBe(0);
    expect(await store.outbox.markDelivered([claimed!.id], "worker-b", at(8))).toBe(1);
    expect(await claim("worker-c", 20)).toEqual([]);
  });

  it("makes only the oldest pending row of a subscription and story due", async () => {
    const store = current();
    await enqueue("m1", "sub_a", "story-1");
    await enqueue("m2", "sub_a", "story-1");
    await enqueue("m3", "sub_a", "story-2");
    await enqueue("m4", "sub_b", "story-1");
    const first = await claim("worker-a", 1);
    expect(first.map((row) => row.deliveryId)).toEqual(["m1", "m3", "m4"]);
    await store.outbox.reschedule(first[0]!.id, "worker-a", at(30), "HTTP 500");
    expect(await store.outbox.markDelivered([first[1]!.id, first[2]!.id, first[0]!.id], "worker-a", at(1))).toBe(2);
    // m2 was due long ago, but waits behind m1.
    expect(await claim("worker-a", 10)).toEqual([]);
    expect(await store.outbox.nextDueAt()).toBe(at(30));
    const again = await claim("worker-a", 31);
    expect(again.map((row) => row.deliveryId)).toEqual(["m1"]);
    await store.outbox.markDead(again[0]!.id, "worker-a", at(31), "gave up");
    expect((await claim("worker-a", 32)).map((row) => row.deliveryId)).toEqual(["m2"]);
  });

  it("lets a waiting entry take updates only until a worker has tried it", async () => {
    const store = current();
    await enqueue("m1", "sub_a", "story-1");
    await enqueue("m2", "sub_b", "story-1");
    const ids = (await store.outbox.list({ status: "pending", limit: 5 })).map((entry) => entry.id).sort();
    expect((await store.outbox.addToWaiting(ids, "upd-late")).sort()).toEqual(ids);
    const [claimed] = await current().outbox.claimDue({ now: at(1), leaseUntil: at(6), workerId: "w", limit: 1 });
    // The claimed entry is sent as it was taken; only the other one takes the next update.
    expect(await store.outbox.addToWaiting(ids, "upd-later")).toEqual(ids.filter((id) => id !== claimed!.id));
    const byId = new Map((await store.outbox.list({ status: "pending", limit: 5 })).map((entry) => [entry.id, entry]));
    expect(byId.get(claimed!.id)?.updateIds).toEqual([`upd-${claimed!.deliveryId}`, "upd-late"]);
    expect(byId.get(ids.find((id) => id !== claimed!.id)!)?.updateIds).toHaveLength(3);
    expect(await store.outbox.addToWaiting([], "upd-none")).toEqual([]);
  });

  it("finds each subscription's latest message about a story that went out or may", async () => {
    const store = current();
    expect(await store.outbox.latestMessages("story-1", ["sub_a", "sub_b"])).toEqual(new Map());
    await enqueue("m1", "sub_a", "story-1");
    await enqueue("m2", "sub_a", "story-1");
    await enqueue("m3", "sub_a", "story-2");
    await enqueue("m4", "sub_b", "story-1");
    const latest = await store.outbox.latestMessages("story-1", ["sub_a", "sub_b"]);
    expect([...latest].map(([subscription, entry]) => [subscription, entry.deliveryId]).sort()).toEqual([
      ["sub_a", "m2"],
      ["sub_b", "m4"],
    ]);
    expect([...(await store.outbox.latestMessages("story-1", ["sub_b"])).keys()]).toEqual(["sub_b"]);
    // A message that never reached the subscriber does not count.
    expect(await store.outbox.cancelPending("sub_b", at(5), "unsubscribed")).toBe(1);
    expect((await store.outbox.latestMessages("story-1", ["sub_b"])).size).toBe(0);
    const [first] = await claim("worker-a", 3);
    await store.outbox.markDelivered([first!.id], "worker-a", at(4));
    expect((await store.outbox.latestMessages("story-1", ["sub_a"])).get("sub_a")?.deliveryId).toBe("m2");
  });

  it("holds untried entries back, and moves a merged story's entries to the survivor", async () => {
    const store = current();
    await enqueue("m1", "sub_a", "story-1");
    await store.outbox.holdWaiting([{ subscriptionId: "sub_a", storyId: "story-1", notBefore: at(10) }]);
    await store.outbox.holdWaiting([
      { subscriptionId: "sub_a", storyId: "story-1", notBefore: at(5) },
      { subscriptionId: "sub_b", storyId: "story-1", notBefore: at(50) },
    ]);
    await store.outbox.holdWaiting([]);
    expect(await claim("worker-a", 9)).toEqual([]);
    expect(await store.outbox.nextDueAt()).toBe(at(10));
    await store.outbox.moveToStory("story-1", "story-2");
    expect((await store.outbox.latestMessages("story-2", ["sub_a"])).get("sub_a")?.deliveryId).toBe("m1");
    expect((await store.outbox.latestMessages("story-1", ["sub_a"])).size).toBe(0);
    expect((await claim("worker-a", 10)).map((entry) => [entry.deliveryId, entry.storyId])).toEqual([
      ["m1", "story-2"],
    ]);
  });
});
