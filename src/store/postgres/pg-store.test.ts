// PostgreSQL as the scale-out store: several processes (here, several pools) on one database.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  createPostgresDatabase,
  POSTGRES_ADMIN_URL,
  POSTGRES_SKIP_REASON,
} from "../../../test/support/store-backends.js";
import { PostgresStore, redactPassword } from "./pg-store.js";

describe("redactPassword", () => {
  it("hides the password of a connection URL and keeps the rest", () => {
    expect(redactPassword("postgres://app:s3cret@db.internal:5432/news")).toBe(
      "postgres://app:***@db.internal:5432/news",
    );
    expect(redactPassword("not a url")).toBe("(unparseable URL)");
  });
});

describe("PostgresStore.open", () => {
  it("fails with the address and the server's reason when nothing listens", async () => {
    await expect(PostgresStore.open("postgres://app:s3cret@127.0.0.1:1/news")).rejects.toThrow(
      /cannot open the PostgreSQL database at postgres:\/\/app:\*\*\*@127\.0\.0\.1:1\/news: .*ECONNREFUSED/,
    );
  });
});

describe.skipIf(POSTGRES_ADMIN_URL === null)(
  `PostgresStore shared by several workers${POSTGRES_ADMIN_URL === null ? ` (skipped: ${POSTGRES_SKIP_REASON})` : ""}`,
  () => {
    let url: string;
    let drop: () => Promise<void>;
    let stores: PostgresStore[];
    beforeEach(async () => {
      ({ url, drop } = await createPostgresDatabase());
      // Three workers start at once on an empty database: the migrations must run exactly once.
      stores = await Promise.all([PostgresStore.open(url), PostgresStore.open(url), PostgresStore.open(url)]);
    });
    afterEach(async () => {
      await Promise.all(stores.map((store) => store.close()));
      await drop();
    });

    it("hands every due outbox row to exactly one of the workers claiming at once", async () => {
      const [first] = stores;
      await first!.subscriptions.insert({
        id: "sub",
        target: "x",
        follows: { kind: "query", query: "x" },
        channel: { kind: "feed" },
        digestSeconds: 0,
        minGapSeconds: 0,
        unsubscribeToken: "token-sub-0123456789abcdef",
        status: "active",
        createdAt: "2024-05-01T00:00:00.000Z",
      });
      // One row per story, so all 60 are due at once.
      const written = await first!.outbox.enqueue(
        Array.from({ length: 60 }, (_, index) => ({
          deliveryId: `d${index}`,
          subscriptionId: "sub",
          storyId: `story-${index}`,
          updateIds: [`u${index}`],
          nextAttemptAt: "2024-05-01T00:00:00.000Z",
          createdAt: "2024-05-01T00:00:00.000Z",
        })),
      );
      expect(written).toBe(60);
      const rounds = await Promise.all(
        stores.flatMap((store, worker) =>
          [0, 1, 2, 3].map(() =>
            store.outbox.claimDue({
              now: "2024-05-01T00:01:00.000Z",
              leaseUntil: "2024-05-01T00:05:00.000Z",
              workerId: `w${worker}`,
              limit: 7,
            }),
          ),
        ),
      );
      const claimed = rounds.flat().map((entry) => entry.deliveryId);
      expect(new Set(claimed).size).toBe(claimed.length);
      expect(claimed.length).toBe(60);
    });

    it("serialises write transactions across workers, so read-modify-write never loses a step", async () => {
      const increments = stores.flatMap((store) =>
        Array.from({ length: 10 }, () =>
          store.transaction(async (session) => {
            const value = Number((await session.settings.get("cluster.version")) ?? "0");
            await session.settings.set("cluster.version", String(value + 1));
          }),
        ),
      );
      await Promise.all(increments);
      expect(await stores[0]!.settings.get("cluster.version")).toBe("30");
    });
  },
);
