// What the PostgreSQL repositories run their SQL on: the pool outside a transaction, one client inside it.
import type { QueryResult, QueryResultRow } from "pg";

export interface Queryable {
  query<R extends QueryResultRow>(text: string, values?: unknown[]): Promise<QueryResult<R>>;
}

/** The first row of a query, or null. */
export async function firstRow<R extends QueryResultRow>(
  db: Queryable,
  text: string,
  values: unknown[],
): Promise<R | null> {
  const result = await db.query<R>(text, values);
  return result.rows[0] ?? null;
}
