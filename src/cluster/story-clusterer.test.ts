import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analyze/analyze-article.js";
import type { ClusterDocument } from "./cluster-document.js";
import { CHILE_QUAKE, PERU_QUAKE, reportDocument } from "./fixtures/look-alike-quakes.js";
import { StoryClusterer } from "./story-clusterer.js";
import { storyStateSchema } from "./story-state.js";

function seedBody(file: string, from: string, to: string): string {
  const raw = readFileSync(new URL(`../../../shared/seeds/${file}`, import.meta.url), "utf8");
  return raw.slice(raw.indexOf(from), raw.indexOf(to) + to.length);
}

function doc(id: string, title: string, text: string, published: string | null, outlet: string | null = null) {
  return {
    id,
    title,
    published,
    outlet,
    analysis: analyzeArticle({ title, text, published }),
  } satisfies ClusterDocument;
}

const seed000 = doc(
  "seed-000",
  "Us Says North Korea Set For Arms Talk With Russia",
  seedBody("000_7b13ad20f772f1d8.txt", "The United States has stated", "faced by Ukraine."),
  "2023-12-01",
);
const seed001 = doc(
  "seed-001",
  "North Korean Leader Kim Jong Un Arrives In Russia For Talks With Putin",
  seedBody("001_1d9d58bbc744f926.txt", "Eko Hot Blog reports that", "region and beyond."),
  null,
);

const FLOOD_TEXT =
  "Floods swept through the region of Valencia in eastern Spain after torrential rain, killing at least 60 people. " +
  "Rescue teams searched for missing residents as rivers burst their banks and cars were washed into the streets. " +
  "Prime Minister Pedro Sanchez declared three days of mourning and sent soldiers to help clear the mud.";
const FLOOD_FOLLOW_UP =
  "The death toll from the floods in Valencia rose to 95 as rescue teams reached villages cut off by the water. " +
  "Pedro Sanchez visited the flooded towns of eastern Spain and promised aid to families who lost their homes.";
const ELECTION_TEXT =
  "Voters in Chile elected a new president on Sunday after a campaign dominated by crime and the economy. " +
  "The winner promised to cut taxes and hire more police officers in Santiago.";

function numberedIds() {
  let next = 0;
  return () => `story-${++next}`;
}

describe("StoryClusterer.assign", () => {
  it("puts the two seed articles in one story and a flood in Spain in another", () => {
    const clusterer = new StoryClusterer({ newStoryId: numberedIds() });
    const first = clusterer.assign(seed000);
    const second = clusterer.assign(seed001);
    const flood = clusterer.assign(doc("flood", "Floods kill dozens in eastern Spain", FLOOD_TEXT, "2023-12-02"));
    expect(first).toMatchObject({ storyId: "story-1", isNewStory: true });
    expect(second).toMatchObject({ storyId: "story-1", isNewStory: false });
    expect(second.reason.decision).toBe("assigned");
    expect(second.reason.sharedEntities).toEqual(expect.arrayContaining(["kim jong un"]));
    expect(flood).toMatchObject({ storyId: "story-2", isNewStory: true });
  });

  it("keeps the seeds together whichever comes first", () => {
    const clusterer = new StoryClusterer({ newStoryId: numberedIds() });
    clusterer.assign(seed001);
    expect(clusterer.assign(seed000).storyId).toBe("story-1");
  });

  it("gives a follow-up of an event the event's story and keeps a representative headline", () => {
    const clusterer = new StoryClusterer({ newStoryId: numberedIds() });
    clusterer.assign(doc("election", "Chile elects a new president", ELECTION_TEXT, "2024-11-01T08:00:00Z"));
    clusterer.assign(doc("flood-1", "Floods kill dozens in eastern Spain", FLOOD_TEXT, "2024-11-01T10:00:00Z"));
    const followUp = clusterer.assign(
      doc("flood-2", "Valencia flood death toll rises to 95", FLOOD_FOLLOW_UP, "2024-11-02T09:00:00Z", "Daily"),
    );
    expect(followUp.storyId).toBe("story-2");
    expect(["Floods kill dozens in eastern Spain", "Valencia flood death toll rises to 95"]).toContain(
      followUp.headline,
    );
  });

  it("does not join a story whose newest article is older than the window, and evicts it on the article clock", () => {
    const clusterer = new StoryClusterer({ newStoryId: numberedIds(), windowDays: 7 });
    clusterer.assign(doc("flood-1", "Floods kill dozens in eastern Spain", FLOOD_TEXT, "2024-11-01"));
    expect(clusterer.liveStoryCount).toBe(1);
    const late = clusterer.assign(doc("flood-2", "Floods kill dozens in eastern Spain", FLOOD_TEXT, "2024-12-20"));
    expect(late).toMatchObject({ storyId: "story-2", isNewStory: true });
    expect(clusterer.hasStory("story-1")).toBe(false);
    expect(clusterer.liveStoryCount).toBe(1);
  });

  it("treats an unknown time as no evidence: an undated article still joins an old dated story", () => {
    const clusterer = new StoryClusterer({ newStoryId: numberedIds(), windowDays: 7 });
    clusterer.assign(doc("flood-1", "Floods kill dozens in eastern Spain", FLOOD_TEXT, "2024-11-01"));
    const undated = clusterer.assign(doc("flood-2", "Valencia flood death toll rises to 95", FLOOD_FOLLOW_UP, null));
    expect(undated.storyId).toBe("story-1");
  });

  it("bounds the stories it holds when no article has a time", () => {
    const clusterer = new StoryClusterer({ newStoryId: numberedIds(), maxLiveStories: 2 });
    clusterer.assign(doc("a", "Floods kill dozens in eastern Spain", FLOOD_TEXT, null));
    clusterer.assign(doc("b", "Chile elects a new president", ELECTION_TEXT, null));
    clusterer.assign(seed000);
    expect(clusterer.liveStoryCount).toBe(2);
    expect(clusterer.hasStory("story-1")).toBe(false);
  });
});

