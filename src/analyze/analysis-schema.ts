// zod schema of an Analysis, for analyses read back from disk or a database.
import { z } from "zod";
import type { Analysis } from "../model.js";

export const entitiesSchema = z.object({
  people: z.array(z.string()),
  places: z.array(z.string()),
  organisations: z.array(z.string()),
});

export const analysisSchema = z.object({
  language: z.string().nullable(),
  titleTerms: z.array(z.string()),
  bodyTerms: z.array(z.string()),
  entities: entitiesSchema,
  sentences: z.array(z.string()),
  mentionedDates: z.array(z.string()),
  actions: z.array(z.string()).optional(),
}) satisfies z.ZodType<Analysis>;
