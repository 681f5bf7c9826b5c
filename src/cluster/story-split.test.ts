import { describe, expect, it } from "vitest";
import { buildProfile } from "./article-profile.js";
import { DEFAULT_DECISION_MODEL } from "./decision-model.js";
import { CHILE_QUAKE, INTERLEAVED, PERU_QUAKE, type Report, reportDocument } from "./fixtures/look-alike-quakes.js";
import { mutualArgumentConflict } from "./group-arguments.js";
import { type ClustererOptions, DEFAULT_SPLIT_CHECK, StoryClusterer } from "./story-clusterer.js";
import { findSplit, groupsAreTwoEvents, holdsTwoEvents } from "./story-split.js";
import { storyStateSchema } from "./story-state.js";
import { TermStatistics } from "./term-statistics.js";
import { EMPTY_VECTOR } from "./term-vector.js";
import { type TrackedMember, trackMember } from "./tracked-member.js";

function numberedClusterer(options: ClustererOptions = {}): StoryClusterer {
  let next = 0;
  return new StoryClusterer({ newStoryId: () => `story-${++next}`, ...options });
}

/** Clusters the reports as a stream, as `storyline cluster` reports it: article id → the story holding it at the end. */
function clusterStream(clusterer: StoryClusterer, reports: readonly Report[]) {
  const storyOf = new Map<string, string>();
  const splits = [];
  for (const report of reports) {
    const assignment = clusterer.assign(reportDocument(report));
    for (const split of assignment.splits) {
      splits.push(split);
      for (const id of split.articles) storyOf.set(id, split.into);
    }
    storyOf.set(report.id, assignment.storyId);
  }
  return { storyOf, splits };
}

const chile = (index: number) => reportDocument(CHILE_QUAKE[index]);
const peru = (index: number) => reportDocument(PERU_QUAKE[index]);

