// Schemas for the JSON the store keeps in text columns: read back through zod like any other input.
import { z } from "zod";

export const membershipReasonSchema = z.object({
  score: z.number(),
  decision: z.string(),
  sharedTerms: z.array(z.string()),
  sharedEntities: z.array(z.string()),
});

export const eventDetailSchema = z.record(z.string(), z.unknown());

/** Checks a JSON value as the database handed it back (PostgreSQL parses JSONB columns itself). */
export function parseJsonValue<T>(schema: z.ZodType<T>, value: unknown, column: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`stored ${column} is malformed: ${result.error.message}`);
  return result.data;
}

/** Parses and checks JSON kept as text (SQLite). */
export function parseJsonColumn<T>(schema: z.ZodType<T>, text: string, column: string): T {
  return parseJsonValue(schema, JSON.parse(text), column);
}
