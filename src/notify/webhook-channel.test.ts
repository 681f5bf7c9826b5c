import { afterEach, describe, expect, it } from "vitest";
import { type LoopbackReceiver, startReceiver } from "../../test/support/loopback-receiver.js";
import { sampleDelivery } from "../../test/support/notify-fixtures.js";
import { newWebhookSecret } from "./follow-request.js";
import { WebhookChannel, type WebhookPayload } from "./webhook-channel.js";
import { verifyWebhook } from "./webhook-signature.js";

describe("WebhookChannel", () => {
  let receiver: LoopbackReceiver | null = null;
  afterEach(async () => {
    await receiver?.close();
    receiver = null;
  });

  it("POSTs the update as JSON with Standard Webhooks headers the receiver can verify", async () => {
    receiver = await startReceiver();
    const secret = newWebhookSecret();
    const delivery = sampleDelivery({ kind: "webhook", url: `${receiver.url}/hook`, secret });
    expect(await new WebhookChannel().send(delivery)).toEqual({ outcome: "delivered" });

    const [request] = receiver.requests;
    expect(request?.method).toBe("POST");
    expect(request?.path).toBe("/hook");
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(request?.headers["webhook-id"]).toBe("msg_sample1");
    const body = request?.body.toString("utf8") ?? "";
    const headers = {
      id: String(request?.headers["webhook-id"]),
      timestamp: String(request?.headers["webhook-timestamp"]),
      signature: String(request?.headers["webhook-signature"]),
    };
    expect(verifyWebhook(secret, headers, body)).toBe(true);
    const payload = JSON.parse(body) as WebhookPayload;
    expect(payload.type).toBe("story.updated");
    expect(payload.data.story).toMatchObject({ id: "story-flood", headline: "Flood waters rise in Riverton" });
    expect(payload.data.updates[0]).toMatchObject({
      article: { title: "Army sent to Riverton as second dam fails", outlet: "Daily Courier" },
      newOutlets: ["Daily Courier"],
      headlineChanged: false,
    });
    expect(payload.data.links.unsubscribe).toContain("/unsubscribe/");
  });

  it("reads the receiver's answer: 410 gone, 500 retry, 400 dead letter, a redirect not followed", async () => {
    const statuses = [410, 500, 400, 302];
    receiver = await startReceiver((_request, index) => ({
      status: statuses[index] ?? 200,
      ...(statuses[index] === 302 ? { headers: { location: "http://127.0.0.1:1/elsewhere" } } : {}),
    }));
    const channel = new WebhookChannel();
    const delivery = sampleDelivery({ kind: "webhook", url: `${receiver.url}/hook`, secret: newWebhookSecret() });
    const outcomes = [];
    for (const _ of statuses) outcomes.push((await channel.send(delivery)).outcome);
    expect(outcomes).toEqual(["gone", "retry", "failed", "failed"]);
    // The redirect's target was never asked.
    expect(receiver.requests).toHaveLength(4);
  });

  it("gives up on a receiver that does not answer in time, to retry later", async () => {
    receiver = await startReceiver(() => ({ status: 200, delayMs: 2000 }));
    const delivery = sampleDelivery({ kind: "webhook", url: `${receiver.url}/hook`, secret: newWebhookSecret() });
    const result = await new WebhookChannel({ timeoutMs: 200 }).send(delivery);
    expect(result).toMatchObject({ outcome: "retry", error: expect.stringContaining("200 ms") });
  });

  it("retries when nothing listens", async () => {
    const closed = await startReceiver();
    const url = `${closed.url}/hook`;
    await closed.close();
    const result = await new WebhookChannel().send(
      sampleDelivery({ kind: "webhook", url, secret: newWebhookSecret() }),
    );
    expect(result).toMatchObject({ outcome: "retry", error: expect.stringContaining("ECONNREFUSED") });
  });
});