describe("StoryClusterer split check", () => {
  it("moves a look-alike twin that joined early into a story of its own once both events have reports", () => {
    const { storyOf, splits } = clusterStream(numberedClusterer(), INTERLEAVED);
    expect(splits).toHaveLength(1);
    expect(splits[0]).toMatchObject({ from: "story-1", into: "story-2", articles: ["peru-1"] });
    expect(splits[0]?.fit).toBeLessThan(0.5);
    const chileStories = new Set(CHILE_QUAKE.map((report) => storyOf.get(report.id)));
    const peruStories = new Set(PERU_QUAKE.map((report) => storyOf.get(report.id)));
    expect([...chileStories]).toEqual(["story-1"]);
    expect([...peruStories]).toEqual(["story-2"]);
  });

  it("is what separates them: with the check off the twin stays in the first story", () => {
    const { storyOf, splits } = clusterStream(numberedClusterer({ splitCheck: null }), INTERLEAVED);
    expect(splits).toHaveLength(0);
    expect(storyOf.get("peru-1")).toBe(storyOf.get("chile-1"));
  });

  it("asks the model's same-event weights about the members: when they call every pair one event, nothing moves", () => {
    const sameEvent = { weights: DEFAULT_DECISION_MODEL.sameEvent.weights.map(() => 0), bias: 20 };
    const model = { ...DEFAULT_DECISION_MODEL, sameEvent };
    const { storyOf, splits } = clusterStream(numberedClusterer({ model }), INTERLEAVED);
    expect(splits).toHaveLength(0);
    expect(storyOf.get("peru-1")).toBe(storyOf.get("chile-1"));
  });

  it("never moves an article a person placed", () => {
    const clusterer = numberedClusterer();
    clusterer.assign(chile(0));
    clusterer.addArticle("story-1", peru(0), { manual: true, countTerms: true });
    clusterer.assign(chile(1));
    clusterer.addArticle("story-1", peru(1), { manual: true, countTerms: true });
    const next = clusterer.assign(chile(2));
    expect(next).toMatchObject({ storyId: "story-1", splits: [] });
    expect(clusterer.storyIds()).toEqual(["story-1"]);
  });

  it("moves the same twins when they were not placed by hand", () => {
    const clusterer = numberedClusterer();
    clusterer.assign(chile(0));
    clusterer.addArticle("story-1", peru(0), { countTerms: true });
    clusterer.assign(chile(1));
    clusterer.addArticle("story-1", peru(1), { countTerms: true });
    const next = clusterer.assign(chile(2));
    expect(next.storyId).toBe("story-1");
    expect(next.splits).toMatchObject([{ from: "story-1", into: "story-2", articles: ["peru-1", "peru-2"] }]);
    // The two parts are never merged back automatically.
    expect(clusterer.exportStory("story-1")?.noMergeWith).toEqual(["story-2"]);
  });

  it("never splits a story a person merged", () => {
    const clusterer = numberedClusterer();
    clusterer.addArticle("chile", chile(0), { countTerms: true });
    clusterer.addArticle("chile", chile(1), { countTerms: true });
    clusterer.addArticle("peru", peru(0), { countTerms: true });
    clusterer.addArticle("peru", peru(1), { countTerms: true });
    clusterer.mergeStories("peru", "chile");
    expect(clusterer.exportStory("chile")?.holdsMerge).toBe(true);
    expect(clusterer.assign(chile(2)).splits).toEqual([]);
  });

  it("never splits a story that absorbed another, by hand or automatically, nor one that absorbed a hand merge", () => {
    // A person merged the Peru story Y into the Chile story X; the clusterer then folds X into the older Chile A.
    const clusterer = numberedClusterer();
    clusterer.addArticle("A", chile(0), { countTerms: true });
    clusterer.addArticle("X", chile(1), { countTerms: true });
    clusterer.addArticle("X", chile(2), { countTerms: true });
    clusterer.addArticle("Y", peru(0), { countTerms: true });
    clusterer.addArticle("Y", peru(1), { countTerms: true });
    clusterer.mergeStories("Y", "X");
    const next = clusterer.assign(chile(3));
    expect(next.merges).toMatchObject([{ from: "X", into: "A" }]);
    // Splitting A now would undo the person's merge and leave the alias X pointing at one event of two.
    expect(next.splits).toEqual([]);
    expect(clusterer.exportStory("A")).toMatchObject({ articleCount: 6, holdsMerge: true });
  });

  it("keeps what the check needs across a save, so a reloaded clusterer splits the same way", () => {
    const original = numberedClusterer();
    for (const report of INTERLEAVED.slice(0, 3)) original.assign(reportDocument(report));
    const state = original.exportStory("story-1");
    expect(state?.tracked?.map((member) => member.articleId)).toEqual(["chile-1", "peru-1", "chile-2"]);
    const saved = JSON.parse(JSON.stringify({ state, statistics: original.exportStatistics() }));

    let next = 1;
    const restored = new StoryClusterer({ newStoryId: () => `story-${++next}` });
    restored.importStatistics(saved.statistics);
    restored.importStory(storyStateSchema.parse(saved.state));
    const after = restored.assign(reportDocument(INTERLEAVED[3]));
    expect(after.storyId).toBe("story-2");
    expect(after.splits).toMatchObject([{ from: "story-1", into: "story-2", articles: ["peru-1"] }]);
    expect(restored.exportStory("story-1")?.tracked?.map((member) => member.articleId)).toEqual(["chile-1", "chile-2"]);
  });

  it("saves a one-article story's founder without a second copy of the story's vectors, and reloads it whole", () => {
    const original = numberedClusterer();
    original.assign(reportDocument(INTERLEAVED[0]));
    const state = original.exportStory("story-1");
    expect(state?.tracked).toMatchObject([{ articleId: "chile-1", sharesCentroids: true, full: [], title: [] }]);
    expect(state?.full.length).toBeGreaterThan(0);
    const saved = JSON.parse(JSON.stringify({ state, statistics: original.exportStatistics() }));

    let next = 1;
    const restored = new StoryClusterer({ newStoryId: () => `story-${++next}` });
    restored.importStatistics(saved.statistics);
    restored.importStory(storyStateSchema.parse(saved.state));
    for (const report of INTERLEAVED.slice(1, 3)) restored.assign(reportDocument(report));
    // Once the story grows, the founder's own vectors are written out.
    const grown = restored.exportStory("story-1")?.tracked?.[0];
    expect(grown).toMatchObject({ articleId: "chile-1", sharesCentroids: false });
    expect(grown?.full).toEqual(state?.full);
    const after = restored.assign(reportDocument(INTERLEAVED[3]));
    expect(after.splits).toMatchObject([{ from: "story-1", articles: ["peru-1"] }]);
  });

  it("tracks a story's members up to the last check size (24), across a save, and lets them go past it", () => {
    const clusterer = numberedClusterer();
    const copy = (index: number) =>
      reportDocument({ ...(CHILE_QUAKE[index % 4] as Report), id: `chile-copy-${index}` });
    for (let index = 0; index < 20; index++) clusterer.assign(copy(index));
    const saved = JSON.parse(JSON.stringify(clusterer.exportStory("story-1")));
    expect(saved).toMatchObject({ articleCount: 20 });
    expect(saved.tracked).toHaveLength(20);
    const restored = numberedClusterer();
    restored.importStatistics(clusterer.exportStatistics());
    restored.importStory(storyStateSchema.parse(saved));
    for (let index = 20; index < 24; index++) restored.assign(copy(index));
    expect(restored.exportStory("story-1")?.tracked).toHaveLength(24);
    restored.assign(copy(24));
    expect(restored.exportStory("story-1")).toMatchObject({ articleCount: 25, tracked: null });
  });

  it("loads a state saved before the check existed, and then never checks that story", () => {
    const clusterer = numberedClusterer();
    for (const report of INTERLEAVED.slice(0, 3)) clusterer.assign(reportDocument(report));
    const {
      tracked: _tracked,
      splitCheckedAt: _checked,
      holdsMerge: _merged,
      ...older
    } = JSON.parse(JSON.stringify(clusterer.exportStory("story-1")));
    const loaded = storyStateSchema.parse(older);
    expect(loaded).toMatchObject({ tracked: null, splitCheckedAt: 0, holdsMerge: false });
    const restored = numberedClusterer();
    restored.importStatistics(clusterer.exportStatistics());
    restored.importStory(loaded);
    expect(restored.assign(reportDocument(INTERLEAVED[3])).splits).toEqual([]);
  });
});

