// Following over HTTP: POST /api/follows for any channel, and what a browser needs for Web Push (the VAPID public
// key, then its PushSubscription).
import type { FastifyInstance, FastifyRequest } from "fastify";
import { createSubscription, followRequestSchema, pushSubscriptionSchema } from "../../notify/follow-request.js";
import { followedView } from "../../notify/followed-view.js";
import { notificationLinks } from "../../notify/notification-links.js";
import { loadOrCreateVapidKeys } from "../../notify/vapid-keys.js";
import type { Store } from "../../store/store.js";

/** A browser's sign-up: a follow request whose channel is the PushSubscription it sends. */
const pushFollowBody = followRequestSchema.omit({ channel: true }).extend({ subscription: pushSubscriptionSchema });

export function registerFollowApi(app: FastifyInstance, store: Store, publicUrl: string | null): void {
  const linksFor = (request: FastifyRequest) => notificationLinks(publicUrl ?? `${request.protocol}://${request.host}`);

  app.post("/api/follows", async (request, reply) => {
    const follow = followRequestSchema.parse(request.body);
    const followed = await createSubscription(store, follow, new Date());
    return reply.code(201).send(followedView(followed, linksFor(request)));
  });

  app.get("/api/push/vapid-public-key", async () => ({ publicKey: (await loadOrCreateVapidKeys(store)).publicKey }));

  app.post("/api/push/subscriptions", async (request, reply) => {
    const body = pushFollowBody.parse(request.body);
    const follow = followRequestSchema.parse({ ...body, channel: { kind: "push", subscription: body.subscription } });
    const followed = await createSubscription(store, follow, new Date());
    return reply.code(201).send(followedView(followed, linksFor(request)));
  });
}
