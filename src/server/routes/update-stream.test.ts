import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FLOOD_1, FLOOD_2, joinStory, makeArticle, QUAKE_1 } from "../../../test/support/notify-fixtures.js";
import { SqliteStore } from "../../store/sqlite/sqlite-store.js";
import { buildServer } from "../build-server.js";

interface StreamEvent {
  id: string;
  event: string;
  data: { article: { title: string }; storyId: string; summary: string[] };
}

/** Reads server-sent events from a live response until `count` have come. */
async function readEvents(response: Response, count: number): Promise<StreamEvent[]> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const events: StreamEvent[] = [];
  let buffer = "";
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end = buffer.indexOf("\n\n");
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const fields = Object.fromEntries(
        block
          .split("\n")
          .filter((line) => !line.startsWith(":"))
          .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 2)]),
      );
      if (fields.data) events.push({ id: fields.id ?? "", event: fields.event ?? "", data: JSON.parse(fields.data) });
      end = buffer.indexOf("\n\n");
    }
  }
  await reader.cancel();
  return events;
}

describe("GET /api/stream", () => {
  let store: SqliteStore;
  let base: string;
  let close: () => Promise<void>;

  beforeEach(async () => {
    store = SqliteStore.open(":memory:");
    await joinStory(store, "flood", FLOOD_1, "2024-05-01T10:00:00.000Z");
    const app = buildServer({ store, stream: { pollMs: 50, heartbeatMs: 10_000 } });
    await app.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    close = async () => {
      // fetch may hold a spare connection open with no request on it, which close() would wait out.
      app.server.closeAllConnections();
      await app.close();
    };
  });
  afterEach(async () => {
    await close();
    await store.close();
  });

  it("streams updates made after the client connected, whoever wrote them", async () => {
    const response = await fetch(`${base}/api/stream`);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const events = readEvents(response, 2);
    await joinStory(store, "flood", FLOOD_2, "2024-05-02T10:00:00.000Z");
    await joinStory(store, "quake", QUAKE_1, "2024-05-02T11:00:00.000Z");
    const received = await events;
    expect(received.map((event) => event.data.article.title)).toEqual([
      "Army sent to Riverton as second dam fails",
      "Earthquake shakes Port Alder",
    ]);
    expect(received.every((event) => event.event === "update")).toBe(true);
  });

  it("resumes after Last-Event-ID, and filters to one story", async () => {
    await joinStory(store, "quake", QUAKE_1, "2024-05-02T09:00:00.000Z");
    await joinStory(store, "flood", FLOOD_2, "2024-05-02T10:00:00.000Z");
    const all = await readEvents(await fetch(`${base}/api/stream?after=0`), 3);
    expect(all.map((event) => event.data.storyId)).toEqual(["flood", "quake", "flood"]);

    const resumed = await readEvents(
      await fetch(`${base}/api/stream`, { headers: { "last-event-id": all[0]?.id ?? "" } }),
      2,
    );
    expect(resumed.map((event) => event.id)).toEqual([all[1]?.id, all[2]?.id]);

    const onlyFlood = readEvents(await fetch(`${base}/api/stream?story=flood&after=${all[2]?.id}`), 1);
    await joinStory(
      store,
      "quake",
      makeArticle(
        "quake-2",
        "Aftershock hits Port Alder",
        ["A strong aftershock of magnitude 5.2 struck Port Alder on Monday, cracking the new harbour wall again."],
        "Coast News",
      ),
      "2024-05-03T09:00:00.000Z",
    );
    await joinStory(
      store,
      "flood",
      makeArticle(
        "flood-9",
        "Riverton reopens schools",
        ["Riverton reopened its schools on Monday as the flood waters finally drained from the town centre."],
        "Valley Herald",
      ),
      "2024-05-03T10:00:00.000Z",
    );
    expect((await onlyFlood).map((event) => event.data.article.title)).toEqual(["Riverton reopens schools"]);
    expect((await fetch(`${base}/api/stream?story=nope`)).status).toBe(404);
  });
});
