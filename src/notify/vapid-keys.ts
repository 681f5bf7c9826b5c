// The server's VAPID key pair (RFC 8292): made on first start and kept, since every push subscription is bound to it.
import webpush from "web-push";
import { z } from "zod";
import type { Store } from "../store/store.js";

const SETTINGS_KEY = "notify.vapid-keys";

const vapidKeysSchema = z.object({ publicKey: z.base64url().min(80), privateKey: z.base64url().min(40) });

export type VapidKeys = z.infer<typeof vapidKeysSchema>;

export async function loadOrCreateVapidKeys(store: Store): Promise<VapidKeys> {
  // In a transaction, so two processes starting at once agree on one pair.
  return store.transaction(async (session) => {
    const stored = await session.settings.get(SETTINGS_KEY);
    if (stored) {
      const parsed = vapidKeysSchema.safeParse(JSON.parse(stored));
      if (!parsed.success) throw new Error(`the stored VAPID keys are malformed: ${parsed.error.message}`);
      return parsed.data;
    }
    const keys = webpush.generateVAPIDKeys();
    await session.settings.set(SETTINGS_KEY, JSON.stringify(keys));
    return keys;
  });
}
