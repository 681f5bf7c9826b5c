// Ending a subscription: nothing more is sent, and what was still waiting in the outbox is cancelled.
import type { Store } from "../store/store.js";

export async function unsubscribe(
  store: Store,
  subscriptionId: string,
  now: Date,
): Promise<{ found: boolean; cancelled: number }> {
  return store.transaction(async (session) => {
    const subscription = await session.subscriptions.byId(subscriptionId);
    if (!subscription) return { found: false, cancelled: 0 };
    const at = now.toISOString();
    if (subscription.status === "active") await session.subscriptions.setStatus(subscription.id, "unsubscribed", at);
    return { found: true, cancelled: await session.outbox.cancelPending(subscription.id, at, "unsubscribed") };
  });
}