describe("findSplit's group test", () => {
  /** Tracked members of these reports, with document frequencies counted over them. */
  function trackedReports(reports: readonly (Report | undefined)[]) {
    const stats = new TermStatistics();
    const profiles = reports.map((report) => {
      const profile = buildProfile(reportDocument(report), stats);
      stats.addDocument(profile.distinctIds);
      return profile;
    });
    return { stats, members: profiles.map((profile) => trackMember(profile, false, (id) => stats.idf(id))) };
  }
  // The joining weights fit every article to any story: only the group test can let a split through.
  const model = { ...DEFAULT_DECISION_MODEL, weights: DEFAULT_DECISION_MODEL.weights.map(() => 0), bias: 20 };

  it("splits two groups that each agree on their own place, people and day, though the leaving group fits", () => {
    const { stats, members } = trackedReports([...CHILE_QUAKE, ...PERU_QUAKE]);
    const verdict = findSplit(members, stats, model, DEFAULT_SPLIT_CHECK, null);
    expect(verdict?.fit).toBeGreaterThan(0.5);
    expect(verdict?.moved.map((index) => members[index]?.articleId).sort()).toEqual(["peru-1", "peru-2", "peru-3"]);
  });

  /** Every report alone and every two reports of one event run together: more reports of each event than a small story holds. */
  function manyReports(reports: readonly Report[], event: string): Report[] {
    const combined = reports.flatMap((first, index) =>
      reports.slice(index + 1).map((second) => ({
        id: "",
        title: first.title,
        text: `${first.text} ${second.text}`,
      })),
    );
    return [...reports, ...combined].map((report, index) => ({ ...report, id: `${event}-${index + 1}` }));
  }

  /**
   * A large story of the two quakes whose members state no values of their own (no numbers, people or dates), so the
   * small-story test, with joining weights that fit anything, would keep it whole.
   */
  function largeTwinStory() {
    const { stats, members } = trackedReports([
      ...manyReports(CHILE_QUAKE, "chile"),
      ...manyReports(PERU_QUAKE, "peru"),
    ]);
    const silent = members.map((member) => ({
      ...member,
      eventArguments: EMPTY_VECTOR,
      people: EMPTY_VECTOR,
      mentionedDates: [],
    }));
    return { stats, members: silent };
  }
  const idsOf = (members: readonly TrackedMember[], indexes: readonly number[] = []) =>
    indexes.map((index) => members[index]?.articleId ?? "").sort();

  it("splits a large story whose two groups each read as one event and apart from each other, fit or no fit", () => {
    const { stats, members } = largeTwinStory();
    expect(members.length).toBeGreaterThan(12);
    const verdict = findSplit(members, stats, model, DEFAULT_SPLIT_CHECK, null);
    expect(verdict?.fit).toBeGreaterThan(0.5);
    const peru = members.flatMap((member, index) => (member.articleId.startsWith("peru") ? [index] : []));
    expect(idsOf(members, verdict?.moved)).toEqual(idsOf(members, peru));
    // The small-story test would keep the same groups: the leaving one fits, and states nothing of its own.
    const ownValues = () => mutualArgumentConflict(members, verdict?.moved ?? []);
    expect(holdsTwoEvents(verdict?.between ?? 1, () => verdict?.fit ?? 1, ownValues, model.threshold)).toBe(false);
  });

  it("keeps a large story whose odd group is under a quarter of it: a few reports of a big story are its digressions", () => {
    const { stats, members } = trackedReports([...manyReports(CHILE_QUAKE, "chile"), ...PERU_QUAKE]);
    expect(members.length).toBeGreaterThan(12);
    const silent = members.map((member) => ({ ...member, eventArguments: EMPTY_VECTOR, people: EMPTY_VECTOR }));
    expect(findSplit(silent, stats, model, DEFAULT_SPLIT_CHECK, null)).toBeNull();
  });

  it("never checks a large story of headline-length members: two headlines cannot tell two events from two angles", () => {
    const { stats, members } = largeTwinStory();
    const short = members.map((member) => ({ ...member, distinctTermCount: 12 }));
    expect(findSplit(short, stats, model, DEFAULT_SPLIT_CHECK, null)).toBeNull();
  });

  it("keeps a large story whose other group mostly came out later, one early report or not; splits twins run side by side", () => {
    const { stats, members } = largeTwinStory();
    const hour = 3_600_000;
    const peruIndexes = members.flatMap((member, index) => (member.articleId.startsWith("peru") ? [index] : []));
    // The Chile reports over ten hours, the Peru reports after them but for one that came out first.
    const mostlyLater = members.map((member, index) => ({
      ...member,
      time: member.articleId.startsWith("peru")
        ? index === peruIndexes[0]
          ? 0
          : 20 * hour + index * hour
        : index * hour,
    }));
    expect(findSplit(mostlyLater, stats, model, DEFAULT_SPLIT_CHECK, null)).toBeNull();
    // Both events reported through the same hours, in turn.
    const sideBySide = members.map((member, index) => ({ ...member, time: (index % 10) * hour }));
    const verdict = findSplit(sideBySide, stats, model, DEFAULT_SPLIT_CHECK, null);
    expect(idsOf(members, verdict?.moved)).toEqual(idsOf(members, peruIndexes));
  });

  it("keeps a large story whose other group all came out later: the story's next turn", () => {
    const { stats, members } = largeTwinStory();
    const dated = members.map((member, index) => ({ ...member, time: index * 3_600_000 }));
    expect(findSplit(dated, stats, model, DEFAULT_SPLIT_CHECK, null)).toBeNull();
  });

  it("keeps a fitting group without arguments of its own: the first two reports of the look-alike", () => {
    const { stats, members } = trackedReports([...CHILE_QUAKE, PERU_QUAKE[0], PERU_QUAKE[1]]);
    expect(findSplit(members, stats, model, DEFAULT_SPLIT_CHECK, null)).toBeNull();
    // The same pair of groups leaves once the joining weights stop fitting it: the group test is what kept it.
    const unfitting = { ...model, bias: -20 };
    const verdict = findSplit(members, stats, unfitting, DEFAULT_SPLIT_CHECK, null);
    expect(verdict?.moved.map((index) => members[index]?.articleId).sort()).toEqual(["peru-1", "peru-2"]);
  });
});

