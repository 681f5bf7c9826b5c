// The two scripts the pages load: the page script and the service worker that shows push notifications.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { FastifyInstance, FastifyReply } from "fastify";

/** public/ sits at the package root; this file is three levels below it in both src/ and dist/. */
const PUBLIC_ROOT = fileURLToPath(new URL("../../../public/", import.meta.url));

export function registerBrowserScripts(app: FastifyInstance): void {
  const scripts = {
    app: readFileSync(`${PUBLIC_ROOT}app.js`, "utf8"),
    serviceWorker: readFileSync(`${PUBLIC_ROOT}sw.js`, "utf8"),
  };
  const send = (body: string) => async (_request: unknown, reply: FastifyReply) =>
    reply.type("text/javascript; charset=utf-8").header("cache-control", "no-cache").send(body);
  app.get("/app.js", send(scripts.app));
  // Served from the root so that its scope covers every page.
  app.get("/sw.js", send(scripts.serviceWorker));
}
