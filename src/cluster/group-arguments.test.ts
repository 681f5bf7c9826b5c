import { describe, expect, it } from "vitest";
import { leavesAsLaterTurn, leavesMostlyLater, mutualArgumentConflict, statedArguments } from "./group-arguments.js";
import { type CompactVector, EMPTY_VECTOR } from "./term-vector.js";
import type { TrackedMember } from "./tracked-member.js";

const vector = (ids: number[]): CompactVector => ({
  ids: Int32Array.from(ids),
  weights: Float32Array.from(ids.map(() => 1)),
});

/** A member stating these argument ids, participant ids and mentioned dates, and nothing else. */
function member(
  argumentIds: number[],
  participantIds: number[],
  dates: string[] = [],
  time: number | null = null,
): TrackedMember {
  return {
    articleId: `a-${argumentIds.join("-")}-${participantIds.join("-")}`,
    manual: false,
    headline: "",
    full: EMPTY_VECTOR,
    title: EMPTY_VECTOR,
    entities: EMPTY_VECTOR,
    titleEntities: EMPTY_VECTOR,
    eventArguments: vector(argumentIds),
    people: vector(participantIds),
    actions: EMPTY_VECTOR,
    time,
    outlet: null,
    distinctTermCount: 200,
    mentionedDates: dates,
  };
}

describe("statedArguments", () => {
  it("keeps numbers, participants and dates apart, so one id in two vectors is two values", () => {
    expect(statedArguments(member([7], [7], ["2031-05-02"]))).toEqual(
      new Set(["argument:7", "participant:7", "date:2031-05-02"]),
    );
  });
});

describe("mutualArgumentConflict", () => {
  // Two look-alike fires: both state the shared kind-of-event number 50, each its own toll, town and day.
  const first = [member([50, 11], [101, 102], ["2031-05-02"]), member([50, 11], [101, 102], ["2031-05-02"])];
  const second = [member([50, 22], [201, 202], ["2031-06-09"]), member([50, 22], [201], ["2031-06-09"])];

  it("counts the values the less distinct group agrees on and the other never states", () => {
    // The second group's own: 22, 201, its date (202 is one member's, no consensus); the first group has four.
    expect(mutualArgumentConflict([...first, ...second], [2, 3])).toBe(3);
  });

  it("is zero when the leaving group only repeats the rest: an update of one event has nothing of its own", () => {
    const update = [member([50, 11], [101]), member([11], [102, 101])];
    expect(mutualArgumentConflict([...first, ...update], [2, 3])).toBe(0);
  });

  it("ignores one report's aside: a value half the group does not reach is no consensus", () => {
    const staying = [member([11], [101]), member([11], [101]), member([11, 99], [101])];
    const leaving = [member([22], [201]), member([22], [201])];
    // 99 is the third report's alone; the staying group's own values are 11 and 101.
    expect(mutualArgumentConflict([...staying, ...leaving], [3, 4])).toBe(2);
  });

  it("is zero when a group would be empty", () => {
    expect(mutualArgumentConflict(first, [])).toBe(0);
  });
});

describe("leavesAsLaterTurn", () => {
  const day = 86_400_000;
  // A quake story: the first reports give the magnitude, a toll of 12, a town and an official; two days on, the
  // next reports give a toll of 240, aftershock towns and a minister. Each side has values of its own.
  const firstReports = Array.from({ length: 3 }, () => member([71, 12, 315], [1, 101, 102], ["2031-05-02"], 0));
  const laterReports = [member([240, 54], [1, 201, 202, 203], ["2031-05-04"], 2 * day)];
  laterReports.push({ ...laterReports[0]!, articleId: "later-2", time: 2 * day + 3_600_000 });
  const story = [...firstReports, ...laterReports];

  it("says a leaving group that all came out after the rest is the story's next turn", () => {
    expect(mutualArgumentConflict(story, [3, 4])).toBeGreaterThanOrEqual(4);
    expect(leavesAsLaterTurn(story, [3, 4])).toBe(true);
  });

  it("says no for groups reported side by side, and for a stream without dates", () => {
    const sideBySide = story.map((entry, index) => ({ ...entry, time: index === 3 ? 0 : entry.time }));
    expect(leavesAsLaterTurn(sideBySide, [3, 4])).toBe(false);
    const undated = story.map((entry) => ({ ...entry, time: null }));
    expect(leavesAsLaterTurn(undated, [3, 4])).toBe(false);
  });
});

describe("leavesMostlyLater", () => {
  const hour = 3_600_000;
  const at = (time: number | null) => ({ ...member([1], [2]), time });

  it("compares the median times of the two groups", () => {
    const story = [at(0), at(1 * hour), at(2 * hour), at(0), at(9 * hour), at(10 * hour)];
    expect(leavesMostlyLater(story, [3, 4, 5])).toBe(true);
    expect(leavesAsLaterTurn(story, [3, 4, 5])).toBe(false);
    expect(leavesMostlyLater(story, [1, 2])).toBe(false);
  });

  it("says no without dates or without a group", () => {
    expect(leavesMostlyLater([at(0), at(null), at(5 * hour)], [2])).toBe(false);
    expect(leavesMostlyLater([at(0), at(5 * hour)], [])).toBe(false);
  });
});
