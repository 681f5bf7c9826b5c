// The storage contract: small repositories behind one Store, implemented for SQLite and PostgreSQL.
import type {
  Article,
  Entities,
  MembershipReason,
  Story,
  StoryDetail,
  Subscription,
  Update,
  WatchedFeed,
} from "../model.js";

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

export interface StoryListOptions {
  limit: number;
  offset: number;
  search?: string;
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
  /**
   * Summaries, newest activity first. With `search`, only stories with an article whose title or names hold every
   * word of it (folded by `searchWords`); a search with no words finds nothing.
   */
  list(options: StoryListOptions): Promise<Story[]>;
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

export interface SubscriptionRepository {
  insert(subscription: Subscription): Promise<void>;
  byId(id: string): Promise<Subscription | null>;
  byUnsubscribeToken(token: string): Promise<Subscription | null>;
  /** Newest first; only active ones unless `includeInactive`. */
  list(options: { includeInactive: boolean }): Promise<Subscription[]>;
  /** Returns false when there is no such subscription. */
  setStatus(id: string, status: Subscription["status"], at: string): Promise<boolean>;
  /** Records that the subscription follows this story (its own target, or one its query caught). */
  follow(subscriptionId: string, storyId: string, at: string): Promise<void>;
  /** Active subscriptions that follow any of these story ids (a story and its aliases). */
  followersOf(storyIds: readonly string[]): Promise<Subscription[]>;
  /** Active subscriptions whose target is a query. */
  activeQueries(): Promise<Subscription[]>;
  followedStories(subscriptionId: string): Promise<string[]>;
}

/** An update as stored: its place in the update log (the cursor of event streams) and whether it is worth a message. */
export interface UpdateRecord extends Update {
  seq: number;
  notable: boolean;
}

export interface UpdateRepository {
  /** Returns null when an update with this id is already stored. */
  insert(update: Update, notable: boolean): Promise<UpdateRecord | null>;
  byIds(ids: readonly string[]): Promise<UpdateRecord[]>;
  /** The newest update of any of these story ids. */
  latestOf(storyIds: readonly string[]): Promise<UpdateRecord | null>;
  /** Newest first. */
  ofStories(storyIds: readonly string[], options: { limit: number; notableOnly: boolean }): Promise<UpdateRecord[]>;
  /** Oldest first, after the cursor `seq`; every story when `storyIds` is null. */
  after(
    seq: number,
    options: { storyIds: readonly string[] | null; limit: number; notableOnly: boolean },
  ): Promise<UpdateRecord[]>;
  lastSeq(): Promise<number>;
  /** A split moved these articles to another story: what they added goes with them (pages, Atom feeds, history). */
  moveArticles(articleIds: readonly string[], storyId: string): Promise<void>;
  /** Packed sentence signatures per article, only those written with `scheme`. */
  sentenceSignatures(articleIds: readonly string[], scheme: string): Promise<Map<string, Uint8Array>>;
  saveSentenceSignatures(articleId: string, scheme: string, signatures: Uint8Array): Promise<void>;
}

export type OutboxStatus = "pending" | "delivered" | "dead" | "cancelled";

/** A worker asking for up to `limit` due rows, held for it until `leaseUntil` (outbox messages, feeds to poll). */
export interface LeaseRequest {
  now: string;
  leaseUntil: string;
  workerId: string;
  limit: number;
}

/** One message owed to one subscription: written in the transaction that made the update, sent by a worker. */
export interface OutboxEntry {
  id: number;
  /** The idempotency key a receiver sees (the `webhook-id`): the same on every retry. */
  deliveryId: string;
  subscriptionId: string;
  storyId: string;
  /** One update, or several batched by a digest. */
  updateIds: string[];
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string;
  lockedUntil: string | null;
  lastError: string | null;
  createdAt: string;
  finishedAt: string | null;
}

/** What a new outbox entry is made of; the rest of OutboxEntry is the worker's bookkeeping. */
export interface OutboxEnqueue {
  deliveryId: string;
  subscriptionId: string;
  storyId: string;
  updateIds: string[];
  nextAttemptAt: string;
  createdAt: string;
}

/** A subscription's messages about a story that must not go out before `notBefore` (a minimum gap after one sent). */
export interface WaitingHold {
  subscriptionId: string;
  storyId: string;
  notBefore: string;
}

export interface OutboxRepository {
  /** Writes the entries whose delivery id is new (an update enqueued twice is written once); returns how many. */
  enqueue(entries: readonly OutboxEnqueue[]): Promise<number>;
  /**
   * Each of these subscriptions' latest message about the story that went out or is on its way (cancelled and
   * dead-lettered ones do not count), in one query for a whole fan-out.
   */
  latestMessages(storyId: string, subscriptionIds: readonly string[]): Promise<Map<string, OutboxEntry>>;
  /**
   * Adds the update to those of these entries that no worker has tried yet (one that was tried is sent as it was,
   * under the same delivery id); returns the ids that took it.
   */
  addToWaiting(ids: readonly number[], updateId: string): Promise<number[]>;
  /** Keeps each subscription's untried entries about a story from falling due before its `notBefore`. */
  holdWaiting(holds: readonly WaitingHold[]): Promise<void>;
  /** A merged story's entries become the survivor's, so they keep their order and their pace. */
  moveToStory(from: string, into: string): Promise<void>;
  /**
   * Leases up to `limit` due entries to `workerId` until `leaseUntil` and counts the attempt. Only the oldest pending
   * entry of each subscription and story is due, so they go out in order; a leased entry is never handed out twice.
   */
  claimDue(options: LeaseRequest): Promise<OutboxEntry[]>;
  /**
   * These finish claimed entries; they do nothing to an entry whose lease has passed to another worker.
   * markDelivered takes a round's entries at once and returns how many it finished.
   */
  markDelivered(ids: readonly number[], workerId: string, at: string): Promise<number>;
  reschedule(id: number, workerId: string, nextAttemptAt: string, error: string): Promise<boolean>;
  markDead(id: number, workerId: string, at: string, error: string): Promise<boolean>;
  /** Cancels the subscription's pending entries (it was unsubscribed or is gone). */
  cancelPending(subscriptionId: string, at: string, reason: string): Promise<number>;
  /** When the next pending entry falls due (or its lease ends), or null when none is pending. */
  nextDueAt(): Promise<string | null>;
  countsBySubscription(): Promise<Map<string, Record<OutboxStatus, number>>>;
  list(options: { status: OutboxStatus | null; limit: number }): Promise<OutboxEntry[]>;
}

/** How one poll of a feed went, as the poller records it. */
export interface FeedPollRecord {
  at: string;
  nextPollAt: string;
  outcome: string;
  /** Null keeps the stored value (a 304 or a failure says nothing new about them). */
  title: string | null;
  etag: string | null;
  lastModified: string | null;
  failed: boolean;
}

/** What the feed's earlier polls did with an entry link. */
export interface FeedItemState {
  attempts: number;
  /** Stored or known: never fetched again. */
  done: boolean;
}

export interface FeedRepository {
  /** Returns false when the URL is watched already. */
  insert(feed: WatchedFeed): Promise<boolean>;
  byId(id: string): Promise<WatchedFeed | null>;
  byUrl(url: string): Promise<WatchedFeed | null>;
  /** Oldest first. */
  list(): Promise<WatchedFeed[]>;
  /** Returns false when there is no such feed. */
  remove(id: string): Promise<boolean>;
  /** Leases up to `limit` active feeds that are due to `workerId` until `leaseUntil`, soonest due first. */
  claimDue(options: LeaseRequest): Promise<WatchedFeed[]>;
  /** Records a poll and ends the lease; false (and nothing written) if the lease has passed to another worker. */
  recordPoll(id: string, workerId: string, poll: FeedPollRecord): Promise<boolean>;
  /** The state of those of `links` that earlier polls saw. */
  itemStates(feedId: string, links: readonly string[]): Promise<Map<string, FeedItemState>>;
  /** Counts an attempt at each link, marking those now stored or known as done. */
  recordItems(feedId: string, items: readonly { link: string; done: boolean }[], at: string): Promise<void>;
}

/** The repositories, bound to one connection or one transaction. */
export interface StoreSession {
  readonly articles: ArticleRepository;
  readonly stories: StoryRepository;
  readonly settings: SettingsRepository;
  readonly subscriptions: SubscriptionRepository;
  readonly updates: UpdateRepository;
  readonly outbox: OutboxRepository;
  readonly feeds: FeedRepository;
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
