// Unsubscribe by the token link in every message: GET asks to confirm (mail scanners follow links), POST does it,
// including the one-click POST of RFC 8058 that mail providers send.
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { unsubscribe } from "../../notify/unsubscribe.js";
import type { Store } from "../../store/store.js";
import { html } from "../html.js";
import { page } from "../page-layout.js";

const tokenParams = z.object({ token: z.string().min(16).max(200) });
const unknownLinkPage = page("Unknown link", html`<h1>Unknown link</h1><p>This unsubscribe link is not known.</p>`);

export function registerUnsubscribePages(app: FastifyInstance, store: Store): void {
  // Scoped so the form parser does not change how the rest of the server reads bodies.
  app.register(async (scope) => {
    scope.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (_request, body, done) =>
      done(null, body),
    );

    scope.get("/unsubscribe/:token", async (request, reply) => {
      const { token } = tokenParams.parse(request.params);
      const subscription = await store.subscriptions.byUnsubscribeToken(token);
      reply.type("text/html; charset=utf-8");
      if (!subscription) return reply.code(404).send(unknownLinkPage);
      if (subscription.status !== "active") {
        return page("Unsubscribed", html`<p>You no longer follow <b>${subscription.target}</b>.</p>`);
      }
      return page(
        "Unsubscribe",
        html`<p>Stop following <b>${subscription.target}</b>?</p>
          <form method="post" action="/unsubscribe/${encodeURIComponent(token)}"><button type="submit">Unsubscribe</button></form>`,
      );
    });

    scope.post("/unsubscribe/:token", async (request, reply) => {
      const { token } = tokenParams.parse(request.params);
      const subscription = await store.subscriptions.byUnsubscribeToken(token);
      reply.type("text/html; charset=utf-8");
      if (!subscription) return reply.code(404).send(unknownLinkPage);
      await unsubscribe(store, subscription.id, new Date());
      return page(
        "Unsubscribed",
        html`<p>You no longer follow <b>${subscription.target}</b>. Nothing more will be sent.</p>`,
      );
    });
  });
}
