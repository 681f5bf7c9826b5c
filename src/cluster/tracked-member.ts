// A tracked story's member as the split check needs it: its id, whether a person placed it, and a compact profile to rebuild from.
import { type ArticleProfile, distinctIdsOf } from "./article-profile.js";
import { CENTROID_LIMITS, type LiveStory } from "./live-story.js";
import type { TermStatistics } from "./term-statistics.js";
import { compact, type IdfLookup, toTermWeights, weightedNorm } from "./term-vector.js";

/** The member's own vectors, truncated as the story's centroids are. */
type MemberVectors = Pick<
  LiveStory,
  "full" | "title" | "entities" | "titleEntities" | "eventArguments" | "people" | "actions"
>;

export interface TrackedMember extends MemberVectors {
  articleId: string;
  /** A person put it in the story: the split check never moves it. */
  manual: boolean;
  headline: string;
  time: number | null;
  outlet: string | null;
  distinctTermCount: number;
  mentionedDates: string[];
}

/** Truncated like the story's centroids, which is all a rebuilt story can hold anyway. */
export function trackMember(profile: ArticleProfile, manual: boolean, idf: IdfLookup): TrackedMember {
  return {
    articleId: profile.id,
    manual,
    headline: profile.headline,
    full: compact(profile.full, CENTROID_LIMITS.full, idf),
    title: compact(profile.title, CENTROID_LIMITS.title, idf),
    entities: compact(profile.entities, CENTROID_LIMITS.entities, idf),
    titleEntities: compact(profile.titleEntities, CENTROID_LIMITS.titleEntities, idf),
    eventArguments: compact(profile.eventArguments, CENTROID_LIMITS.eventArguments, idf),
    people: compact(profile.people, CENTROID_LIMITS.people, idf),
    actions: compact(profile.actions, CENTROID_LIMITS.actions, idf),
    time: profile.time,
    outlet: profile.outlet,
    distinctTermCount: profile.distinctTermCount,
    mentionedDates: profile.mentionedDates,
  };
}

/**
 * The founding member, sharing the vectors of the one-article story it founded instead of copying them: those
 * centroids are its own vectors at unit length, truncated alike (the split check's scores do not depend on length),
 * and a story replaces its centroids as it grows rather than changing them, so the founder's stay as they were.
 * Most stories never get a second article; this keeps the check from doubling what they cost in memory.
 */
export function trackFounder(story: LiveStory, profile: ArticleProfile, manual: boolean): TrackedMember {
  return {
    ...founderVectors(story),
    articleId: profile.id,
    manual,
    headline: profile.headline,
    time: profile.time,
    outlet: profile.outlet,
    distinctTermCount: profile.distinctTermCount,
    mentionedDates: profile.mentionedDates,
  };
}

/** A one-article story's centroids, which are its founder's vectors. */
export function founderVectors(story: LiveStory): MemberVectors {
  const { full, title, entities, titleEntities, eventArguments, people, actions } = story;
  return { full, title, entities, titleEntities, eventArguments, people, actions };
}

/** The profile a tracked member is re-added to a story with when the story is rebuilt after a split. */
export function profileOfMember(member: TrackedMember, stats: TermStatistics): ArticleProfile {
  const idf = (id: number) => stats.idf(id);
  const full = toTermWeights(member.full);
  const title = toTermWeights(member.title);
  const entities = toTermWeights(member.entities);
  const eventArguments = toTermWeights(member.eventArguments);
  return {
    id: member.articleId,
    headline: member.headline,
    full,
    title,
    entities,
    titleEntities: toTermWeights(member.titleEntities),
    eventArguments,
    people: toTermWeights(member.people),
    actions: toTermWeights(member.actions),
    fullNorm: weightedNorm(full, idf),
    titleNorm: weightedNorm(title, idf),
    entityNorm: weightedNorm(entities, idf),
    distinctIds: distinctIdsOf(full, entities, eventArguments),
    time: member.time,
    outlet: member.outlet,
    distinctTermCount: member.distinctTermCount,
    mentionedDates: member.mentionedDates,
  };
}
