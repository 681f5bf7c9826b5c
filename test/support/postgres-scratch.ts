// Scratch PostgreSQL databases for tests and benches: made empty on a server, dropped afterwards.
import { randomBytes } from "node:crypto";
import pg from "pg";

/** The test server's admin database, when the test script started one. */
export const POSTGRES_ADMIN_URL = process.env.STORYLINE_TEST_DATABASE_URL ?? null;

/** Why PostgreSQL tests are skipped, shown in their names so a skip is never silent. */
export const POSTGRES_SKIP_REASON = "STORYLINE_TEST_DATABASE_URL is unset (npm test starts a server and sets it)";

/** Creates an empty database on the server `adminUrl` names (the test server by default) and returns its URL. */
export async function createPostgresDatabase(
  adminUrl: string | null = POSTGRES_ADMIN_URL,
): Promise<{ url: string; drop: () => Promise<void> }> {
  if (adminUrl === null) throw new Error(POSTGRES_SKIP_REASON);
  const name = `storyline_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
