// Schemas for the JSON that subscriptions, updates and the outbox keep in text columns, read back through zod.
import { z } from "zod";
import type { Entities, SubscriptionChannel, SubscriptionTarget } from "../model.js";

export const subscriptionTargetSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("story"), storyId: z.string().min(1) }),
  z.object({ kind: z.literal("query"), query: z.string().min(1) }),
]) satisfies z.ZodType<SubscriptionTarget>;

export const pushKeysSchema = z.object({ p256dh: z.string().min(1), auth: z.string().min(1) });

export const subscriptionChannelSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("webhook"), url: z.url(), secret: z.string().startsWith("whsec_") }),
  z.object({ kind: z.literal("email"), address: z.email() }),
  z.object({ kind: z.literal("push"), endpoint: z.url(), keys: pushKeysSchema }),
  z.object({ kind: z.literal("feed") }),
]) satisfies z.ZodType<SubscriptionChannel>;

export const entitiesSchema = z.object({
  people: z.array(z.string()),
  places: z.array(z.string()),
  organisations: z.array(z.string()),
}) satisfies z.ZodType<Entities>;

export const stringListSchema = z.array(z.string());
