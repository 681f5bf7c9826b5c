// Email over SMTP with nodemailer: SMTP's own reply codes say whether to retry (4xx) or give up (5xx).
import nodemailer, { type Transporter } from "nodemailer";
import type { Channel, Delivery, DeliveryResult } from "./channel.js";
import { emailMessage } from "./email-message.js";

export class EmailChannel implements Channel {
  readonly kind = "email" as const;

  constructor(
    private readonly transport: Transporter,
    private readonly from: string,
  ) {}

  /** An SMTP URL such as `smtp://user:pass@mail.example.org:587`. */
  static fromUrl(smtpUrl: string, from: string, options: { timeoutMs?: number } = {}): EmailChannel {
    const timeout = options.timeoutMs ?? 30_000;
    const transport = nodemailer.createTransport(smtpUrl, {
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    });
    return new EmailChannel(transport, from);
  }

  async send(delivery: Delivery): Promise<DeliveryResult> {
    const channel = delivery.subscription.channel;
    if (channel.kind !== "email")
      return { outcome: "failed", error: `a ${channel.kind} subscription sent to the email channel` };
    const domain = /@([^>\s]+)/.exec(this.from)?.[1] ?? "storyline.invalid";
    const message = emailMessage(delivery, domain);
    try {
      await this.transport.sendMail({
        from: this.from,
        to: channel.address,
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId: message.messageId,
        headers: message.headers,
      });
      return { outcome: "delivered" };
    } catch (error) {
      return resultOfSmtpError(error);
    }
  }

  close(): void {
    this.transport.close();
  }
}

/** 5xx replies are permanent (no such mailbox, rejected); 4xx and lost connections are worth another try. */
export function resultOfSmtpError(error: unknown): DeliveryResult {
  const failure = error as { responseCode?: number; response?: string; code?: string; message?: string };
  const text = failure.response ?? failure.message ?? String(error);
  if (typeof failure.responseCode === "number" && failure.responseCode >= 500)
    return { outcome: "failed", error: `SMTP ${text}` };
  return { outcome: "retry", error: `SMTP ${failure.code ? `${failure.code}: ` : ""}${text}` };
}
