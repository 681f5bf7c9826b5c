// The online story clusterer: one article at a time into a living story, through an index over a time window. Pure, in memory.
import { type ArticleProfile, buildProfile } from "./article-profile.js";
import { CandidateIndex } from "./candidate-index.js";
import type { Assignment, ClusterDocument, StoryMerge, StorySplit } from "./cluster-document.js";
import { DEFAULT_DECISION_MODEL, type DecisionModel, membershipProbability } from "./decision-model.js";
import {
  absorbStory,
  addArticleToStory,
  createLiveStory,
  type LiveStory,
  rebuildStory,
  removeArticleFromStory,
  termIdsHeldBy,
} from "./live-story.js";
import { membershipReason, newStoryReason, sharedNames } from "./membership-reason.js";
import { FEATURE_NAMES, pairFeatures, storyNorms, storySimilarity, withMargins } from "./pair-features.js";
import type { SplitCheckOptions } from "./split-check.js";
import { randomStoryId } from "./story-id.js";
import { findSplit } from "./story-split.js";
import { fromStoryState, type StoryState, toStoryState } from "./story-state.js";
import { TermStatistics, type TermStatisticsState } from "./term-statistics.js";
import { heaviestTerms, type TermWeights, toTermWeights, weightedCosine } from "./term-vector.js";
import { profileOfMember, trackFounder, trackMember } from "./tracked-member.js";

const DAY_MS = 86_400_000;

export interface ClustererOptions {
  /** Makes the id of each new story (default: a random ULID-like id). */
  newStoryId?: () => string;
  /** A story stops taking articles once its newest article is this much older than the newest article seen. */
  windowDays?: number;
  /** Upper bound on stories held in memory, for streams without times; the least recently updated go first. */
  maxLiveStories?: number;
  /** Stories the index proposes per article (ranked by shared query weight). */
  candidateLimit?: number;
  /** Of those, the ones closest by cosine that the decision model scores in full. */
  scoredLimit?: number;
  /** Distinct terms kept in the document-frequency table; past it the rarest are forgotten (default 1,000,000). */
  maxVocabulary?: number;
  model?: DecisionModel;
  /** When and how a story of up to a few dozen articles is checked for two events mixed in it; null turns it off. */
  splitCheck?: SplitCheckOptions | null;
}

/**
 * Look-alike twins mostly mix when a twin's first article meets a story of one to three articles; from four members
 * on, each event can have two reports and the groups can be told apart. Every second size up to 12; then every
 * fourth up to 24, for twins that each grew a few reports in one story before a check could see two groups; then
 * never (members are tracked only that long).
 */
export const DEFAULT_SPLIT_CHECK: SplitCheckOptions = {
  triggerSizes: [4, 6, 8, 10, 12, 16, 20, 24],
  minGroup: 2,
};

/** One candidate story and how the model judged it, for inspection and training. */
export interface ScoredCandidate {
  storyId: string;
  storyArticleCount: number;
  features: number[];
  probability: number;
}

export interface RelatedStory {
  storyId: string;
  headline: string;
  score: number;
  sharedTerms: string[];
  sharedEntities: string[];
}

export interface AddArticleOptions {
  /** A person put it there: recorded as decision "manual". */
  manual?: boolean;
  /** Count the article's terms in the document frequencies; only for an article the clusterer never saw. */
  countTerms?: boolean;
  /** The article was split out of this story: the two are never merged back automatically. */
  splitFrom?: string;
}

interface Judged {
  story: LiveStory;
  features: number[];
  probability: number;
}

const QUERY_TERMS = 16;
const QUERY_ENTITIES = 8;
const INDEXED_TERMS = 12;
const INDEXED_ENTITIES = 6;
const MAX_MERGES_PER_ARTICLE = 2;

