// A story while it is in the clusterer's window: truncated centroids, counts, times and outlets, and how they change.
import type { ArticleProfile } from "./article-profile.js";
import type { TermStatistics } from "./term-statistics.js";
import {
  addScaled,
  type CompactVector,
  compact,
  EMPTY_VECTOR,
  type IdfLookup,
  type TermWeights,
  toTermWeights,
  unitLength,
  weightedCosine,
  weightedNorm,
} from "./term-vector.js";
import type { TrackedMember } from "./tracked-member.js";

/** Centroid sizes: enough for a story's vocabulary, small enough for 100,000 live stories. */
export const CENTROID_LIMITS = {
  full: 150,
  title: 40,
  entities: 40,
  titleEntities: 16,
  eventArguments: 32,
  people: 16,
  actions: 16,
  member: 60,
} as const;
/** Members kept whole (truncated): the first few define the event, the last few show where it went. */
const FOUNDING_MEMBERS = 4;
const RECENT_MEMBERS = 4;
const RECENT_OUTLETS = 16;
const KEPT_DATES = 16;
/** A new headline must fit the story clearly better, so the headline does not flicker. */
const HEADLINE_HYSTERESIS = 0.03;

export interface OutletAppearance {
  outlet: string;
  time: number | null;
}

/** IDF-weighted centroid norms, cached because IDF drifts slowly while a story is compared with many articles. */
export interface CachedNorms {
  full: number;
  title: number;
  entities: number;
  members: number[];
  /** Document count the norms were computed at. */
  documentCount: number;
}

export interface LiveStory {
  /** Small integer used by the candidate index. */
  handle: number;
  id: string;
  /** Creation order: the older story survives a merge. */
  createdOrder: number;
  headline: string;
  headlineTerms: CompactVector;
  articleCount: number;
  full: CompactVector;
  title: CompactVector;
  entities: CompactVector;
  /** Entities that member headlines name: who and where the story is about. */
  titleEntities: CompactVector;
  /** Numbers, years, weekdays and months the members state: what a look-alike event states differently. */
  eventArguments: CompactVector;
  /** The people and places members name most: the same main actor with other participants is a look-alike event. */
  people: CompactVector;
  /** The verbs member headlines and ledes use: what happened. */
  actions: CompactVector;
  /** Sum and count of the cosines at which members joined (the founder aside): how closely the story holds together. */
  joinCosineSum: number;
  joinCount: number;
  firstTime: number | null;
  lastTime: number | null;
  /** Newest time the story was touched (its newest article, or the high-water mark for undated ones); drives eviction. */
  activity: number | null;
  recentOutlets: OutletAppearance[];
  /** Mentioned dates with how many articles mention them. */
  dates: Map<string, number>;
  /** Term vectors of a few members (founding ones first, then the most recent), for member-level similarity. */
  members: CompactVector[];
  /** Term ids under which the candidate index lists the story. */
  indexedTerms: number[];
  /** Stories a person split from this one (or this from them): never merged back automatically. */
  noMergeWith: Set<string>;
  /** Null whenever the story changed since they were computed. */
  norms: CachedNorms | null;
  /** Every member's compact profile up to the split check's last size (24 by default); null once it outgrew that. */
  tracked: TrackedMember[] | null;
  /** Article count at the story's last split check (0: never checked). */
  splitCheckedAt: number;
  /**
   * Another story was merged into this one, by a person or by the clusterer: the split check never runs on it, so it
   * cannot undo a person's merge, nor move out the articles of a story whose id now leads here as an alias.
   */
  holdsMerge: boolean;
}

export function createLiveStory(handle: number, id: string, createdOrder: number): LiveStory {
  return {
    handle,
    id,
    createdOrder,
    headline: "",
    headlineTerms: EMPTY_VECTOR,
    articleCount: 0,
    full: EMPTY_VECTOR,
    title: EMPTY_VECTOR,
    entities: EMPTY_VECTOR,
    titleEntities: EMPTY_VECTOR,
    eventArguments: EMPTY_VECTOR,
    people: EMPTY_VECTOR,
    actions: EMPTY_VECTOR,
    joinCosineSum: 0,
    joinCount: 0,
    firstTime: null,
    lastTime: null,
    activity: null,
    recentOutlets: [],
    dates: new Map(),
    indexedTerms: [],
    noMergeWith: new Set(),
    members: [],
    norms: null,
    tracked: [],
    splitCheckedAt: 0,
    holdsMerge: false,
  };
}

/**
 * Rebuilds the story's centroids, counts and times from these members alone (after a split moved the others out).
 * Identity, index entries, merge bans and split bookkeeping stay; the caller reindexes.
 */
