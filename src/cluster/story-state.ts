// A live story as JSON for the store: terms by name (ids are per process), weights rounded, sizes bounded.
import { z } from "zod";
import { createLiveStory, type LiveStory } from "./live-story.js";
import type { TermStatistics } from "./term-statistics.js";
import type { CompactVector } from "./term-vector.js";
import { founderVectors, type TrackedMember } from "./tracked-member.js";

const weightedTerms = z.array(z.tuple([z.string(), z.number().positive()]));
const isoTime = z.string().refine((value) => !Number.isNaN(Date.parse(value)), "not an ISO 8601 time");

const trackedMemberSchema = z.object({
  articleId: z.string().min(1),
  manual: z.boolean(),
  headline: z.string(),
  /** The founder of a one-article story: its vectors are the story's centroids, so they are not written twice. */
  sharesCentroids: z.boolean().default(false),
  full: weightedTerms,
  title: weightedTerms,
  entities: weightedTerms,
  titleEntities: weightedTerms,
  eventArguments: weightedTerms,
  people: weightedTerms,
  actions: weightedTerms,
  published: isoTime.nullable(),
  outlet: z.string().nullable(),
  distinctTermCount: z.number().int().nonnegative(),
  mentionedDates: z.array(z.string()),
});

export const storyStateSchema = z.object({
  version: z.literal(1),
  id: z.string().min(1),
  createdOrder: z.number().int().nonnegative(),
  headline: z.string(),
  headlineTerms: weightedTerms,
  articleCount: z.number().int().nonnegative(),
  full: weightedTerms,
  title: weightedTerms,
  entities: weightedTerms,
  titleEntities: weightedTerms,
  /** Numbers, years, weekdays and months the members state; absent in states saved before it was kept. */
  eventArguments: weightedTerms.default([]),
  /** The people members name most; absent in states saved before it was kept. */
  people: weightedTerms.default([]),
  /** The verbs of members' headlines and ledes; absent in states saved before it was kept. */
  actions: weightedTerms.default([]),
  /** Sum and count of the cosines at which members joined; absent in states saved before they were kept. */
  joinCosineSum: z.number().nonnegative().default(0),
  joinCount: z.number().int().nonnegative().default(0),
  /** A few members' own term vectors (founding ones first), for member-level similarity. */
  members: z.array(weightedTerms),
  firstPublished: isoTime.nullable(),
  lastPublished: isoTime.nullable(),
  /** When the story was last touched, on the article clock (not the wall clock); null when no article had a time. */
  lastActivity: isoTime.nullable(),
  recentOutlets: z.array(z.object({ outlet: z.string(), published: isoTime.nullable() })),
  mentionedDates: z.array(z.tuple([z.string(), z.number().int().positive()])),
  /** Stories split from this one or it from them: never merged with it automatically. */
  noMergeWith: z.array(z.string()),
  /** Every member's compact profile up to the split check's last size; null (or absent) once it outgrew that. */
  tracked: z.array(trackedMemberSchema).nullable().default(null),
  /** Article count at the last split check; absent in states saved before the check existed. */
  splitCheckedAt: z.number().int().nonnegative().default(0),
  /** A person merged another story into this one, so it is never split automatically. */
  holdsMerge: z.boolean().default(false),
});

export type StoryState = z.infer<typeof storyStateSchema>;

function round(value: number): number {
  return Math.round(value * 1e3) / 1e3;
}

function termsOf(vector: CompactVector, stats: TermStatistics): [string, number][] {
  const terms: [string, number][] = [];
  for (let index = 0; index < vector.ids.length; index++) {
    const weight = round(vector.weights[index] ?? 0);
    if (weight > 0) terms.push([stats.termOf(vector.ids[index] ?? 0), weight]);
  }
  return terms;
}

function vectorOf(terms: readonly (readonly [string, number])[], stats: TermStatistics): CompactVector {
  const ids = new Int32Array(terms.length);
  const weights = new Float32Array(terms.length);
  terms.forEach(([term, weight], index) => {
    ids[index] = stats.idOf(term);
    weights[index] = weight;
  });
  return { ids, weights };
}

function isoOf(time: number | null): string | null {
  return time === null ? null : new Date(time).toISOString();
}

function timeOf(iso: string | null): number | null {
  return iso === null ? null : Date.parse(iso);
}