export class StoryClusterer {
  private readonly stats = new TermStatistics();
  private readonly index = new CandidateIndex();
  /** Live stories by handle, least recently updated first (a Map keeps insertion order). */
  private readonly byHandle = new Map<number, LiveStory>();
  private readonly byId = new Map<string, LiveStory>();
  private readonly newStoryId: () => string;
  private readonly windowMs: number;
  private readonly maxLiveStories: number;
  private readonly candidateLimit: number;
  private readonly scoredLimit: number;
  private readonly maxVocabulary: number;
  private readonly model: DecisionModel;
  private readonly splitCheck: SplitCheckOptions | null;
  /** Members are tracked while a story is at most this big: the last size the split check runs at. */
  private readonly trackedLimit: number;
  private nextHandle = 0;
  private nextCreatedOrder = 0;
  /** Newest article time seen: the clock of the window, never the wall clock. */
  private highWaterMark: number | null = null;

  constructor(options: ClustererOptions = {}) {
    this.newStoryId = options.newStoryId ?? (() => randomStoryId());
    this.windowMs = (options.windowDays ?? 7) * DAY_MS;
    this.maxLiveStories = options.maxLiveStories ?? 200_000;
    this.candidateLimit = options.candidateLimit ?? 24;
    this.scoredLimit = options.scoredLimit ?? 8;
    this.maxVocabulary = options.maxVocabulary ?? 1_000_000;
    this.model = options.model ?? DEFAULT_DECISION_MODEL;
    this.splitCheck = options.splitCheck === undefined ? DEFAULT_SPLIT_CHECK : options.splitCheck;
    this.trackedLimit = Math.max(0, ...(this.splitCheck?.triggerSizes ?? []));
  }

  get liveStoryCount(): number {
    return this.byHandle.size;
  }

  storyIds(): string[] {
    return [...this.byId.keys()];
  }

  hasStory(storyId: string): boolean {
    return this.byId.has(storyId);
  }

  /** Puts the article into its best story, or starts one; may merge stories the article shows to be one. */
  assign(doc: ClusterDocument): Assignment {
    const profile = buildProfile(doc, this.stats);
    this.advanceClock(profile.time);
    const judged = this.judge(profile);
    const best = judged[0];
    const joins = best !== undefined && best.probability >= this.model.threshold;
    let story = joins ? best.story : this.createStory(this.newStoryId());
    const reason = joins
      ? membershipReason(profile, best.story, best.probability, "assigned", this.stats)
      : newStoryReason(best?.probability ?? 0);
    this.addProfile(story, profile, false);
    this.stats.addDocument(profile.distinctIds);
    this.boundVocabulary();
    this.evictStale();
    const merges: StoryMerge[] = [];
    if (joins) {
      for (const other of judged.slice(1)) {
        if (merges.length >= MAX_MERGES_PER_ARTICLE || other.probability < this.model.threshold) break;
        if (!this.byHandle.has(other.story.handle)) continue;
        const merge = this.mergeIfSame(story, other.story);
        if (!merge) continue;
        merges.push(merge);
        story = this.byId.get(merge.into) ?? story;
      }
    }
    const split = this.checkForSplit(story);
    const splits = split ? [split] : [];
    // The new article itself may be among those moved out: it is reported in the story it ends up in.
    const finalStory = split?.articles.includes(profile.id) ? (this.byId.get(split.into) ?? story) : story;
    if (split) split.articles = split.articles.filter((id) => id !== profile.id);
    // A story the split just made is new to everyone, though it holds the articles moved with this one.
    const isNewStory = !joins || finalStory !== story;
    return { storyId: finalStory.id, isNewStory, headline: finalStory.headline, reason, merges, splits };
  }

  /** How each candidate story scores for this article, best first; changes nothing. */
  scoreCandidates(doc: ClusterDocument): ScoredCandidate[] {
    const profile = buildProfile(doc, this.stats);
    return this.judge(profile).map((candidate) => ({
      storyId: candidate.story.id,
      storyArticleCount: candidate.story.articleCount,
      features: candidate.features,
      probability: candidate.probability,
    }));
  }