export function rebuildStory(
  story: LiveStory,
  profiles: readonly ArticleProfile[],
  stats: TermStatistics,
  highWaterMark: number | null,
): void {
  const fresh = createLiveStory(story.handle, story.id, story.createdOrder);
  const { indexedTerms, noMergeWith, tracked, splitCheckedAt, holdsMerge } = story;
  Object.assign(story, fresh, { indexedTerms, noMergeWith, tracked, splitCheckedAt, holdsMerge });
  for (const profile of profiles) addArticleToStory(story, profile, stats, highWaterMark);
}

function keepMember(story: LiveStory, member: CompactVector): void {
  story.members.push(member);
  if (story.members.length > FOUNDING_MEMBERS + RECENT_MEMBERS) story.members.splice(FOUNDING_MEMBERS, 1);
}

function shifted(centroid: CompactVector, addition: TermWeights, scale: number, limit: number, idf: IdfLookup) {
  const weights = toTermWeights(centroid);
  addScaled(weights, unitLength(addition), scale);
  return compact(weights, limit, idf);
}

function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

function latest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

function keepTopDates(dates: Map<string, number>): void {
  if (dates.size <= KEPT_DATES) return;
  const kept = [...dates.entries()].sort((a, b) => b[1] - a[1]).slice(0, KEPT_DATES);
  dates.clear();
  for (const [date, count] of kept) dates.set(date, count);
}

function headlineFit(terms: CompactVector | TermWeights, story: LiveStory, idf: IdfLookup): number {
  const weights = terms instanceof Map ? terms : toTermWeights(terms);
  return weightedCosine(weights, weightedNorm(weights, idf), story.title, weightedNorm(story.title, idf), idf);
}

/** The headline is the member title closest to the story's title centroid: the most typical wording. */
function updateHeadline(story: LiveStory, profile: ArticleProfile, idf: IdfLookup): void {
  if (story.headline === "") {
    story.headline = profile.headline;
    story.headlineTerms = compact(profile.title, CENTROID_LIMITS.title, idf);
    return;
  }
  const current = headlineFit(story.headlineTerms, story, idf);
  const candidate = headlineFit(profile.title, story, idf);
  if (candidate > current + HEADLINE_HYSTERESIS && profile.headline.trim() !== "") {
    story.headline = profile.headline;
    story.headlineTerms = compact(profile.title, CENTROID_LIMITS.title, idf);
  }
}

export function addArticleToStory(
  story: LiveStory,
  profile: ArticleProfile,
  stats: TermStatistics,
  highWaterMark: number | null,
): void {
  const idf = (id: number) => stats.idf(id);
  if (story.articleCount > 0) {
    // The norm cached while the article was judged against this story, when there is one.
    const norm = story.norms?.full ?? weightedNorm(story.full, idf);
    story.joinCosineSum += weightedCosine(profile.full, profile.fullNorm, story.full, norm, idf);
    story.joinCount++;
  }
  story.norms = null;
  story.full = shifted(story.full, profile.full, 1, CENTROID_LIMITS.full, idf);
  story.title = shifted(story.title, profile.title, 1, CENTROID_LIMITS.title, idf);
  story.entities = shifted(story.entities, profile.entities, 1, CENTROID_LIMITS.entities, idf);
  story.titleEntities = shifted(story.titleEntities, profile.titleEntities, 1, CENTROID_LIMITS.titleEntities, idf);
  story.eventArguments = shifted(story.eventArguments, profile.eventArguments, 1, CENTROID_LIMITS.eventArguments, idf);
  story.people = shifted(story.people, profile.people, 1, CENTROID_LIMITS.people, idf);
  story.actions = shifted(story.actions, profile.actions, 1, CENTROID_LIMITS.actions, idf);
  keepMember(story, compact(unitLength(profile.full), CENTROID_LIMITS.member, idf));
  story.articleCount++;
  story.firstTime = earliest(story.firstTime, profile.time);
  story.lastTime = latest(story.lastTime, profile.time);
  story.activity = latest(story.lastTime, highWaterMark);
  if (profile.outlet) {
    story.recentOutlets.push({ outlet: profile.outlet, time: profile.time });
    if (story.recentOutlets.length > RECENT_OUTLETS) story.recentOutlets.shift();
  }
  for (const date of profile.mentionedDates) story.dates.set(date, (story.dates.get(date) ?? 0) + 1);
  keepTopDates(story.dates);
  updateHeadline(story, profile, idf);
}

/** The mean cosine at which members joined the story, or null while it has only its founder. */
export function meanJoinCosine(story: LiveStory): number | null {
  return story.joinCount === 0 ? null : story.joinCosineSum / story.joinCount;
}

