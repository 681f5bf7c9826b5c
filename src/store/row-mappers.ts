// Rows as either backend returns them, turned into the model's types; the backends differ only in how JSON arrives.
import type { z } from "zod";
import type { Article, Entities, Story, Subscription, TimelineEntry, WatchedFeed } from "../model.js";
import { membershipReasonSchema, parseJsonColumn, parseJsonValue } from "./json-columns.js";
import {
  entitiesSchema,
  stringListSchema,
  subscriptionChannelSchema,
  subscriptionTargetSchema,
} from "./notify-columns.js";
import type { MembershipRecord, OutboxEntry, OutboxStatus, StoryRecord, UpdateRecord } from "./store.js";

/** Reads a JSON column: SQLite keeps JSON as text, PostgreSQL hands JSONB back already parsed. */
export type JsonReader = <T>(schema: z.ZodType<T>, value: unknown, column: string) => T;

export const readJsonText: JsonReader = (schema, value, column) => parseJsonColumn(schema, String(value), column);
export const readJsonValue: JsonReader = parseJsonValue;

/** BIGINT and COUNT come back from PostgreSQL as strings, SQLite integers as numbers. */
type DbInteger = number | string | bigint;
/** Flags are 0/1 in SQLite and booleans in PostgreSQL. */
type DbFlag = number | boolean;

export const ENTITY_KINDS = [
  ["people", "person"],
  ["places", "place"],
  ["organisations", "organisation"],
] as const;

/** How many of each kind of entity a story summary names. */
export const ENTITIES_PER_KIND = 12;

export function entitiesFromRows(rows: readonly { kind: string; name: string }[]): Entities {
  const entities: Entities = { people: [], places: [], organisations: [] };
  for (const row of rows) {
    const field = ENTITY_KINDS.find(([, kind]) => kind === row.kind)?.[0];
    const folded = row.name.toLowerCase();
    if (field && !entities[field].some((name) => name.toLowerCase() === folded)) entities[field].push(row.name);
  }
  return entities;
}

/** The first ENTITIES_PER_KIND of each kind, for a story summary. */
export function topEntities(entities: Entities): Entities {
  return {
    people: entities.people.slice(0, ENTITIES_PER_KIND),
    places: entities.places.slice(0, ENTITIES_PER_KIND),
    organisations: entities.organisations.slice(0, ENTITIES_PER_KIND),
  };
}

export interface ArticleRow {
  id: string;
  fingerprint: string;
  url: string | null;
  outlet: string | null;
  title: string;
  author: string | null;
  published: string | null;
  section: string | null;
  language: string | null;
  text: string;
  source: string;
  ingested_at: string;
}

export function toArticle(row: ArticleRow, entities: Entities): Article {
  return {
    id: row.id,
    fingerprint: row.fingerprint,
    url: row.url,
    outlet: row.outlet,
    title: row.title,
    author: row.author,
    published: row.published,
    section: row.section,
    language: row.language,
    text: row.text,
    source: row.source,
    ingestedAt: row.ingested_at,
    entities,
  };
}

export interface StoryRow {
  id: string;
  headline: string;
  created_at: string;
  updated_at: string;
  first_published: string | null;
  last_published: string | null;
  state: unknown;
}

/** A story summary: the row's own fields and what its members add up to. */
/** The story's own fields, shared by the summary and the clusterer's record. */
function storyFields(row: StoryRow): Omit<StoryRecord, "state"> {
  return {
    id: row.id,
    headline: row.headline,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    firstPublished: row.first_published,
    lastPublished: row.last_published,
  };
}

export function toStory(
  row: StoryRow,
  members: { articleCount: number; outlets: string[]; entities: Entities },
): Story {
  return { ...storyFields(row), ...members };
}

/** The clusterer's state is opaque here: the clusterer validates it with its own schema when it reads it back. */
export function toStoryRecord(row: StoryRow, readState: (value: unknown) => unknown): StoryRecord {
  return { ...storyFields(row), state: readState(row.state) };
}

/** A member as a story's timeline lists it. */
export interface TimelineRow {
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  published: string | null;
  ingested_at: string;
  reason: unknown;
}

export function toTimelineEntry(row: TimelineRow, readJson: JsonReader): TimelineEntry {
  return {
    articleId: row.id,
    title: row.title,
    outlet: row.outlet,
    url: row.url,
    published: row.published,
    ingestedAt: row.ingested_at,
    reason: readJson(membershipReasonSchema, row.reason, "membership reason"),
  };
}

export interface MembershipRow {
  article_id: string;
  story_id: string;
  joined_at: string;
  reason: unknown;
  manual: DbFlag;
}