  /** Puts an article into a given story (created with that id if unknown); the clusterer never moves it out. */
  addArticle(storyId: string, doc: ClusterDocument, options: AddArticleOptions = {}): Assignment {
    const profile = buildProfile(doc, this.stats);
    this.advanceClock(profile.time);
    const existing = this.byId.get(storyId);
    const story = existing ?? this.createStory(storyId);
    if (options.splitFrom && options.splitFrom !== storyId) {
      story.noMergeWith.add(options.splitFrom);
      this.byId.get(options.splitFrom)?.noMergeWith.add(storyId);
    }
    const reason = membershipReason(profile, story, 1, options.manual ? "manual" : "assigned", this.stats);
    this.addProfile(story, profile, options.manual === true);
    if (options.countTerms) this.stats.addDocument(profile.distinctIds);
    return { storyId: story.id, isNewStory: !existing, headline: story.headline, reason, merges: [], splits: [] };
  }

  /** Takes an article out of a story (a person's correction); an emptied story is dropped. */
  removeArticle(storyId: string, doc: ClusterDocument): void {
    const story = this.byId.get(storyId);
    if (!story) return;
    const profile = buildProfile(doc, this.stats);
    this.index.remove(story.handle, story.indexedTerms);
    removeArticleFromStory(story, profile, this.stats);
    if (story.tracked) story.tracked = story.tracked.filter((member) => member.articleId !== doc.id);
    if (story.articleCount === 0) {
      this.dropStory(story);
      return;
    }
    this.reindex(story);
  }

  /** Moves articles out of a story into a new one that automatic merging will never fold back. */
  splitStory(storyId: string, docs: readonly ClusterDocument[]): string {
    const newId = this.newStoryId();
    for (const doc of docs) this.removeArticle(storyId, doc);
    for (const doc of docs) this.addArticle(newId, doc, { manual: true, splitFrom: storyId });
    return newId;
  }

  /** A person's merge: `from` is folded into `into` whatever their ages. */
  mergeStories(from: string, into: string): StoryMerge {
    const absorbed = this.byId.get(from);
    const survivor = this.byId.get(into);
    if (!absorbed || !survivor) throw new Error(`cannot merge ${from} into ${into}: unknown story`);
    if (absorbed === survivor) throw new Error(`cannot merge story ${from} into itself`);
    const score = storySimilarity(absorbed, survivor, this.stats);
    this.absorb(survivor, absorbed);
    return { from, into, score };
  }

  /** The stories nearest to this one by terms and entities. */
  relatedStories(storyId: string, k: number): RelatedStory[] {
    const story = this.byId.get(storyId);
    if (!story) return [];
    const query = this.candidateQuery(toTermWeights(story.full), toTermWeights(story.entities));
    const related: RelatedStory[] = [];
    for (const handle of this.index.lookup(query, this.candidateLimit + 1)) {
      const other = this.byHandle.get(handle);
      if (!other || other === story) continue;
      related.push({
        storyId: other.id,
        headline: other.headline,
        score: storySimilarity(story, other, this.stats),
        sharedTerms: sharedNames(toTermWeights(story.full), other.full, this.stats),
        sharedEntities: sharedNames(toTermWeights(story.entities), other.entities, this.stats),
      });
    }
    return related.sort((a, b) => b.score - a.score).slice(0, k);
  }

  exportStory(storyId: string): StoryState | undefined {
    const story = this.byId.get(storyId);
    return story ? toStoryState(story, this.stats) : undefined;
  }

  /** Loads a saved story (replacing a live one with the same id). */
  importStory(state: StoryState): void {
    const existing = this.byId.get(state.id);
    if (existing) this.dropStory(existing);
    const story = fromStoryState(state, this.nextHandle++, this.stats);
    this.nextCreatedOrder = Math.max(this.nextCreatedOrder, story.createdOrder + 1);
    if (story.activity !== null) this.highWaterMark = Math.max(this.highWaterMark ?? story.activity, story.activity);
    this.byHandle.set(story.handle, story);
    this.byId.set(story.id, story);
    this.reindex(story);
    this.evictStale();
  }

  exportStatistics(): TermStatisticsState {
    return this.stats.export();
  }

  importStatistics(state: TermStatisticsState): void {
    this.stats.import(state);
  }