describe("StoryClusterer merges and manual operations", () => {
  const floodA = doc("flood-a", "Floods kill dozens in eastern Spain", FLOOD_TEXT, "2024-11-01T10:00:00Z");
  const floodB = doc("flood-b", "Floods kill dozens in eastern Spain", FLOOD_TEXT, "2024-11-01T11:00:00Z");
  const floodC = doc("flood-c", "Valencia floods kill dozens in eastern Spain", FLOOD_TEXT, "2024-11-01T12:00:00Z");

  it("merges two stories an article shows to be one, into the older", () => {
    const clusterer = new StoryClusterer({ newStoryId: numberedIds() });
    clusterer.addArticle("old", floodA, { countTerms: true });
    clusterer.addArticle("young", floodB, { countTerms: true });
    const assignment = clusterer.assign(floodC);
    expect(assignment.storyId).toBe("old");
    expect(assignment.merges).toEqual([{ from: "young", into: "old", score: expect.any(Number) }]);
    expect(clusterer.hasStory("young")).toBe(false);
    expect(clusterer.exportStory("old")?.articleCount).toBe(3);
  });

  it("never merges a split story back into the one it was split from", () => {
    const clusterer = new StoryClusterer({ newStoryId: numberedIds() });
    clusterer.addArticle("old", floodA, { countTerms: true });
    clusterer.addArticle("old", floodB, { countTerms: true });
    const splitId = clusterer.splitStory("old", [floodB]);
    expect(clusterer.exportStory(splitId)?.noMergeWith).toEqual(["old"]);
    expect(clusterer.exportStory("old")?.noMergeWith).toEqual([splitId]);
    const assignment = clusterer.assign(floodC);
    expect(assignment.merges).toEqual([]);
    expect(clusterer.hasStory("old") && clusterer.hasStory(splitId)).toBe(true);
  });

  it("merges by hand whatever the ages, and drops a story emptied by removals", () => {
    const clusterer = new StoryClusterer({ newStoryId: numberedIds() });
    clusterer.addArticle("flood", floodA, { countTerms: true });
    clusterer.addArticle("seed", seed000, { countTerms: true, manual: true });
    const merge = clusterer.mergeStories("flood", "seed");
    expect(merge).toMatchObject({ from: "flood", into: "seed" });
    expect(clusterer.storyIds()).toEqual(["seed"]);
    clusterer.removeArticle("seed", seed000);
    expect(clusterer.exportStory("seed")?.articleCount).toBe(1);
    clusterer.removeArticle("seed", floodA);
    expect(clusterer.hasStory("seed")).toBe(false);
  });

  it("records a manual addition as manual", () => {
    const clusterer = new StoryClusterer({ newStoryId: numberedIds() });
    const added = clusterer.addArticle("chosen", seed000, { manual: true, countTerms: true });
    expect(added).toMatchObject({ storyId: "chosen", isNewStory: true, reason: { decision: "manual" } });
  });
});

describe("StoryClusterer.assign after a split", () => {
  it("calls the story new when the split the article set off moved it out with its event's earlier report", () => {
    let next = 0;
    const clusterer = new StoryClusterer({ newStoryId: () => `story-${++next}` });
    clusterer.assign(reportDocument(CHILE_QUAKE[0]));
    clusterer.addArticle("story-1", reportDocument(PERU_QUAKE[0]), { countTerms: true });
    clusterer.assign(reportDocument(CHILE_QUAKE[1]));
    const moved = clusterer.assign(reportDocument(PERU_QUAKE[1]));
    expect(moved.splits).toMatchObject([{ from: "story-1", into: "story-2", articles: ["peru-1"] }]);
    expect(moved).toMatchObject({ storyId: "story-2", isNewStory: true });
    // The story it first joined, and kept, is not new.
    expect(clusterer.assign(reportDocument(CHILE_QUAKE[2]))).toMatchObject({ storyId: "story-1", isNewStory: false });
  });
});

