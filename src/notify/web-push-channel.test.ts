import { createDecipheriv, createECDH, createPublicKey, hkdfSync, randomBytes, verify } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import webpush from "web-push";
import { type LoopbackReceiver, startReceiver } from "../../test/support/loopback-receiver.js";
import { sampleDelivery } from "../../test/support/notify-fixtures.js";
import { type PushPayload, pushPayload, WebPushChannel } from "./web-push-channel.js";

/** What a browser holds: the key pair and auth secret it gave the server in its PushSubscription. */
function browserKeys() {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  const auth = randomBytes(16);
  return { ecdh, auth, keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: auth.toString("base64url") } };
}

/** RFC 8291 decryption, as the browser does it, written from the RFC independently of the sender. */
function decrypt(body: Buffer, browser: ReturnType<typeof browserKeys>): string {
  const salt = body.subarray(0, 16);
  const keyIdLength = body.readUInt8(20);
  const serverPublicKey = body.subarray(21, 21 + keyIdLength);
  const ciphertext = body.subarray(21 + keyIdLength);
  const shared = browser.ecdh.computeSecret(serverPublicKey);
  const keyInfo = Buffer.concat([Buffer.from("WebPush: info\0"), browser.ecdh.getPublicKey(), serverPublicKey]);
  const ikm = Buffer.from(hkdfSync("sha256", shared, browser.auth, keyInfo, 32));
  const cek = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: aes128gcm\0"), 16));
  const nonce = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: nonce\0"), 12));
  const decipher = createDecipheriv("aes-128-gcm", cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const padded = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - 16)), decipher.final()]);
  // The last record ends with the delimiter 0x02 and zero padding.
  return padded.subarray(0, padded.lastIndexOf(2)).toString("utf8");
}

function verifyVapidJwt(token: string, publicKey: string): { aud: string; sub: string; exp: number } {
  const [header, claims, signature] = token.split(".") as [string, string, string];
  const point = Buffer.from(publicKey, "base64url");
  const key = createPublicKey({
    key: {
      kty: "EC",
      crv: "P-256",
      x: point.subarray(1, 33).toString("base64url"),
      y: point.subarray(33).toString("base64url"),
    },
    format: "jwk",
  });
  const valid = verify(
    "sha256",
    Buffer.from(`${header}.${claims}`),
    { key, dsaEncoding: "ieee-p1363" },
    Buffer.from(signature, "base64url"),
  );
  expect(valid).toBe(true);
  expect(JSON.parse(Buffer.from(header, "base64url").toString())).toMatchObject({ alg: "ES256" });
  return JSON.parse(Buffer.from(claims, "base64url").toString());
}

describe("WebPushChannel", () => {
  let receiver: LoopbackReceiver | null = null;
  afterEach(async () => {
    await receiver?.close();
    receiver = null;
  });

  it("POSTs an aes128gcm-encrypted payload with a VAPID Authorization the push service can check", async () => {
    receiver = await startReceiver(() => ({ status: 201 }));
    const vapid = webpush.generateVAPIDKeys();
    const browser = browserKeys();
    const channel = new WebPushChannel({ vapid, subject: "mailto:news@storyline.test" });
    const delivery = sampleDelivery({ kind: "push", endpoint: `${receiver.url}/push/abc`, keys: browser.keys });
    expect(await channel.send(delivery)).toEqual({ outcome: "delivered" });

    const [request] = receiver.requests;
    expect(request?.path).toBe("/push/abc");
    expect(request?.headers["content-encoding"]).toBe("aes128gcm");
    expect(Number(request?.headers.ttl)).toBeGreaterThan(0);
    const authorization = /^vapid t=([^,]+), k=(.+)$/.exec(String(request?.headers.authorization));
    expect(authorization?.[2]).toBe(vapid.publicKey);
    const claims = verifyVapidJwt(authorization?.[1] ?? "", vapid.publicKey);
    expect(claims.aud).toBe(receiver.url);
    expect(claims.sub).toBe("mailto:news@storyline.test");
    expect(claims.exp * 1000).toBeGreaterThan(Date.now());

    const payload = JSON.parse(decrypt(request?.body ?? Buffer.alloc(0), browser)) as PushPayload;
    expect(payload).toMatchObject({
      title: "Army sent to Riverton as second dam fails",
      url: "https://news.example/flood-2",
      storyId: "story-flood",
      deliveryId: "msg_sample1",
    });
    expect(payload.body).toContain("second dam upstream failed");
  });

  it("treats 404 and 410 from the push service as a subscription the browser dropped", async () => {
    const statuses = [404, 410, 429];
    receiver = await startReceiver((_request, index) => ({ status: statuses[index] ?? 201 }));
    const channel = new WebPushChannel({ vapid: webpush.generateVAPIDKeys(), subject: "mailto:news@storyline.test" });
    const delivery = sampleDelivery({ kind: "push", endpoint: `${receiver.url}/push/abc`, keys: browserKeys().keys });
    const outcomes = [];
    for (const _ of statuses) outcomes.push((await channel.send(delivery)).outcome);
    expect(outcomes).toEqual(["gone", "gone", "retry"]);
  });

  it("lists each article of a message that carries several updates, newest first", () => {
    const one = sampleDelivery({ kind: "feed" });
    const [first] = one.updates;
    const later = {
      ...first!,
      article: { ...first!.article, id: "flood-3", title: "Levee repairs begin", outlet: null },
    };
    const payload = pushPayload({ ...one, updates: [first!, later] });
    expect(payload.title).toBe("2 updates: Flood waters rise in Riverton");
    expect(payload.body).toBe("Levee repairs begin\nArmy sent to Riverton as second dam fails (Daily Courier)");
    expect(payload.url).toBe(one.story.url);
    expect(pushPayload(one).body).toContain("A second dam upstream failed");
  });
});
