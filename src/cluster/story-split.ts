// Judges whether a story still tracked member by member holds two events, by asking the decision model about its members.
import type { ArticleProfile } from "./article-profile.js";
import type { DecisionModel } from "./decision-model.js";
import { membershipProbability, sameEventProbability } from "./decision-model.js";
import { leavesAsLaterTurn, leavesMostlyLater, mutualArgumentConflict } from "./group-arguments.js";
import { addArticleToStory, createLiveStory, type LiveStory } from "./live-story.js";
import { pairFeatures, storyNorms, withMargins } from "./pair-features.js";
import { type Bisection, bestBisection, type SplitCheckOptions } from "./split-check.js";
import type { TermStatistics } from "./term-statistics.js";
import { profileOfMember, type TrackedMember } from "./tracked-member.js";

/**
 * Each group agreeing on this many values (places, people, numbers, dates) the other never states is two events,
 * however well the leaving group's words fit the rest: look-alikes share the kind of event, not its arguments.
 */
const OWN_VALUES_OF_TWO_EVENTS = 4;
/**
 * Twins reported side by side can share so much wording (a title fight's boxer, belts and venue type; two arrests of
 * one team's players) that the pair model rates reports across them above the joining threshold. Up to this mean
 * probability across the groups, the story still splits when each group agrees on OWN_VALUES_WHEN_PAIRS_AGREE values
 * the other never states: twice the evidence asked of groups the model already keeps apart.
 */
const MAX_BETWEEN_OF_TWINS = 0.7;
const OWN_VALUES_WHEN_PAIRS_AGREE = 8;
/**
 * Past this many members a story is large: a group of reports that fits the rest by the joining weights, since a big
 * story's words take in anything of its kind, so its two events are told apart by their members alone.
 */
const LARGEST_SMALL_STORY = 12;
/** In a large story each group holds at least this share of the members: a few odd reports are its digressions. */
const LARGE_STORY_MIN_GROUP_SHARE = 0.25;
/**
 * A large story is checked only when at least half its members have this many distinct terms: reports, not headlines
 * (a headline rarely has 15). Pairs of headlines are too short to tell two events from two angles of one, and a
 * headline-only story that grows large gathers angles.
 */
const FULL_TEXT_TERMS = 25;

export interface SplitVerdict {
  /** Indexes (into the tracked members) of the group that leaves. */
  moved: number[];
  /** Mean member-to-member membership probability across the groups. */
  between: number;
  /** Mean probability that a leaving member belongs to a story of the members that stay. */
  fit: number;
}

/** A throwaway story of these members, outside any index, to score an article against. */
export function storyOf(
  profiles: readonly ArticleProfile[],
  stats: TermStatistics,
  highWaterMark: number | null,
): LiveStory {
  const story = createLiveStory(-1, "", 0);
  for (const profile of profiles) addArticleToStory(story, profile, stats, highWaterMark);
  return story;
}

/** The pair features of an article and a story that is alone among its candidates. */
export function loneCandidateFeatures(profile: ArticleProfile, story: LiveStory, stats: TermStatistics): number[] {
  return withMargins([pairFeatures(profile, story, storyNorms(story, stats), stats)])[0] ?? [];
}

function probabilityIn(profile: ArticleProfile, story: LiveStory, stats: TermStatistics, model: DecisionModel): number {
  return membershipProbability(model, loneCandidateFeatures(profile, story, stats));
}

/** How likely each two members are to report one event, averaged over both directions. */
function pairProbabilities(
  profiles: readonly ArticleProfile[],
  stats: TermStatistics,
  model: DecisionModel,
  highWaterMark: number | null,
): number[][] {
  const singles = profiles.map((profile) => storyOf([profile], stats, highWaterMark));
  const toward = profiles.map((profile, a) =>
    singles.map((single, b) =>
      a === b ? 1 : sameEventProbability(model, loneCandidateFeatures(profile, single, stats)),
    ),
  );
  return toward.map((row, a) => row.map((value, b) => (value + (toward[b]?.[a] ?? value)) / 2));
}