describe("StoryClusterer persistence and neighbours", () => {
  it("exports a story the store can save and a fresh clusterer can load to the same decisions", () => {
    const original = new StoryClusterer({ newStoryId: numberedIds() });
    original.assign(seed000);
    original.assign(doc("flood-1", "Floods kill dozens in eastern Spain", FLOOD_TEXT, "2023-12-02"));
    const probe = doc("flood-2", "Valencia flood death toll rises to 95", FLOOD_FOLLOW_UP, "2023-12-03");
    const states = original.storyIds().map((id) => original.exportStory(id));
    const saved = JSON.parse(JSON.stringify({ states, statistics: original.exportStatistics() }));

    const restored = new StoryClusterer({ newStoryId: numberedIds() });
    restored.importStatistics(saved.statistics);
    for (const state of saved.states) restored.importStory(storyStateSchema.parse(state));
    const before = original.scoreCandidates(probe);
    const after = restored.scoreCandidates(probe);
    expect(after.map((candidate) => candidate.storyId)).toEqual(before.map((candidate) => candidate.storyId));
    expect(after[0]?.probability).toBeCloseTo(before[0]?.probability ?? -1, 2);
  });

  it("keeps a story's numbers, times and people across a save, and loads a state saved before they were kept", () => {
    const clusterer = new StoryClusterer({ newStoryId: numberedIds() });
    const flood = clusterer.assign(doc("flood-1", "Floods kill dozens in eastern Spain", FLOOD_TEXT, "2023-12-02"));
    const state = clusterer.exportStory(flood.storyId);
    expect(state?.eventArguments.map(([term]) => term)).toEqual(["60"]);
    // The participants: the people named most, then the main places.
    expect(state?.people.map(([key]) => key)).toEqual(["@pedro sanchez", "@spain"]);
    expect(state?.actions.length).toBeGreaterThan(0);
    const {
      eventArguments: _arguments,
      people: _people,
      actions: _actions,
      joinCosineSum: _sum,
      joinCount: _count,
      ...older
    } = JSON.parse(JSON.stringify(state));
    const loaded = storyStateSchema.parse(older);
    expect(loaded.eventArguments).toEqual([]);
    expect(loaded.people).toEqual([]);
    expect(loaded.actions).toEqual([]);
    expect(loaded.joinCount).toBe(0);
  });

  it("keeps the verbs of a live story when the vocabulary is pruned, even those its term centroid left out", () => {
    const madeUpWord = (index: number) =>
      `zorb${String.fromCharCode(97 + (index % 26), 97 + (Math.floor(index / 26) % 26), 97 + Math.floor(index / 676))}`;
    const clusterer = new StoryClusterer({ newStoryId: numberedIds(), maxVocabulary: 300 });
    // The verb is said once, 170 other words twice: the story's 150-term centroid drops the verb, its verbs keep it.
    const repeated = Array.from({ length: 170 }, (_, index) => `${madeUpWord(index)} ${madeUpWord(index)}`);
    const storm = clusterer.assign(
      doc("storm", "Storm news from the coast", `Rescuers evacuated the valley. ${repeated.join(" ")}.`, "2023-12-02"),
    );
    const before = clusterer.exportStory(storm.storyId);
    expect(before?.actions.map(([verb]) => verb)).toEqual(["evacuate"]);
    expect(before?.full.some(([term]) => term === "evacuate")).toBe(false);
    for (let article = 0; article < 40; article++) {
      const words = Array.from({ length: 10 }, (_, word) => madeUpWord(1000 + article * 10 + word));
      clusterer.assign(doc(`filler-${article}`, words.slice(0, 3).join(" "), `${words.join(" ")}.`, "2023-12-02"));
    }
    expect(clusterer.exportStory(storm.storyId)?.actions).toEqual(before?.actions);
  });

  it("rejects a malformed saved story", () => {
    expect(storyStateSchema.safeParse({ version: 1, id: "x" }).success).toBe(false);
  });

  it("lists related stories by shared terms and entities, nearest first", () => {
    const clusterer = new StoryClusterer({ newStoryId: numberedIds() });
    const korea = clusterer.assign(seed000).storyId;
    clusterer.assign(doc("flood", "Floods kill dozens in eastern Spain", FLOOD_TEXT, "2023-12-02"));
    const sanctions = clusterer.addArticle(
      "sanctions",
      doc(
        "sanctions",
        "Washington adds sanctions over North Korea arms for Russia",
        "The United States imposed sanctions on companies accused of shipping North Korean artillery shells to Russia " +
          "for the war in Ukraine. Officials in Pyongyang and Moscow denied any arms deal between Kim Jong Un and Putin.",
        "2023-12-03",
      ),
      { countTerms: true },
    );
    const related = clusterer.relatedStories(korea, 2);
    expect(related[0]?.storyId).toBe(sanctions.storyId);
    expect(related[0]?.sharedEntities).toEqual(expect.arrayContaining(["north korea"]));
    expect(related.every((story) => story.storyId !== korea)).toBe(true);
  });
});
