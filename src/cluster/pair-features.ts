// The evidence that an article belongs to a story, as numbers the decision model weighs.
import type { ArticleProfile } from "./article-profile.js";
import { type CachedNorms, type LiveStory, meanJoinCosine } from "./live-story.js";
import type { TermStatistics } from "./term-statistics.js";
import { type CompactVector, type IdfLookup, toTermWeights, weightedCosine, weightedNorm } from "./term-vector.js";

export const FEATURE_NAMES = [
  /** IDF-weighted cosine of the article's title+body terms with the story's centroid. */
  "cosineFull",
  /** The article's title terms against the story's whole centroid. */
  "cosineTitleToStory",
  /** The article's title terms against the story's title centroid. */
  "cosineTitles",
  /** People, places and organisations, as IDF-weighted vectors. */
  "cosineEntities",
  /** Share of the article's entity weight that the story names too. */
  "entityCoverage",
  /** cosineEntities weighted by articleLength: entities found in full text are reliable, those of a headline less so. */
  "cosineEntitiesIfLong",
  /** entityCoverage weighted by articleLength, for the same reason. */
  "entityCoverageIfLong",
  /** cosineFull for short (headline-only) articles, where a few shared words mean more. */
  "cosineFullIfShort",
  /** How much text the article has (0 = a few words, 1 = a long article). */
  "articleLength",
  /** How big the story is (0 = one article, 1 = a hundred or more): big centroids are flatter. */
  "storySize",
  /** -log(1 + days) past the first day between the article and the story's newest article (0 when unknown). */
  "gapToNewest",
  /**
   * The same over the gap to the story's oldest article: a story that began long before the article is more often
   * a different event of its kind, however recent its last report (0 when unknown).
   */
  "gapToOldest",
  /** The outlet already has an article in the story from within a day: usually a different story, or an update. */
  "sameOutletSameDay",
  /** The article mentions a date the story's articles mention. */
  "sharedMentionedDate",
  /** Share of the story's entity weight that the article names too: a look-alike event has other people and places. */
  "storyEntityCoverage",
  /** Share of the entities the headline names that the story has never named: the headline is about someone else. */
  "titleEntitiesMissing",
  /** Share of the story's headline entities the article never names, times titleEntitiesMissing: two different actors. */
  "titleEntityConflict",
  /** Best cosine with one of the story's kept members: a same-event article is close to at least one of them. */
  "maxMemberCosine",
  /** Mean cosine with the story's kept members: average-link similarity, which penalises a diffuse story. */
  "meanMemberCosine",
  /** Both sides state numbers or times the other never does: a look-alike event (another toll, another year). */
  "argumentConflict",
  /**
   * Both sides name people and places the other never does, weighted by articleLength: in full text that is the
   * look-alike event (another province, another coach); a headline names too few for it to mean much.
   */
  "entityConflict",
  /**
   * Both sides' main participants (people, then main places) differ beyond the shared main actor (one coach fired,
   * another hired; another opponent; another province), weighted by articleLength: a headline names too few.
   */
  "peopleConflict",
  /**
   * Share of the article's headline and lede verbs (IDF-weighted) that the story's members use too. Shared verbs say
   * the same kind of thing happened, which look-alike events share as well (another arrest, another quake): the
   * trained weight is negative, discounting the part of cosineFull that is only the kind of event.
   */
  "actionsShared",
  /**
   * How far cosineFull falls short of the mean cosine at which the story's members joined (0 while it has one
   * member): a look-alike event's article fits less closely than the event's own reports, at any text length.
   */
  "cohesionDeficit",
  /** cosineFull minus the best cosineFull among the candidates (0 for the best). */
  "marginToBest",
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const LONG_ARTICLE_TERMS = 300;
const BIG_STORY_ARTICLES = 100;
/** A conflict over this many stated values weighs half; over a single one, a quarter. */
const ARGUMENTS_FOR_HALF_WEIGHT = 3;

/** Norms are recomputed once the corpus has grown by this share since they were cached. */
const NORM_STALENESS = 0.02;

/** The story's IDF-weighted norms, from its cache while the story is unchanged and IDF has barely moved. */
export function storyNorms(story: LiveStory, stats: TermStatistics): CachedNorms {
  const cached = story.norms;
  const documents = stats.documentCount;
  if (cached && documents - cached.documentCount <= NORM_STALENESS * cached.documentCount) return cached;
  const idf = (id: number) => stats.idf(id);
  const norms: CachedNorms = {
    full: weightedNorm(story.full, idf),
    title: weightedNorm(story.title, idf),
    entities: weightedNorm(story.entities, idf),
    members: story.members.map((member) => weightedNorm(member, idf)),
    documentCount: documents,
  };
  story.norms = norms;
  return norms;
}

/** Days beyond the first one, on a log scale: within a day time says little, after that every doubling counts. */
function gapEvidence(from: number | null, to: number | null): number {
  if (from === null || to === null) return 0;
  const days = Math.max(0, Math.abs(from - to) - DAY_MS) / DAY_MS;
  return -Math.log1p(days);
}

/** Share of the article's IDF-weighted mass whose ids the centroid holds; null when the article has none. */
function articleShareIn(weights: ReadonlyMap<number, number>, centroid: CompactVector, idf: IdfLookup): number | null {
  if (weights.size === 0) return null;
  let total = 0;
  for (const [id, weight] of weights) total += weight * idf(id);
  let shared = 0;
  for (const id of centroid.ids) {
    const weight = weights.get(id);
    if (weight !== undefined) shared += weight * idf(id);
  }
  return total === 0 ? null : shared / total;
}

/** Share of the centroid's IDF-weighted mass whose ids the article holds; null when the centroid is empty. */
function centroidShareIn(centroid: CompactVector, weights: ReadonlyMap<number, number>, idf: IdfLookup): number | null {
  let shared = 0;
  let total = 0;
  for (let index = 0; index < centroid.ids.length; index++) {
    const id = centroid.ids[index] ?? 0;
    const value = (centroid.weights[index] ?? 0) * idf(id);
    total += value;
    if (weights.has(id)) shared += value;
  }
  return total === 0 ? null : shared / total;
}

/**
 * How far each side names values the other never does, multiplied: high only when both state their own (another
 * headline actor, another death toll), not when one side simply says less. 0 when either side names nothing.
 */
function conflict(weights: ReadonlyMap<number, number>, centroid: CompactVector, idf: IdfLookup): number {
  const articleShare = articleShareIn(weights, centroid, idf);
  const centroidShare = centroidShareIn(centroid, weights, idf);
  if (articleShare === null || centroidShare === null) return 0;
  return (1 - articleShare) * (1 - centroidShare);
}

/**
 * Values a few reports of one event state differently are normal (a death toll rises from 60 to 95); many different
 * numbers and times are another event. The conflict counts in proportion to how many values the sparser side gives.
 */
function argumentConflict(profile: ArticleProfile, story: LiveStory, idf: IdfLookup): number {
  const stated = Math.min(profile.eventArguments.size, story.eventArguments.ids.length);
  return conflict(profile.eventArguments, story.eventArguments, idf) * (stated / (stated + ARGUMENTS_FOR_HALF_WEIGHT));
}

/** The id with the most weight: who the story is mainly about (a tie goes to the founding article's most named). */
function heaviestId(vector: CompactVector): number | undefined {
  let best: number | undefined;
  let bestWeight = 0;
  for (let index = 0; index < vector.ids.length; index++) {
    const weight = vector.weights[index] ?? 0;
    if (weight > bestWeight) {
      bestWeight = weight;
      best = vector.ids[index];
    }
  }
  return best;
}

/**
 * The conflict over the other participants once each side's main actor is set aside: look-alike events share the
 * actor (the team, the champion) and differ in whom it fired, hired or fought.
 */
function peopleConflict(profile: ArticleProfile, story: LiveStory, idf: IdfLookup): number {
  const articleMain = profile.people.keys().next().value;
  const storyMain = heaviestId(story.people);
  const articleOthers = new Map([...profile.people].filter(([id]) => id !== articleMain && id !== storyMain));
  const keep = Array.from(story.people.ids, (id) => id !== articleMain && id !== storyMain);
  const storyOthers: CompactVector = {
    ids: story.people.ids.filter((_, index) => keep[index]),
    weights: story.people.weights.filter((_, index) => keep[index]),
  };
  return conflict(articleOthers, storyOthers, idf);
}

function cohesionDeficit(story: LiveStory, cosineFull: number): number {
  const typical = meanJoinCosine(story);
  return typical === null ? 0 : Math.max(0, typical - cosineFull);
}

function titleEntitiesMissing(profile: ArticleProfile, story: LiveStory, idf: IdfLookup): number {
  const shared = articleShareIn(profile.titleEntities, story.entities, idf);
  return shared === null ? 0 : 1 - shared;
}

function titleEntityConflict(profile: ArticleProfile, story: LiveStory, idf: IdfLookup): number {
  const storyShare = centroidShareIn(story.titleEntities, profile.entities, idf);
  return storyShare === null ? 0 : titleEntitiesMissing(profile, story, idf) * (1 - storyShare);
}

/** [max, mean] cosine with the story's kept members. */
function memberCosines(
  profile: ArticleProfile,
  story: LiveStory,
  norms: CachedNorms,
  idf: IdfLookup,
): [number, number] {
  let best = 0;
  let sum = 0;
  for (let index = 0; index < story.members.length; index++) {
    const member = story.members[index] as CompactVector;
    const cosine = weightedCosine(profile.full, profile.fullNorm, member, norms.members[index] ?? 0, idf);
    best = Math.max(best, cosine);
    sum += cosine;
  }
  return [best, story.members.length === 0 ? 0 : sum / story.members.length];
}

function sameOutletSameDay(profile: ArticleProfile, story: LiveStory): number {
  if (profile.outlet === null || profile.time === null) return 0;
  const time = profile.time;
  return story.recentOutlets.some(
    (appearance) =>
      appearance.outlet === profile.outlet && appearance.time !== null && Math.abs(appearance.time - time) < DAY_MS,
  )
    ? 1
    : 0;
}

function sharedMentionedDate(profile: ArticleProfile, story: LiveStory): number {
  return profile.mentionedDates.some((date) => story.dates.has(date)) ? 1 : 0;
}

/** Features of one (article, story) pair; marginToBest is filled in by `withMargins` once all candidates are known. */
export function pairFeatures(
  profile: ArticleProfile,
  story: LiveStory,
  norms: CachedNorms,
  stats: TermStatistics,
): number[] {
  const idf = (id: number) => stats.idf(id);
  const cosineFull = weightedCosine(profile.full, profile.fullNorm, story.full, norms.full, idf);
  const articleLength = Math.min(1, Math.log1p(profile.distinctTermCount) / Math.log1p(LONG_ARTICLE_TERMS));
  const timeKnown = profile.time !== null && story.lastTime !== null ? 1 : 0;
  const cosineEntities = weightedCosine(profile.entities, profile.entityNorm, story.entities, norms.entities, idf);
  const coverage = articleShareIn(profile.entities, story.entities, idf) ?? 0;
  return [
    cosineFull,
    weightedCosine(profile.title, profile.titleNorm, story.full, norms.full, idf),
    weightedCosine(profile.title, profile.titleNorm, story.title, norms.title, idf),
    cosineEntities,
    coverage,
    cosineEntities * articleLength,
    coverage * articleLength,
    cosineFull * (1 - articleLength),
    articleLength,
    Math.min(1, Math.log1p(story.articleCount) / Math.log1p(BIG_STORY_ARTICLES)),
    timeKnown ? gapEvidence(profile.time, story.lastTime) : 0,
    timeKnown ? gapEvidence(profile.time, story.firstTime) : 0,
    sameOutletSameDay(profile, story),
    sharedMentionedDate(profile, story),
    centroidShareIn(story.entities, profile.entities, idf) ?? 0,
    titleEntitiesMissing(profile, story, idf),
    titleEntityConflict(profile, story, idf),
    ...memberCosines(profile, story, norms, idf),
    argumentConflict(profile, story, idf),
    conflict(profile.entities, story.entities, idf) * articleLength,
    peopleConflict(profile, story, idf) * articleLength,
    articleShareIn(profile.actions, story.actions, idf) ?? 0,
    cohesionDeficit(story, cosineFull),
    0,
  ];
}

const COSINE_FULL = FEATURE_NAMES.indexOf("cosineFull");
const MARGIN_TO_BEST = FEATURE_NAMES.indexOf("marginToBest");

/** Fills in marginToBest across one article's candidates. */
export function withMargins(featureRows: number[][]): number[][] {
  let best = 0;
  for (const row of featureRows) best = Math.max(best, row[COSINE_FULL] ?? 0);
  for (const row of featureRows) row[MARGIN_TO_BEST] = (row[COSINE_FULL] ?? 0) - best;
  return featureRows;
}

/** How alike two stories are: the mean of their term and entity centroid cosines. */
export function storySimilarity(a: LiveStory, b: LiveStory, stats: TermStatistics): number {
  const idf = (id: number) => stats.idf(id);
  const aFull = toTermWeights(a.full);
  const aEntities = toTermWeights(a.entities);
  const full = weightedCosine(aFull, weightedNorm(aFull, idf), b.full, weightedNorm(b.full, idf), idf);
  const entities = weightedCosine(
    aEntities,
    weightedNorm(aEntities, idf),
    b.entities,
    weightedNorm(b.entities, idf),
    idf,
  );
  return (full + entities) / 2;
}
