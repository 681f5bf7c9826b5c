import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sampleDelivery } from "../../test/support/notify-fixtures.js";
import { EmailChannel } from "./email-channel.js";

interface Received {
  from: string;
  to: string[];
  raw: string;
}

describe("EmailChannel against an SMTP server on loopback", () => {
  let server: SMTPServer;
  let port: number;
  const received: Received[] = [];

  beforeEach(async () => {
    received.length = 0;
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onRcptTo(address, _session, callback) {
        if (address.address.startsWith("nobody@")) {
          const error = Object.assign(new Error("mailbox unavailable"), { responseCode: 550 });
          callback(error);
          return;
        }
        callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            raw: Buffer.concat(chunks).toString("utf8"),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  afterEach(async () => new Promise<void>((resolve) => server.close(() => resolve())));

  it("sends the update with a stable Message-ID and one-click unsubscribe headers", async () => {
    const channel = EmailChannel.fromUrl(`smtp://127.0.0.1:${port}`, "Storyline <news@storyline.test>");
    const delivery = sampleDelivery({ kind: "email", address: "reader@example.org" });
    expect(await channel.send(delivery)).toEqual({ outcome: "delivered" });
    channel.close();

    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail?.from).toBe("news@storyline.test");
    expect(mail?.to).toEqual(["reader@example.org"]);
    const headers = (mail?.raw.split(/\r?\n\r?\n/)[0] ?? "").replace(/\r?\n[ \t]+/g, " ");
    expect(headers).toMatch(/^Subject: \[Storyline\] Army sent to Riverton as second dam fails$/m);
    expect(headers).toMatch(/^Message-ID: <msg_sample1@storyline\.test>$/im);
    expect(headers).toMatch(
      /^List-Unsubscribe: <http:\/\/storyline\.test\/unsubscribe\/tok_sample_unsubscribe_0123456789>$/m,
    );
    expect(headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    const body = (mail?.raw ?? "").replace(/=\r?\n/g, "");
    expect(body).toContain("What's new:");
    expect(body).toContain("Daily Courier");
  });

  it("dead-letters a message the server refuses for good, and retries when no server answers", async () => {
    const channel = EmailChannel.fromUrl(`smtp://127.0.0.1:${port}`, "news@storyline.test");
    const refused = await channel.send(sampleDelivery({ kind: "email", address: "nobody@example.org" }));
    expect(refused).toMatchObject({ outcome: "failed", error: expect.stringContaining("550") });
    channel.close();

    await new Promise<void>((resolve) => server.close(() => resolve()));
    const down = EmailChannel.fromUrl(`smtp://127.0.0.1:${port}`, "news@storyline.test", { timeoutMs: 2000 });
    expect((await down.send(sampleDelivery({ kind: "email", address: "reader@example.org" }))).outcome).toBe("retry");
    down.close();
    server = new SMTPServer({ logger: false });
  });
});
