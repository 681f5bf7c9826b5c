// Where Storyline keeps its data and how it is reached: from CLI flags, then environment, then defaults.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";

const environmentSchema = z.object({
  STORYLINE_DATA: z.string().min(1).optional(),
  /** `postgres://…` selects PostgreSQL; unset means SQLite in the data directory. */
  STORYLINE_DATABASE_URL: z.string().min(1).optional(),
  STORYLINE_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  STORYLINE_HOST: z.string().min(1).optional(),
  STORYLINE_PUBLIC_URL: z.url().optional(),
});

export interface Config {
  dataDir: string;
  databaseUrl: string | null;
  port: number;
  host: string;
  /** The address people reach the server at, for links in notifications. */
  publicUrl: string;
}

export function loadConfig(flags: { data?: string; port?: number; host?: string }, env = process.env): Config {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `invalid environment: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`,
    );
  }
  const vars = parsed.data;
  const port = flags.port ?? vars.STORYLINE_PORT ?? 8080;
  const host = flags.host ?? vars.STORYLINE_HOST ?? "127.0.0.1";
  return {
    dataDir: resolve(flags.data ?? vars.STORYLINE_DATA ?? "data"),
    databaseUrl: vars.STORYLINE_DATABASE_URL ?? null,
    port,
    host,
    publicUrl: vars.STORYLINE_PUBLIC_URL ?? `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
  };
}

export function ensureDataDir(config: Config): string {
  mkdirSync(config.dataDir, { recursive: true });
  return config.dataDir;
}

export function sqlitePathOf(config: Config): string {
  return join(config.dataDir, "storyline.db");
}