function trackedToState(
  member: TrackedMember,
  story: LiveStory,
  stats: TermStatistics,
): z.infer<typeof trackedMemberSchema> {
  const sharesCentroids = story.articleCount === 1 && member.full === story.full;
  const terms = (vector: CompactVector) => (sharesCentroids ? [] : termsOf(vector, stats));
  return {
    articleId: member.articleId,
    manual: member.manual,
    headline: member.headline,
    sharesCentroids,
    full: terms(member.full),
    title: terms(member.title),
    entities: terms(member.entities),
    titleEntities: terms(member.titleEntities),
    eventArguments: terms(member.eventArguments),
    people: terms(member.people),
    actions: terms(member.actions),
    published: isoOf(member.time),
    outlet: member.outlet,
    distinctTermCount: member.distinctTermCount,
    mentionedDates: member.mentionedDates,
  };
}

function trackedFromState(
  state: z.infer<typeof trackedMemberSchema>,
  story: LiveStory,
  stats: TermStatistics,
): TrackedMember {
  const vectors = state.sharesCentroids
    ? founderVectors(story)
    : {
        full: vectorOf(state.full, stats),
        title: vectorOf(state.title, stats),
        entities: vectorOf(state.entities, stats),
        titleEntities: vectorOf(state.titleEntities, stats),
        eventArguments: vectorOf(state.eventArguments, stats),
        people: vectorOf(state.people, stats),
        actions: vectorOf(state.actions, stats),
      };
  return {
    articleId: state.articleId,
    manual: state.manual,
    headline: state.headline,
    ...vectors,
    time: timeOf(state.published),
    outlet: state.outlet,
    distinctTermCount: state.distinctTermCount,
    mentionedDates: state.mentionedDates,
  };
}

export function toStoryState(story: LiveStory, stats: TermStatistics): StoryState {
  return {
    version: 1,
    id: story.id,
    createdOrder: story.createdOrder,
    headline: story.headline,
    headlineTerms: termsOf(story.headlineTerms, stats),
    articleCount: story.articleCount,
    full: termsOf(story.full, stats),
    title: termsOf(story.title, stats),
    entities: termsOf(story.entities, stats),
    titleEntities: termsOf(story.titleEntities, stats),
    eventArguments: termsOf(story.eventArguments, stats),
    people: termsOf(story.people, stats),
    actions: termsOf(story.actions, stats),
    joinCosineSum: round(story.joinCosineSum),
    joinCount: story.joinCount,
    members: story.members.map((member) => termsOf(member, stats)),
    firstPublished: isoOf(story.firstTime),
    lastPublished: isoOf(story.lastTime),
    lastActivity: isoOf(story.activity),
    recentOutlets: story.recentOutlets.map((appearance) => ({
      outlet: appearance.outlet,
      published: isoOf(appearance.time),
    })),
    mentionedDates: [...story.dates.entries()],
    noMergeWith: [...story.noMergeWith],
    tracked: story.tracked?.map((member) => trackedToState(member, story, stats)) ?? null,
    splitCheckedAt: story.splitCheckedAt,
    holdsMerge: story.holdsMerge,
  };
}

export function fromStoryState(state: StoryState, handle: number, stats: TermStatistics): LiveStory {
  const parsed = storyStateSchema.parse(state);
  const story = createLiveStory(handle, parsed.id, parsed.createdOrder);
  story.headline = parsed.headline;
  story.headlineTerms = vectorOf(parsed.headlineTerms, stats);
  story.articleCount = parsed.articleCount;
  story.full = vectorOf(parsed.full, stats);
  story.title = vectorOf(parsed.title, stats);
  story.entities = vectorOf(parsed.entities, stats);
  story.titleEntities = vectorOf(parsed.titleEntities, stats);
  story.eventArguments = vectorOf(parsed.eventArguments, stats);
  story.people = vectorOf(parsed.people, stats);
  story.actions = vectorOf(parsed.actions, stats);
  story.joinCosineSum = parsed.joinCosineSum;
  story.joinCount = parsed.joinCount;
  story.members = parsed.members.map((member) => vectorOf(member, stats));
  story.firstTime = timeOf(parsed.firstPublished);
  story.lastTime = timeOf(parsed.lastPublished);
  story.activity = timeOf(parsed.lastActivity);
  story.recentOutlets = parsed.recentOutlets.map((appearance) => ({
    outlet: appearance.outlet,
    time: timeOf(appearance.published),
  }));
  story.dates = new Map(parsed.mentionedDates);
  story.noMergeWith = new Set(parsed.noMergeWith);
  story.tracked = parsed.tracked?.map((member) => trackedFromState(member, story, stats)) ?? null;
  story.splitCheckedAt = parsed.splitCheckedAt;
  story.holdsMerge = parsed.holdsMerge;
  return story;
}
