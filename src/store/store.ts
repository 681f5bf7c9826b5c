// The storage contract: small repositories behind one Store, implemented for SQLite and PostgreSQL.
import type { Article, Entities, MembershipReason, Story, StoryDetail } from "../model.js";

/** A story row as the clusterer needs it back: its public fields plus the clusterer's opaque state. */
export interface StoryRecord {
  id: string;
  headline: string;
  createdAt: string;
  updatedAt: string;
  firstPublished: string | null;
  lastPublished: string | null;
  /** JSON written by the clusterer (`exportStory`), read back with its own schema. */
  state: unknown;
}

export interface MembershipRecord {
  storyId: string;
  articleId: string;
  joinedAt: string;
  reason: MembershipReason;
  /** A person put it there; the clusterer never moves it. */
  manual: boolean;
}

/** Something that happened to a story that is not an article joining it: merges, splits, manual moves. */
export interface StoryEvent {
  storyId: string;
  kind: "merge" | "split" | "move";
  at: string;
  detail: Record<string, unknown>;
}

export interface ArticleRepository {
  insert(article: Article): Promise<void>;
  byId(id: string): Promise<Article | null>;
  byFingerprint(fingerprint: string): Promise<Article | null>;
  byUrl(url: string): Promise<Article | null>;
  /** Articles whose title matches exactly, case-insensitively (to follow a story by a headline). */
  byTitle(title: string): Promise<Article[]>;
  count(): Promise<number>;
}

export interface StoryRepository {
  /** Insert or replace a story's own row (headline, times, clusterer state). */
  save(story: StoryRecord): Promise<void>;
  remove(id: string): Promise<void>;
  /** A story by its id or by an alias left by a merge. */
  resolve(idOrAlias: string): Promise<StoryRecord | null>;
  addAlias(alias: string, storyId: string, at: string): Promise<void>;
  aliasesOf(storyId: string): Promise<string[]>;
  /** Stories whose newest article is at or after `since`, or of unknown time; for hydrating the clusterer. */
  active(since: string | null): Promise<StoryRecord[]>;
  /** Summaries, newest activity first. */
  list(options: { limit: number; offset: number }): Promise<Story[]>;
  detail(idOrAlias: string): Promise<StoryDetail | null>;
  addMember(membership: MembershipRecord): Promise<void>;
  /** Moves every article of `from` into `into` (a merge). */
  moveMembers(from: string, into: string): Promise<void>;
  removeMember(articleId: string): Promise<void>;
  membershipOf(articleId: string): Promise<MembershipRecord | null>;
  memberArticles(storyId: string): Promise<Article[]>;
  logEvent(event: StoryEvent): Promise<void>;
  events(storyId: string): Promise<StoryEvent[]>;
}

/** Small key/value state: clusterer statistics, the change counter other workers watch, VAPID keys… */
export interface SettingsRepository {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
}

/** The repositories, bound to one connection or one transaction. */
export interface StoreSession {
  readonly articles: ArticleRepository;
  readonly stories: StoryRepository;
  readonly settings: SettingsRepository;
}

export interface Store extends StoreSession {
  readonly dialect: "sqlite" | "postgres";
  /**
   * Runs `work` in one write transaction: all of it is stored or none. Transactions are serialised (SQLite takes
   * the write lock at BEGIN), so a worker that reads inside one sees every earlier commit, whoever made it.
   */
  transaction<T>(work: (session: StoreSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export const EMPTY_ENTITIES: Entities = Object.freeze({ people: [], places: [], organisations: [] }) as Entities;
