import { createHmac, timingSafeEqual } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type LoopbackReceiver, type ReceivedRequest, startReceiver } from "../support/loopback-receiver.js";
import { SEED_000, SEED_001, storyline } from "../support/run-cli.js";

const FIRST_HEADLINE = "Us Says North Korea Set For Arms Talk With Russia";
const NEW_HEADLINE = "North Korean Leader Kim Jong Un Arrives In Russia For Talks With Putin";

/** Checked as any receiver following the Standard Webhooks spec would, without Storyline's code. */
function signatureVerifies(request: ReceivedRequest, secret: string): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const signed = `${request.headers["webhook-id"]}.${request.headers["webhook-timestamp"]}.${request.body.toString("utf8")}`;
  const expected = createHmac("sha256", key).update(signed).digest();
  return String(request.headers["webhook-signature"])
    .split(" ")
    .some((candidate) => {
      const given = Buffer.from(candidate.replace(/^v1,/, ""), "base64");
      return candidate.startsWith("v1,") && given.length === expected.length && timingSafeEqual(given, expected);
    });
}

interface Followed {
  id: string;
  secret: string;
  story: { id: string; headline: string };
}

describe("storyline follow … --webhook, then deliver", () => {
  let data: string;
  let receiver: LoopbackReceiver;
  beforeEach(async () => {
    data = mkdtempSync(join(tmpdir(), "storyline-follow-"));
    receiver = await startReceiver(() => ({ status: 204 }));
  });
  afterEach(async () => receiver.close());

  async function followFirstSeed(): Promise<Followed> {
    expect((await storyline(["--data", data, "ingest", SEED_000])).stdout).toMatch(/1 added \(1 new story\)/);
    const followed = await storyline(["--data", data, "follow", FIRST_HEADLINE, "--webhook", `${receiver.url}/hook`]);
    expect(followed.code, followed.stderr).toBe(0);
    return JSON.parse(followed.stdout) as Followed;
  }

  it("POSTs exactly one signed update naming the story, the new headline, its outlet and what is new", async () => {
    const followed = await followFirstSeed();
    expect(followed.secret).toMatch(/^whsec_/);
    expect(followed.story.headline).toBe(FIRST_HEADLINE);

    expect((await storyline(["--data", data, "ingest", SEED_001])).stdout).toMatch(/1 added \(0 new stories\)/);
    expect(receiver.requests).toHaveLength(0);
    // A new process, as after a restart: the message was committed with the article.
    const delivered = await storyline(["--data", data, "deliver", "--once"]);
    expect(delivered.code, delivered.stderr).toBe(0);
    expect(delivered.stdout).toContain("delivered 1,");
    expect(delivered.stdout).toContain("the outbox is empty");

    expect(receiver.requests).toHaveLength(1);
    const [request] = receiver.requests as [ReceivedRequest];
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/hook");
    expect(signatureVerifies(request, followed.secret)).toBe(true);
    const payload = JSON.parse(request.body.toString("utf8"));
    expect(payload.type).toBe("story.updated");
    expect(payload.data.subscriptionId).toBe(followed.id);
    expect(payload.data.story.id).toBe(followed.story.id);
    const [update] = payload.data.updates;
    expect(payload.data.updates).toHaveLength(1);
    expect(update.article.title).toBe(NEW_HEADLINE);
    expect(update.article.outlet).toBe("Eko Hot Blog");
    expect(update.newOutlets).toContain("Eko Hot Blog");
    const summary: string[] = update.summary;
    expect(summary.length).toBeGreaterThanOrEqual(3);
    expect(summary.length).toBeLessThanOrEqual(4);
    expect(summary.some((sentence) => /arrived in Russia/.test(sentence))).toBe(true);
    expect(summary.some((sentence) => /Pyongyang/.test(sentence) && /train/.test(sentence))).toBe(true);
    expect(summary.some((sentence) => /first since/.test(sentence) && /2019/.test(sentence))).toBe(true);

    // The same article again is already known: nothing new, nothing sent.
    expect((await storyline(["--data", data, "ingest", SEED_001])).stdout).toMatch(/0 added .* 1 already known/);
    expect((await storyline(["--data", data, "deliver", "--once"])).stdout).toContain("delivered 0,");
    expect(receiver.requests).toHaveLength(1);

    const listed = await storyline(["--data", data, "subscriptions", "--json"]);
    const [row] = JSON.parse(listed.stdout);
    expect(row).toMatchObject({ id: followed.id, status: "active", messages: { delivered: 1, pending: 0 } });
    expect(listed.stdout).not.toContain(followed.secret);
  });

  it("stops --once when only retries for later are left, saying when, and sends nothing after unfollow", async () => {
    const followed = await followFirstSeed();
    await receiver.close();
    await storyline(["--data", data, "ingest", SEED_001]);
    const down = await storyline(["--data", data, "deliver", "--once"]);
    expect(down.code).toBe(0);
    expect(down.stdout).toContain("retrying 1,");
    expect(down.stdout).toMatch(/1 message waiting, the next at \d{4}-\d\d-\d\dT/);
    expect(down.stderr).toContain("ECONNREFUSED");

    const unfollowed = await storyline(["--data", data, "unfollow", followed.id]);
    expect(unfollowed.stdout).toContain("1 waiting message cancelled");
    expect((await storyline(["--data", data, "deliver", "--once"])).stdout).toContain("the outbox is empty");
    expect((await storyline(["--data", data, "unfollow", "sub_nope"])).code).toBe(1);
    receiver = await startReceiver();
  });

  it("has --help on the follow commands", async () => {
    for (const command of ["follow", "subscriptions", "unfollow", "deliver"]) {
      const help = await storyline([command, "--help"]);
      expect(help.code, command).toBe(0);
      expect(help.stdout).toContain(`Usage: storyline ${command}`);
    }
  });
});
