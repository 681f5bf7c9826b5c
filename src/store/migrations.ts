// Numbered SQL migrations: files `NNN_name.sql` under migrations/<dialect>/, applied once each, in order.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The migrations folder sits at the package root; this file is two levels below it in both src/ and dist/. */
const MIGRATIONS_ROOT = fileURLToPath(new URL("../../migrations/", import.meta.url));

export function loadMigrations(dialect: "sqlite" | "postgres", root = MIGRATIONS_ROOT): Migration[] {
  const folder = `${root}${dialect}/`;
  const migrations = readdirSync(folder)
    .filter((file) => file.endsWith(".sql"))
    .map((file) => {
      const match = /^(\d+)_(.+)\.sql$/.exec(file);
      if (!match) throw new Error(`migration file ${file} is not named NNN_name.sql`);
      return { version: Number(match[1]), name: match[2] ?? file, sql: readFileSync(folder + file, "utf8") };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`migrations must be numbered 1, 2, 3…; found ${migration.version} at position ${index + 1}`);
    }
  });
  return migrations;
}
