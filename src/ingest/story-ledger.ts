// Keeps the in-memory clusterer and the stored stories in step: every decision is written in the caller's transaction.
import type { Assignment, ClusterDocument, StoryMerge, StorySplit } from "../cluster/cluster-document.js";
import { type ClustererOptions, StoryClusterer } from "../cluster/story-clusterer.js";
import { storyStateSchema } from "../cluster/story-state.js";
import { termStatisticsSchema } from "../cluster/term-statistics.js";
import type { StoreSession, StoryRecord } from "../store/store.js";

/** Bumped by every write to stories: a worker whose copy is older reloads before deciding. */
const VERSION_KEY = "cluster.version";
const STATISTICS_KEY = "cluster.statistics";
/** The newest publish time of any story: the window of stories to load is counted back from it. */
const NEWEST_PUBLISHED_KEY = "cluster.newest-published";
/** Saving the term statistics costs a pass over the vocabulary, so it is done every so many articles and at the end. */
const STATISTICS_EVERY = 100;
const DAY_MS = 86_400_000;

export interface StoryLedgerOptions extends ClustererOptions {
  /** How far back (in days before the newest story) stories are loaded into memory. */
  windowDays?: number;
}

export class StoryLedger {
  private clusterer: StoryClusterer;
  private version: string | null = null;
  private unsavedStatistics = 0;
  /** Writes begun and not yet finished: a reader must not swap the clusterer under one. */
  private writesInProgress = 0;
  /** Counts writes begun, so a reader can tell that one started while it was loading. */
  private writesBegun = 0;

  constructor(private readonly options: StoryLedgerOptions = {}) {
    this.clusterer = new StoryClusterer(options);
  }

  /** Must be called inside a transaction: then no other worker can write between the reload and the decision. */
  async assign(session: StoreSession, doc: ClusterDocument, at: string): Promise<Assignment> {
    return this.writing(() => this.assignInTransaction(session, doc, at));
  }

  private async assignInTransaction(session: StoreSession, doc: ClusterDocument, at: string): Promise<Assignment> {
    await this.syncWith(session);
    this.markUnsynced();
    const assignment = this.clusterer.assign(doc);
    await this.recordMerges(session, assignment.merges, at);
    await this.recordSplits(session, assignment.splits, at);
    await session.stories.addMember({
      storyId: assignment.storyId,
      articleId: doc.id,
      joinedAt: at,
      reason: assignment.reason,
      manual: false,
    });
    await this.saveStory(session, assignment.storyId, at);
    for (const split of assignment.splits) {
      for (const storyId of [split.from, split.into]) {
        if (storyId !== assignment.storyId) await this.saveStory(session, storyId, at);
      }
    }
    await this.bumpVersion(session);
    if (++this.unsavedStatistics >= STATISTICS_EVERY) await this.saveStatistics(session);
    return assignment;
  }

  /** A person's merge: `from` becomes an alias of `into`, and the clusterer will not undo it. */
  async mergeByHand(session: StoreSession, from: string, into: string, at: string): Promise<StoryMerge> {
    return this.writing(async () => {
      await this.syncWith(session);
      this.markUnsynced();
      const merge = this.clusterer.mergeStories(from, into);
      await this.recordMerges(session, [merge], at, true);
      await this.saveStory(session, into, at);
      await this.bumpVersion(session);
      return merge;
    });
  }

  /** A person's split: the articles leave `storyId` for a new story that is never merged back automatically. */
  async splitByHand(session: StoreSession, storyId: string, docs: ClusterDocument[], at: string): Promise<string> {
    return this.writing(() => this.splitInTransaction(session, storyId, docs, at));
  }

  private async splitInTransaction(
    session: StoreSession,
    storyId: string,
    docs: ClusterDocument[],
    at: string,
  ): Promise<string> {
    await this.syncWith(session);
    this.markUnsynced();
    const newId = this.clusterer.splitStory(storyId, docs);
    for (const doc of docs) {
      await session.stories.addMember({
        storyId: newId,
        articleId: doc.id,
        joinedAt: at,
        reason: { score: 1, decision: "manual", sharedTerms: [], sharedEntities: [] },
        manual: true,
      });
    }
    const movedIds = docs.map((doc) => doc.id);
    await session.updates.moveArticles(movedIds, newId);
    if (this.clusterer.hasStory(storyId)) await this.saveStory(session, storyId, at);
    else await session.stories.remove(storyId);
    await this.saveStory(session, newId, at);
    await session.stories.logEvent({
      storyId,
      kind: "split",
      at,
      detail: { into: newId, articles: docs.map((doc) => doc.id) },
    });
    await this.bumpVersion(session);
    return newId;
  }

  relatedStories(storyId: string, k: number) {
    return this.clusterer.relatedStories(storyId, k);
  }

  /** Why a stored article would score as it does against the stories in memory now (for `story --why`). */
  scoreCandidates(doc: ClusterDocument) {
    return this.clusterer.scoreCandidates(doc);
  }

  async flush(session: StoreSession): Promise<void> {
    if (this.unsavedStatistics > 0) await this.saveStatistics(session);
  }