  private advanceClock(time: number | null): void {
    if (time !== null && (this.highWaterMark === null || time > this.highWaterMark)) this.highWaterMark = time;
    this.evictStale();
  }

  /** Drops stories past the window (oldest-updated first, so the work per article stays bounded) and any over capacity. */
  private evictStale(): void {
    while (this.byHandle.size > this.maxLiveStories) {
      const oldest = this.byHandle.values().next().value;
      if (!oldest) break;
      this.dropStory(oldest);
    }
    const mark = this.highWaterMark;
    if (mark === null) return;
    let undatedMoves = 0;
    for (const story of this.byHandle.values()) {
      if (story.activity === null) {
        // Undated stories start their window when the stream first gives a time; each moves back once.
        if (undatedMoves++ > this.byHandle.size) break;
        story.activity = mark;
        this.touch(story);
        continue;
      }
      if (mark - story.activity <= this.windowMs) break;
      this.dropStory(story);
    }
  }

  /** Rare: once the vocabulary passes its bound, forget the rarest terms that no live story holds. */
  private boundVocabulary(): void {
    if (this.stats.vocabularySize <= this.maxVocabulary) return;
    const inUse = new Set<number>();
    for (const story of this.byHandle.values()) {
      for (const id of termIdsHeldBy(story)) inUse.add(id);
    }
    this.stats.prune(Math.floor(this.maxVocabulary * 0.8), inUse);
  }

  private isInWindow(story: LiveStory, time: number | null): boolean {
    if (time === null || story.lastTime === null || story.firstTime === null) return true;
    return time - story.lastTime <= this.windowMs && story.firstTime - time <= this.windowMs;
  }

  /** What the index is asked for: the heaviest terms and entities, by weight times IDF. */
  private candidateQuery(terms: TermWeights, entities: TermWeights): TermWeights {
    const idf = (id: number) => this.stats.idf(id);
    const query: TermWeights = new Map();
    for (const [id, weight] of heaviestTerms(terms, QUERY_TERMS, idf)) query.set(id, weight);
    for (const [id, weight] of heaviestTerms(entities, QUERY_ENTITIES, idf)) {
      query.set(id, (query.get(id) ?? 0) + weight);
    }
    return query;
  }

  private judge(profile: ArticleProfile): Judged[] {
    const idf = (id: number) => this.stats.idf(id);
    const query = this.candidateQuery(profile.full, profile.entities);
    const proposed: { story: LiveStory; cosine: number }[] = [];
    for (const handle of this.index.lookup(query, this.candidateLimit)) {
      const story = this.byHandle.get(handle);
      if (!story || !this.isInWindow(story, profile.time)) continue;
      const norms = storyNorms(story, this.stats);
      proposed.push({ story, cosine: weightedCosine(profile.full, profile.fullNorm, story.full, norms.full, idf) });
    }
    // Full features only for the closest few: the rest could not win, and features cost ten cosines each.
    const stories = proposed
      .sort((a, b) => b.cosine - a.cosine)
      .slice(0, this.scoredLimit)
      .map((candidate) => candidate.story);
    const rows = withMargins(
      stories.map((story) => pairFeatures(profile, story, storyNorms(story, this.stats), this.stats)),
    );
    return stories
      .map((story, index) => {
        const features = rows[index] ?? new Array<number>(FEATURE_NAMES.length).fill(0);
        return { story, features, probability: membershipProbability(this.model, features) };
      })
      .sort((a, b) => b.probability - a.probability);
  }

  private createStory(id: string): LiveStory {
    const story = createLiveStory(this.nextHandle++, id, this.nextCreatedOrder++);
    this.byHandle.set(story.handle, story);
    this.byId.set(id, story);
    return story;
  }

  private addProfile(story: LiveStory, profile: ArticleProfile, manual: boolean): void {
    addArticleToStory(story, profile, this.stats, this.highWaterMark);
    if (story.tracked && story.articleCount <= this.trackedLimit) {
      const idf = (id: number) => this.stats.idf(id);
      story.tracked.push(
        story.articleCount === 1 ? trackFounder(story, profile, manual) : trackMember(profile, manual, idf),
      );
    } else {
      // Past the last check size the profiles are dropped, so memory stays bounded by stories of that size.
      story.tracked = null;
    }
    this.reindex(story);
    this.touch(story);
  }