describe("groupsAreTwoEvents", () => {
  it("asks each group to read as one event and the pairs across them not", () => {
    const groups = { between: 0.3, withinStaying: 0.7, withinLeaving: 0.6, founderFit: 0.8 };
    expect(groupsAreTwoEvents(groups, 0.5)).toBe(true);
    expect(groupsAreTwoEvents({ ...groups, withinLeaving: 0.49 }, 0.5)).toBe(false);
    expect(groupsAreTwoEvents({ ...groups, between: 0.5, withinStaying: 0.9, withinLeaving: 0.9 }, 0.5)).toBe(false);
    expect(groupsAreTwoEvents({ between: 0.49, withinStaying: 0.5, withinLeaving: 0.5, founderFit: 0.5 }, 0.5)).toBe(
      true,
    );
  });

  it("keeps the story whole when its founder reads as another event than the members that would stay with it", () => {
    expect(groupsAreTwoEvents({ between: 0.3, withinStaying: 0.7, withinLeaving: 0.9, founderFit: 0.2 }, 0.5)).toBe(
      false,
    );
  });
});

describe("holdsTwoEvents", () => {
  const threshold = 0.5;
  const fits = () => 0.8;
  const doesNotFit = () => 0.2;
  const values = (count: number) => () => count;

  it("splits groups the pair model keeps apart unless the leaving one fits the rest, or despite it on 4 own values", () => {
    expect(holdsTwoEvents(0.3, doesNotFit, values(0), threshold)).toBe(true);
    expect(holdsTwoEvents(0.3, fits, values(3), threshold)).toBe(false);
    expect(holdsTwoEvents(0.3, fits, values(4), threshold)).toBe(true);
  });

  it("splits groups whose reports read alike pair by pair only on twice as many values of their own", () => {
    expect(holdsTwoEvents(0.6, doesNotFit, values(4), threshold)).toBe(false);
    expect(holdsTwoEvents(0.6, doesNotFit, values(7), threshold)).toBe(false);
    expect(holdsTwoEvents(0.6, fits, values(8), threshold)).toBe(true);
  });

  it("never splits groups the pair model calls one event with confidence, whatever they state", () => {
    expect(holdsTwoEvents(0.75, doesNotFit, values(20), threshold)).toBe(false);
    expect(holdsTwoEvents(0.7, doesNotFit, values(20), threshold)).toBe(false);
  });

  it("asks only for the values when the pairs read alike: the leaving group's fit is not the question there", () => {
    const unasked = () => {
      throw new Error("the fit was asked for");
    };
    expect(holdsTwoEvents(threshold, unasked, values(8), threshold)).toBe(true);
    expect(holdsTwoEvents(0.69, unasked, values(7), threshold)).toBe(false);
  });
});
