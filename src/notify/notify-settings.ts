// How Storyline reaches followers beyond HTTP: the SMTP server for email and the contact VAPID asks for, from the
// environment.
import { z } from "zod";

const environmentSchema = z.object({
  /** `smtp://user:pass@host:587` or `smtps://…`; unset means email subscriptions wait until it is set. */
  STORYLINE_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]+/, "must be an smtp:// or smtps:// URL")
    .optional(),
  STORYLINE_MAIL_FROM: z.string().min(3).optional(),
  /** Push services may contact this address about the sender (RFC 8292). */
  STORYLINE_VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:|https:\/\/)/, "must be a mailto: or https:// URL")
    .optional(),
});

export interface NotifySettings {
  smtpUrl: string | null;
  mailFrom: string;
  vapidSubject: string;
}

export function loadNotifySettings(env: NodeJS.ProcessEnv = process.env): NotifySettings {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `invalid environment: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`,
    );
  }
  const mailFrom = parsed.data.STORYLINE_MAIL_FROM ?? "Storyline <storyline@localhost>";
  const address = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom;
  return {
    smtpUrl: parsed.data.STORYLINE_SMTP_URL ?? null,
    mailFrom,
    vapidSubject: parsed.data.STORYLINE_VAPID_SUBJECT ?? `mailto:${address}`,
  };
}