  /** Inside a write transaction: loads the stored stories and term statistics when another writer changed them. */
  async syncWith(session: StoreSession): Promise<void> {
    const loaded = await this.loadIfChanged(session);
    if (!loaded) return;
    this.clusterer = loaded.clusterer;
    this.version = loaded.version;
  }

  /**
   * For readers outside any transaction (related stories on a page): reloads when another writer changed the
   * stories, without taking the write lock. The version is read before the stories, so a write committed meanwhile
   * only makes the next call reload again. While this process is writing, memory is ahead of the store and is kept.
   */
  async refresh(reader: StoreSession): Promise<void> {
    if (this.writesInProgress > 0) return;
    const begun = this.writesBegun;
    const loaded = await this.loadIfChanged(reader);
    if (!loaded || this.writesInProgress > 0 || this.writesBegun !== begun) return;
    this.clusterer = loaded.clusterer;
    this.version = loaded.version;
  }

  private async loadIfChanged(reader: StoreSession): Promise<{ clusterer: StoryClusterer; version: string } | null> {
    // No version stored yet reads as "0", the version before the first write.
    const stored = (await reader.settings.get(VERSION_KEY)) ?? "0";
    if (stored === this.version) return null;
    const clusterer = new StoryClusterer(this.options);
    const statistics = await reader.settings.get(STATISTICS_KEY);
    if (statistics) clusterer.importStatistics(termStatisticsSchema.parse(JSON.parse(statistics)));
    const records = await reader.stories.active(await this.windowStart(reader));
    records.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
    for (const record of records) clusterer.importStory(storyStateSchema.parse(record.state));
    return { clusterer, version: stored };
  }

  private async writing<T>(work: () => Promise<T>): Promise<T> {
    this.writesInProgress++;
    this.writesBegun++;
    try {
      return await work();
    } finally {
      this.writesInProgress--;
    }
  }

  /**
   * Until the transaction that records a change commits, memory is ahead of the store; if it rolls back, the next
   * call must reload rather than trust memory.
   */
  private markUnsynced(): void {
    this.version = null;
  }

  private async windowStart(session: StoreSession): Promise<string | null> {
    const newest = await session.settings.get(NEWEST_PUBLISHED_KEY);
    if (!newest) return null;
    const windowDays = this.options.windowDays ?? 7;
    return new Date(Date.parse(newest) - windowDays * DAY_MS).toISOString();
  }

  private async recordMerges(session: StoreSession, merges: StoryMerge[], at: string, manual = false): Promise<void> {
    for (const merge of merges) {
      await session.stories.moveMembers(merge.from, merge.into);
      await session.outbox.moveToStory(merge.from, merge.into);
      await session.stories.remove(merge.from);
      await session.stories.addAlias(merge.from, merge.into, at);
      await session.stories.logEvent({
        storyId: merge.into,
        kind: "merge",
        at,
        detail: { from: merge.from, score: merge.score, manual },
      });
    }
  }

  /** The clusterer's own splits: the moved articles keep when and why they joined, in the new story. */
  private async recordSplits(session: StoreSession, splits: StorySplit[], at: string): Promise<void> {
    for (const split of splits) {
      for (const articleId of split.articles) {
        const membership = await session.stories.membershipOf(articleId);
        await session.stories.addMember({
          storyId: split.into,
          articleId,
          joinedAt: membership?.joinedAt ?? at,
          reason: membership?.reason ?? { score: 0, decision: "assigned", sharedTerms: [], sharedEntities: [] },
          manual: false,
        });
      }
      await session.updates.moveArticles(split.articles, split.into);
      await session.stories.logEvent({
        storyId: split.from,
        kind: "split",
        at,
        detail: { into: split.into, articles: split.articles, automatic: true, between: split.between, fit: split.fit },
      });
    }
  }

  private async saveStory(session: StoreSession, storyId: string, at: string): Promise<void> {
    const state = this.clusterer.exportStory(storyId);
    if (!state) throw new Error(`the clusterer has no story ${storyId} to save`);
    const existing = await session.stories.resolve(storyId);
    const record: StoryRecord = {
      id: storyId,
      headline: state.headline,
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
      firstPublished: state.firstPublished,
      lastPublished: state.lastPublished,
      state,
    };
    await session.stories.save(record);
    if (record.lastPublished) {
      const newest = await session.settings.get(NEWEST_PUBLISHED_KEY);
      if (!newest || newest < record.lastPublished) {
        await session.settings.set(NEWEST_PUBLISHED_KEY, record.lastPublished);
      }
    }
  }

  private async bumpVersion(session: StoreSession): Promise<void> {
    const next = String(Number((await session.settings.get(VERSION_KEY)) ?? "0") + 1);
    await session.settings.set(VERSION_KEY, next);
    this.version = next;
  }

  private async saveStatistics(session: StoreSession): Promise<void> {
    await session.settings.set(STATISTICS_KEY, JSON.stringify(this.clusterer.exportStatistics()));
    this.unsavedStatistics = 0;
  }
}