  /** Marks the story most recently updated. */
  private touch(story: LiveStory): void {
    this.byHandle.delete(story.handle);
    this.byHandle.set(story.handle, story);
  }

  private reindex(story: LiveStory): void {
    const idf = (id: number) => this.stats.idf(id);
    const terms = [
      ...heaviestTerms(toTermWeights(story.full), INDEXED_TERMS, idf).map(([id]) => id),
      ...heaviestTerms(toTermWeights(story.entities), INDEXED_ENTITIES, idf).map(([id]) => id),
    ];
    const dropped = story.indexedTerms.filter((id) => !terms.includes(id));
    this.index.remove(story.handle, dropped);
    this.index.add(story.handle, terms);
    story.indexedTerms = terms;
  }

  private dropStory(story: LiveStory): void {
    this.index.remove(story.handle, story.indexedTerms);
    this.byHandle.delete(story.handle);
    this.byId.delete(story.id);
  }

  private mergeIfSame(a: LiveStory, b: LiveStory): StoryMerge | null {
    if (a.noMergeWith.has(b.id) || b.noMergeWith.has(a.id)) return null;
    const score = storySimilarity(a, b, this.stats);
    if (score < this.model.mergeSimilarity) return null;
    const [survivor, absorbed] = a.createdOrder <= b.createdOrder ? [a, b] : [b, a];
    this.absorb(survivor, absorbed);
    return { from: absorbed.id, into: survivor.id, score };
  }

  private absorb(survivor: LiveStory, absorbed: LiveStory): void {
    absorbStory(survivor, absorbed, this.stats);
    // A story that holds a merge is never split-checked, so its members' profiles would only take memory.
    survivor.tracked = null;
    survivor.holdsMerge = true;
    this.dropStory(absorbed);
    this.reindex(survivor);
    this.touch(survivor);
  }

  /**
   * At the trigger sizes, looks for two events in the story; when it holds them, the group without the founding
   * article moves to a new story (the story keeps its id, and its followers the event they followed), and the two
   * are never merged back automatically. Rare by design: a story is checked at most once per trigger size, only
   * while every member is tracked, never once another story was merged into it.
   */
  private checkForSplit(story: LiveStory): StorySplit | null {
    const options = this.splitCheck;
    const tracked = story.tracked;
    if (!options || !tracked || story.holdsMerge || tracked.length !== story.articleCount) return null;
    const due = options.triggerSizes.some((size) => story.articleCount >= size && story.splitCheckedAt < size);
    if (!due) return null;
    story.splitCheckedAt = story.articleCount;
    const verdict = findSplit(tracked, this.stats, this.model, options, this.highWaterMark);
    if (!verdict) return null;
    const leaving = new Set(verdict.moved);
    const moved = tracked.filter((_, index) => leaving.has(index));
    const kept = tracked.filter((_, index) => !leaving.has(index));
    const offshoot = this.createStory(this.newStoryId());
    offshoot.noMergeWith.add(story.id);
    story.noMergeWith.add(offshoot.id);
    for (const member of moved) this.addProfile(offshoot, profileOfMember(member, this.stats), false);
    this.index.remove(story.handle, story.indexedTerms);
    story.indexedTerms = [];
    story.tracked = kept;
    rebuildStory(
      story,
      kept.map((member) => profileOfMember(member, this.stats)),
      this.stats,
      this.highWaterMark,
    );
    this.reindex(story);
    this.touch(story);
    // Each part is checked again once it reaches the next trigger size above what it holds now.
    story.splitCheckedAt = kept.length;
    offshoot.splitCheckedAt = moved.length;
    return {
      from: story.id,
      into: offshoot.id,
      articles: moved.map((member) => member.articleId),
      between: verdict.between,
      fit: verdict.fit,
    };
  }
}
