// `storyline serve`: the web pages and the API on one port; `--examples` loads the sample pages first.
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { startBackgroundDelivery } from "../../notify/background-delivery.js";
import { buildServer } from "../../server/build-server.js";
import { openStore } from "../../store/open-store.js";
import { configOf, positiveInteger, writeError, writeLine } from "../cli-context.js";
import { describePoll, openFeedPoller } from "../feed-polling.js";
import { ingestPaths } from "./ingest.js";

/** The sample pages shipped with Storyline: the package's examples/ folder. */
export const EXAMPLES_DIR = fileURLToPath(new URL("../../../examples/", import.meta.url));

export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("serve the stories as web pages and a JSON API, poll the watched feeds, and deliver notifications")
    .option("--port <port>", "port to listen on (default: $STORYLINE_PORT or 8080)", positiveInteger("--port"))
    .option("--host <host>", "address to listen on (default: $STORYLINE_HOST or 127.0.0.1)")
    .option("--examples", "ingest the sample pages first (already known ones are skipped)")
    .action(async (options: { port?: number; host?: string; examples?: boolean }, command: Command) => {
      const config = configOf(command, {
        ...(options.port ? { port: options.port } : {}),
        ...(options.host ? { host: options.host } : {}),
      });
      if (options.examples) writeLine((await ingestPaths(config, [EXAMPLES_DIR])).line);
      const store = await openStore(config);
      const app = buildServer({ store, logger: false, publicUrl: config.publicUrl });
      // The outbox is drained while the server runs, so followers hear of what `ingest` adds meanwhile.
      const delivery = await startBackgroundDelivery(store, config.publicUrl);
      // Watched feeds are polled in the same process: a feed added over the API is read within seconds.
      const polling = openFeedPoller(store, (report) => {
        if (report.error !== null) writeError(`storyline: ${describePoll(report)}`);
      });
      polling.poller.start();
      const close = async () => {
        await polling.close();
        await delivery.stop();
        await app.close();
        await store.close();
        process.exit(0);
      };
      process.once("SIGINT", close);
      process.once("SIGTERM", close);
      await app.listen({ port: config.port, host: config.host });
      writeLine(`Storyline is serving ${config.dataDir} at ${config.publicUrl}`);
      // Keep running until a signal closes the server.
      await new Promise<void>((resolve) => app.server.once("close", () => resolve()));
    });
}