/** Takes an article's share back out; exact for untruncated terms, close enough for the rest. */
export function removeArticleFromStory(story: LiveStory, profile: ArticleProfile, stats: TermStatistics): void {
  story.norms = null;
  const idf = (id: number) => stats.idf(id);
  story.full = shifted(story.full, profile.full, -1, CENTROID_LIMITS.full, idf);
  story.title = shifted(story.title, profile.title, -1, CENTROID_LIMITS.title, idf);
  story.entities = shifted(story.entities, profile.entities, -1, CENTROID_LIMITS.entities, idf);
  story.titleEntities = shifted(story.titleEntities, profile.titleEntities, -1, CENTROID_LIMITS.titleEntities, idf);
  story.eventArguments = shifted(story.eventArguments, profile.eventArguments, -1, CENTROID_LIMITS.eventArguments, idf);
  story.people = shifted(story.people, profile.people, -1, CENTROID_LIMITS.people, idf);
  story.actions = shifted(story.actions, profile.actions, -1, CENTROID_LIMITS.actions, idf);
  story.articleCount = Math.max(0, story.articleCount - 1);
  for (const date of profile.mentionedDates) {
    const count = (story.dates.get(date) ?? 0) - 1;
    if (count > 0) story.dates.set(date, count);
    else story.dates.delete(date);
  }
  const index = story.recentOutlets.findIndex(
    (appearance) => appearance.outlet === profile.outlet && appearance.time === profile.time,
  );
  if (index >= 0) story.recentOutlets.splice(index, 1);
  if (profile.headline === story.headline) {
    // The headline's article left: the best remaining wording is unknown, so keep the text but let any member replace it.
    story.headlineTerms = EMPTY_VECTOR;
  }
}

function summed(a: CompactVector, b: CompactVector, limit: number, idf: IdfLookup): CompactVector {
  const weights = toTermWeights(a);
  addScaled(weights, b, 1);
  return compact(weights, limit, idf);
}

/** Folds `absorbed` into `survivor`; the caller drops `absorbed` from its indexes. */
export function absorbStory(survivor: LiveStory, absorbed: LiveStory, stats: TermStatistics): void {
  survivor.norms = null;
  const idf = (id: number) => stats.idf(id);
  survivor.full = summed(survivor.full, absorbed.full, CENTROID_LIMITS.full, idf);
  survivor.title = summed(survivor.title, absorbed.title, CENTROID_LIMITS.title, idf);
  survivor.entities = summed(survivor.entities, absorbed.entities, CENTROID_LIMITS.entities, idf);
  survivor.titleEntities = summed(survivor.titleEntities, absorbed.titleEntities, CENTROID_LIMITS.titleEntities, idf);
  survivor.eventArguments = summed(
    survivor.eventArguments,
    absorbed.eventArguments,
    CENTROID_LIMITS.eventArguments,
    idf,
  );
  survivor.people = summed(survivor.people, absorbed.people, CENTROID_LIMITS.people, idf);
  survivor.actions = summed(survivor.actions, absorbed.actions, CENTROID_LIMITS.actions, idf);
  survivor.articleCount += absorbed.articleCount;
  survivor.joinCosineSum += absorbed.joinCosineSum;
  survivor.joinCount += absorbed.joinCount;
  survivor.firstTime = earliest(survivor.firstTime, absorbed.firstTime);
  survivor.lastTime = latest(survivor.lastTime, absorbed.lastTime);
  survivor.activity = latest(survivor.activity, absorbed.activity);
  survivor.recentOutlets = [...survivor.recentOutlets, ...absorbed.recentOutlets].slice(-RECENT_OUTLETS);
  for (const [date, count] of absorbed.dates) survivor.dates.set(date, (survivor.dates.get(date) ?? 0) + count);
  keepTopDates(survivor.dates);
  for (const id of absorbed.noMergeWith) if (id !== survivor.id) survivor.noMergeWith.add(id);
  for (const member of absorbed.members) keepMember(survivor, member);
  if (headlineFit(absorbed.headlineTerms, survivor, idf) > headlineFit(survivor.headlineTerms, survivor, idf)) {
    survivor.headline = absorbed.headline;
    survivor.headlineTerms = absorbed.headlineTerms;
  }
}

/** Every term id the story's vectors hold, its tracked members' included: terms the vocabulary may not forget. */
export function* termIdsHeldBy(story: LiveStory): Generator<number> {
  const vectors = [story.full, story.title, story.entities, story.titleEntities, story.eventArguments];
  vectors.push(story.people, story.actions, story.headlineTerms, ...story.members);
  for (const member of story.tracked ?? []) {
    vectors.push(member.full, member.title, member.entities, member.titleEntities);
    vectors.push(member.eventArguments, member.people, member.actions);
  }
  for (const vector of vectors) yield* vector.ids;
  yield* story.indexedTerms;
}
