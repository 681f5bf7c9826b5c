// Scale-out acceptance: separate CLI processes sharing one PostgreSQL database, as several workers would.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type LoopbackReceiver, startReceiver } from "../support/loopback-receiver.js";
import { SEED_000, SEED_001, storyline } from "../support/run-cli.js";
import { createPostgresDatabase, POSTGRES_ADMIN_URL, POSTGRES_SKIP_REASON } from "../support/store-backends.js";

const FIRST_HEADLINE = "Us Says North Korea Set For Arms Talk With Russia";

describe.skipIf(POSTGRES_ADMIN_URL === null)(
  `storyline workers on one PostgreSQL database${POSTGRES_ADMIN_URL === null ? ` (skipped: ${POSTGRES_SKIP_REASON})` : ""}`,
  () => {
    let env: Record<string, string>;
    let drop: () => Promise<void>;
    let receiver: LoopbackReceiver;
    beforeEach(async () => {
      const database = await createPostgresDatabase();
      env = { STORYLINE_DATABASE_URL: database.url };
      drop = database.drop;
      receiver = await startReceiver(() => ({ status: 204 }));
    });
    afterEach(async () => {
      await receiver.close();
      await drop();
    });

    it("puts the seeds into one story when two ingest processes take one each at the same time", async () => {
      const [first, second] = await Promise.all([
        storyline(["ingest", SEED_000], env),
        storyline(["ingest", SEED_001], env),
      ]);
      expect(first.code, first.stderr).toBe(0);
      expect(second.code, second.stderr).toBe(0);
      const stories = JSON.parse((await storyline(["stories", "--json"], env)).stdout) as { articleCount: number }[];
      expect(stories.map((story) => story.articleCount)).toEqual([2]);
      const again = await Promise.all([
        storyline(["ingest", SEED_000, SEED_001], env),
        storyline(["ingest", SEED_001], env),
      ]);
      expect(again.map((run) => run.stdout.match(/(\d+) added/)?.[1])).toEqual(["0", "0"]);
    });

    it("notifies a follower once: follow, ingest and deliver each in its own process", async () => {
      expect((await storyline(["ingest", SEED_000], env)).code).toBe(0);
      const followed = await storyline(["follow", FIRST_HEADLINE, "--webhook", `${receiver.url}/hook`], env);
      expect(followed.code, followed.stderr).toBe(0);
      expect((await storyline(["ingest", SEED_001], env)).stdout).toMatch(/1 added \(0 new stories\)/);
      // Two delivery workers drain the outbox at once: the message goes out once.
      const delivered = await Promise.all([
        storyline(["deliver", "--once"], env),
        storyline(["deliver", "--once"], env),
      ]);
      for (const run of delivered) expect(run.code, run.stderr).toBe(0);
      expect(receiver.requests).toHaveLength(1);
      const payload = JSON.parse(receiver.requests[0]!.body.toString("utf8"));
      expect(payload.data.updates[0].article.title).toBe(
        "North Korean Leader Kim Jong Un Arrives In Russia For Talks With Putin",
      );
    });
  },
);