/**
 * The decision model judged each member against the story as it was when it joined; a twin's first report met a
 * story of one to three articles, where look-alikes still pass. With a few reports of each event in hand, the check
 * asks the model again: it picks the two groups that each hold together and differ most (by the model's same-event
 * weights, fitted on pairs of articles), and splits only if those across the groups fall below the joining threshold
 * both pair by pair and as a group (the leaving members scored by the joining weights against a story of those that
 * stay). The group test is waived when each group has its own consensus arguments (`mutualArgumentConflict`): the
 * joining weights, fitted on a story's words, still fit a look-alike twin there. Not when the leaving group all came
 * out later (`leavesAsLaterTurn`): a story's next turn brings new numbers, people and dates of its own too. Twins
 * reported side by side may read alike pair by pair; then twice the values of their own let them split (see
 * `holdsTwoEvents`). A large story (past LARGEST_SMALL_STORY members) is judged by its members alone: each group
 * must hold a quarter of them, read as one event while the pairs across do not (`groupsAreTwoEvents`), and not have
 * come out mostly after the rest (`leavesMostlyLater`: a long-lived story's later turns mix with late reports of its
 * start); only stories of reports are checked so, never of headlines. Null when the story holds one
 * event, as far as the model can tell.
 */
export function findSplit(
  members: readonly TrackedMember[],
  stats: TermStatistics,
  model: DecisionModel,
  options: SplitCheckOptions,
  highWaterMark: number | null,
): SplitVerdict | null {
  const large = members.length > LARGEST_SMALL_STORY;
  if (large && !mostlyFullTexts(members)) return null;
  const profiles = members.map((member) => profileOfMember(member, stats));
  const minGroup = large
    ? Math.max(options.minGroup, Math.ceil(LARGE_STORY_MIN_GROUP_SHARE * members.length))
    : options.minGroup;
  const bisection = bestBisection(
    pairProbabilities(profiles, stats, model, highWaterMark),
    members.map((member) => !member.manual),
    minGroup,
  );
  if (!bisection) return null;
  const { moved, between } = bisection;
  let fit: number | undefined;
  const leavingFit = () => {
    fit ??= fitOfLeaving(profiles, moved, stats, model, highWaterMark);
    return fit;
  };
  if (large) {
    if (!groupsAreTwoEvents(bisection, model.threshold) || leavesMostlyLater(members, moved)) return null;
  } else {
    const ownValuesApart = () => (leavesAsLaterTurn(members, moved) ? 0 : mutualArgumentConflict(members, moved));
    if (!holdsTwoEvents(between, leavingFit, ownValuesApart, model.threshold)) return null;
  }
  // The fit is reported with the split (`--why`), so it is computed even when the verdict did not need it.
  return { moved, between, fit: leavingFit() };
}

function mostlyFullTexts(members: readonly TrackedMember[]): boolean {
  const long = members.filter((member) => member.distinctTermCount >= FULL_TEXT_TERMS).length;
  return long * 2 >= members.length;
}

/** Mean probability that a leaving member belongs to a story of the members that stay, by the joining weights. */
function fitOfLeaving(
  profiles: readonly ArticleProfile[],
  moved: readonly number[],
  stats: TermStatistics,
  model: DecisionModel,
  highWaterMark: number | null,
): number {
  const leaving = new Set(moved);
  const rest = storyOf(
    profiles.filter((_, index) => !leaving.has(index)),
    stats,
    highWaterMark,
  );
  let sum = 0;
  for (const index of moved) sum += probabilityIn(profiles[index] as ArticleProfile, rest, stats, model);
  return sum / moved.length;
}

/**
 * A large story's verdict: its two groups report two events when the model calls each group one event (the mean
 * same-event probability of its pairs at or above the joining threshold), the founding article one event with the
 * members that stay with it (else the story would keep its founder and hand its own event's reports to a new one),
 * and the pairs across the groups not (below it).
 */
export function groupsAreTwoEvents(
  bisection: Pick<Bisection, "between" | "withinStaying" | "withinLeaving" | "founderFit">,
  threshold: number,
): boolean {
  const eachOneEvent = Math.min(bisection.withinStaying, bisection.withinLeaving, bisection.founderFit) >= threshold;
  return bisection.between < threshold && eachOneEvent;
}

/**
 * The split check's verdict on a story's best bisection, from the mean same-event probability across its groups,
 * the leaving group's fit to the rest, and how many values each group agrees on that the other never states
 * (both asked only when needed). Below the joining threshold across, the groups split unless the leaving one still
 * fits, or despite its fit when each has OWN_VALUES_OF_TWO_EVENTS values of its own; above it, up to
 * MAX_BETWEEN_OF_TWINS, only with OWN_VALUES_WHEN_PAIRS_AGREE.
 */
export function holdsTwoEvents(
  between: number,
  leavingFit: () => number,
  ownValuesApart: () => number,
  threshold: number,
): boolean {
  if (between >= threshold) return between < MAX_BETWEEN_OF_TWINS && ownValuesApart() >= OWN_VALUES_WHEN_PAIRS_AGREE;
  return leavingFit() < threshold || ownValuesApart() >= OWN_VALUES_OF_TWO_EVENTS;
}
