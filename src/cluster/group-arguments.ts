// Whether two groups of a story's members each agree on event arguments that the other group never states.
import type { TrackedMember } from "./tracked-member.js";

/**
 * A value is a group's consensus when at least this share of its members state it: one report's aside is none,
 * while reports of one event repeat its place, day, toll and people.
 */
const CONSENSUS_SHARE = 0.5;

/** The values a member states about its event: numbers and times, main people and places, dates it mentions. */
export function statedArguments(member: TrackedMember): Set<string> {
  const stated = new Set<string>();
  for (const id of member.eventArguments.ids) stated.add(`argument:${id}`);
  for (const id of member.people.ids) stated.add(`participant:${id}`);
  for (const date of member.mentionedDates) stated.add(`date:${date}`);
  return stated;
}

/** Values stated by at least `CONSENSUS_SHARE` of the group, and by two members once it has two. */
function consensusOf(group: readonly ReadonlySet<string>[]): string[] {
  const counts = new Map<string, number>();
  for (const stated of group) for (const value of stated) counts.set(value, (counts.get(value) ?? 0) + 1);
  const needed = Math.max(Math.min(2, group.length), Math.ceil(CONSENSUS_SHARE * group.length));
  return [...counts].filter(([, count]) => count >= needed).map(([value]) => value);
}

function ownValueCount(consensus: readonly string[], other: readonly ReadonlySet<string>[]): number {
  return consensus.filter((value) => !other.some((stated) => stated.has(value))).length;
}

/**
 * How many consensus values the less distinct of the two groups holds that no member of the other states. Two
 * look-alike events each have their own place, day, toll or people; a digression or a later turn of one event
 * leaves at least one side with nothing of its own. Pairwise conflict features average this away: one report
 * silent on the place looks like a conflict, while a group's consensus does not. Zero when a group is empty.
 */
export function mutualArgumentConflict(members: readonly TrackedMember[], moved: readonly number[]): number {
  const leaving = new Set(moved);
  const stated = members.map(statedArguments);
  const staying = stated.filter((_, index) => !leaving.has(index));
  const moving = stated.filter((_, index) => leaving.has(index));
  if (staying.length === 0 || moving.length === 0) return 0;
  return Math.min(ownValueCount(consensusOf(staying), moving), ownValueCount(consensusOf(moving), staying));
}

/**
 * Whether every leaving member came out after every staying one: the story's next turn (a new toll, a verdict, new
 * people), which states values the first reports never could, rather than a look-alike reported beside it. Two
 * events of one kind at once are covered side by side; a stream without dates cannot tell, so it says false.
 */
export function leavesAsLaterTurn(members: readonly TrackedMember[], moved: readonly number[]): boolean {
  const times = groupTimes(members, moved);
  return times !== null && Math.min(...times.leaving) > Math.max(...times.staying);
}

/** The publish times of the leaving and the staying members; null when any member is undated. */
function groupTimes(
  members: readonly TrackedMember[],
  moved: readonly number[],
): { leaving: number[]; staying: number[] } | null {
  const leaving = new Set(moved);
  const times = { leaving: [] as number[], staying: [] as number[] };
  for (const [index, member] of members.entries()) {
    if (member.time === null) return null;
    (leaving.has(index) ? times.leaving : times.staying).push(member.time);
  }
  return times;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Whether the leaving group mostly came out after the rest: its median time is later than the staying group's. A
 * story that lives for weeks gathers its later turns beside a late report of its start, so a large story's groups
 * part as two events only when they ran side by side, as twins do. False for a stream without dates.
 */
export function leavesMostlyLater(members: readonly TrackedMember[], moved: readonly number[]): boolean {
  const times = groupTimes(members, moved);
  if (times === null || times.leaving.length === 0 || times.staying.length === 0) return false;
  return median(times.leaving) > median(times.staying);
}