export function toMembership(row: MembershipRow, readJson: JsonReader): MembershipRecord {
  return {
    articleId: row.article_id,
    storyId: row.story_id,
    joinedAt: row.joined_at,
    reason: readJson(membershipReasonSchema, row.reason, "membership reason"),
    manual: Boolean(row.manual),
  };
}

export interface SubscriptionRow {
  id: string;
  target: string;
  follows: unknown;
  channel_kind: string;
  channel: unknown;
  digest_seconds: DbInteger;
  min_gap_seconds: DbInteger;
  unsubscribe_token: string;
  status: Subscription["status"];
  created_at: string;
  status_changed_at: string;
}

export function toSubscription(row: SubscriptionRow, readJson: JsonReader): Subscription {
  return {
    id: row.id,
    target: row.target,
    follows: readJson(subscriptionTargetSchema, row.follows, "subscription target"),
    channel: readJson(subscriptionChannelSchema, row.channel, "subscription channel"),
    digestSeconds: Number(row.digest_seconds),
    minGapSeconds: Number(row.min_gap_seconds),
    unsubscribeToken: row.unsubscribe_token,
    status: row.status,
    createdAt: row.created_at,
  };
}

export interface UpdateRow {
  seq: DbInteger;
  id: string;
  story_id: string;
  article_id: string;
  created_at: string;
  headline: string;
  previous_headline: string | null;
  new_outlets: unknown;
  new_entities: unknown;
  summary: unknown;
  novelty: number;
  notable: DbFlag;
}

export function toUpdateRecord(row: UpdateRow, readJson: JsonReader): UpdateRecord {
  return {
    seq: Number(row.seq),
    id: row.id,
    storyId: row.story_id,
    articleId: row.article_id,
    createdAt: row.created_at,
    headline: row.headline,
    previousHeadline: row.previous_headline,
    newOutlets: readJson(stringListSchema, row.new_outlets, "update outlets"),
    newEntities: readJson(entitiesSchema, row.new_entities, "update entities"),
    summary: readJson(stringListSchema, row.summary, "update summary"),
    novelty: row.novelty,
    notable: Boolean(row.notable),
  };
}

export interface OutboxRow {
  id: DbInteger;
  delivery_id: string;
  subscription_id: string;
  story_id: string;
  update_ids: unknown;
  status: OutboxStatus;
  attempts: DbInteger;
  next_attempt_at: string;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  finished_at: string | null;
}

export function toOutboxEntry(row: OutboxRow, readJson: JsonReader): OutboxEntry {
  return {
    id: Number(row.id),
    deliveryId: row.delivery_id,
    subscriptionId: row.subscription_id,
    storyId: row.story_id,
    updateIds: readJson(stringListSchema, row.update_ids, "outbox update ids"),
    status: row.status,
    attempts: Number(row.attempts),
    nextAttemptAt: row.next_attempt_at,
    lockedUntil: row.locked_until,
    lastError: row.last_error,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

export const EMPTY_OUTBOX_COUNTS: Readonly<Record<OutboxStatus, number>> = Object.freeze({
  pending: 0,
  delivered: 0,
  dead: 0,
  cancelled: 0,
});

/** Per-subscription outbox counts from (subscription, status, count) rows. */
export function outboxCounts(
  rows: readonly { subscription_id: string; status: OutboxStatus; n: DbInteger }[],
): Map<string, Record<OutboxStatus, number>> {
  const counts = new Map<string, Record<OutboxStatus, number>>();
  for (const row of rows) {
    const entry = counts.get(row.subscription_id) ?? { ...EMPTY_OUTBOX_COUNTS };
    entry[row.status] = Number(row.n);
    counts.set(row.subscription_id, entry);
  }
  return counts;
}

export interface FeedRow {
  id: string;
  url: string;
  title: string | null;
  interval_seconds: DbInteger;
  status: WatchedFeed["status"];
  created_at: string;
  next_poll_at: string;
  etag: string | null;
  last_modified: string | null;
  last_polled_at: string | null;
  last_outcome: string | null;
  consecutive_failures: DbInteger;
}

export function toWatchedFeed(row: FeedRow): WatchedFeed {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    intervalSeconds: Number(row.interval_seconds),
    status: row.status,
    createdAt: row.created_at,
    nextPollAt: row.next_poll_at,
    etag: row.etag,
    lastModified: row.last_modified,
    lastPolledAt: row.last_polled_at,
    lastOutcome: row.last_outcome,
    consecutiveFailures: Number(row.consecutive_failures),
  };
}
