import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analyze/analyze-article.js";
import { buildProfile } from "./article-profile.js";
import { addArticleToStory, createLiveStory } from "./live-story.js";
import { FEATURE_NAMES, pairFeatures, storyNorms } from "./pair-features.js";
import { TermStatistics } from "./term-statistics.js";

const REPORT =
  "A magnitude 6.4 earthquake struck the north of the island on Tuesday, killing 31 people and injuring 212. " +
  "Governor Ana Ribeiro said 1,400 homes in Porto Lindo were damaged, the worst quake there since 1998. " +
  "Rescue teams searched the rubble of the town hall while aftershocks of 4.8 and 5.1 shook the coast.";
const SAME_EVENT =
  "Governor Ana Ribeiro said rescue teams in Porto Lindo were still searching after Tuesday's magnitude 6.4 " +
  "earthquake, which killed 31 people and injured 212. About 1,400 homes were damaged, the worst since 1998.";
const LOOK_ALIKE =
  "A magnitude 5.7 earthquake struck the south of the island on Friday, killing 9 people and injuring 64. " +
  "Mayor Joao Tavares said 300 homes in Vila Serra were damaged, the strongest quake there since 2003. " +
  "Rescue teams searched the rubble of a school while aftershocks of 3.9 and 4.2 shook the valley.";
const TOLL_UPDATE =
  "Rescue teams in Porto Lindo pulled more bodies from the rubble as the death toll from the earthquake rose to 47. " +
  "Governor Ana Ribeiro said aftershocks kept families out of their damaged homes on the north of the island.";

/** Profiles of headline-less articles, all in one vocabulary. */
function profileMaker(stats: TermStatistics) {
  return (id: string, body: string) =>
    buildProfile(
      {
        id,
        title: "",
        published: null,
        outlet: null,
        analysis: analyzeArticle({ title: "", text: body, published: null }),
      },
      stats,
    );
}

/** The features of `text` against a story holding `founder` alone. */
function featuresAgainstStory(founder: string, text: string): Record<string, number> {
  const stats = new TermStatistics();
  const profileOf = profileMaker(stats);
  const founding = profileOf("founder", founder);
  stats.addDocument(founding.distinctIds);
  const story = createLiveStory(0, "story", 0);
  addArticleToStory(story, founding, stats, null);
  const features = pairFeatures(profileOf("probe", text), story, storyNorms(story, stats), stats);
  return Object.fromEntries(FEATURE_NAMES.map((name, index) => [name, features[index] ?? Number.NaN]));
}

function featuresAgainstReport(text: string): Record<string, number> {
  return featuresAgainstStory(REPORT, text);
}

describe("pairFeatures: conflicting event arguments", () => {
  it("finds no argument conflict when a report states the story's numbers and times", () => {
    expect(featuresAgainstReport(SAME_EVENT).argumentConflict).toBeLessThan(0.1);
  });

  it("finds a strong conflict when a look-alike event states its own toll, magnitude, weekday and year", () => {
    const lookAlike = featuresAgainstReport(LOOK_ALIKE);
    expect(lookAlike.argumentConflict).toBeGreaterThan(0.5);
    expect(lookAlike.entityConflict).toBeGreaterThan(featuresAgainstReport(SAME_EVENT).entityConflict ?? 1);
  });

  it("reads numbers written as words and as digits as the same arguments", () => {
    const words = "Twenty-five people died in a fire at the market on Tuesday, the sixth this year, officials said.";
    const digits = "Officials said 25 people died on Tuesday in the market fire, the 6th there this year.";
    expect(featuresAgainstStory(words, digits).argumentConflict).toBe(0);
    const other = "Officials said 9 people died on Friday in the market fire, the 4th there this year.";
    expect(featuresAgainstStory(words, other).argumentConflict).toBeGreaterThan(0);
  });

  it("counts an argument spelled otherwise than its word in the document frequencies, so it is not the rarest", () => {
    const stats = new TermStatistics();
    const profile = profileMaker(stats)("round", "The champion stopped the challenger in the sixth round on Tuesday.");
    stats.addDocument(profile.distinctIds);
    expect(stats.frequencyOf(stats.idOf("6th"))).toBe(1);
  });

  it("counts a single changed number, such as a rising death toll, as weak evidence", () => {
    const update = featuresAgainstReport(TOLL_UPDATE).argumentConflict ?? 1;
    expect(update).toBeLessThan(0.3);
    expect(update).toBeLessThan(featuresAgainstReport(LOOK_ALIKE).argumentConflict ?? 0);
  });
});

const TITLE_FIGHT =
  "Viktor Koval kept his heavyweight title on Saturday, stopping Hasan Ortiz in the ninth round. " +
  "Koval dropped Hasan Ortiz twice before the referee, Dan Welsh, ended the fight. " +
  "Viktor Koval said Ortiz had hit harder than any opponent he had faced.";
const TITLE_FIGHT_AGAIN =
  "Viktor Koval stopped Hasan Ortiz in the ninth round to keep the heavyweight title. " +
  "Viktor Koval praised Hasan Ortiz, who was knocked down twice, and said he wanted a rematch.";
const OTHER_FIGHT =
  "Viktor Koval kept his heavyweight title by beating Tony Reyes on points over twelve rounds. " +
  "Koval outboxed Tony Reyes, and the judge Mara Quint scored it for the champion. " +
  "Viktor Koval said Reyes was the smartest boxer he had met.";

describe("pairFeatures: the same main actor with other participants", () => {
  it("finds a people conflict past the shared champion when he fights someone else, none for the same fight", () => {
    const sameEvent = featuresAgainstStory(TITLE_FIGHT, TITLE_FIGHT_AGAIN).peopleConflict ?? 1;
    const lookAlike = featuresAgainstStory(TITLE_FIGHT, OTHER_FIGHT).peopleConflict ?? 0;
    expect(sameEvent).toBeLessThan(0.1);
    expect(lookAlike).toBeGreaterThan(0.3);
  });
});

describe("pairFeatures: verbs and cohesion", () => {
  it("measures how many of the article's headline and lede verbs the story uses", () => {
    const fired = "The Harbour City Hawks fired coach Rob Vance on Sunday after a losing run.";
    const firedAgain = "Rob Vance was fired as coach of the Harbour City Hawks on Sunday.";
    const hired = "The Harbour City Hawks hired Rob Vance as coach on Sunday.";
    expect(featuresAgainstStory(fired, firedAgain).actionsShared).toBeGreaterThan(0.9);
    expect(featuresAgainstStory(fired, hired).actionsShared).toBeLessThan(0.1);
  });

  it("has no cohesion deficit while the story holds only its founder, then measures the shortfall", () => {
    expect(featuresAgainstReport(LOOK_ALIKE).cohesionDeficit).toBe(0);
    const stats = new TermStatistics();
    const profileOf = profileMaker(stats);
    const story = createLiveStory(0, "story", 0);
    for (const [id, text] of [
      ["report", REPORT],
      ["same", SAME_EVENT],
    ] as const) {
      const profile = profileOf(id, text);
      stats.addDocument(profile.distinctIds);
      addArticleToStory(story, profile, stats, null);
    }
    const deficit = (text: string) => {
      const features = pairFeatures(profileOf("probe", text), story, storyNorms(story, stats), stats);
      return features[FEATURE_NAMES.indexOf("cohesionDeficit")] ?? Number.NaN;
    };
    expect(story.joinCount).toBe(1);
    expect(deficit(LOOK_ALIKE)).toBeGreaterThan(deficit(SAME_EVENT));
    expect(deficit(LOOK_ALIKE)).toBeGreaterThan(0);
  });
});

describe("pairFeatures: time", () => {
  const DAY = 86_400_000;
  /** The features of a report published `probeDay` days in, against a story of reports on the given days. */
  function atDays(storyDays: readonly number[], probeDay: number): Record<string, number> {
    const stats = new TermStatistics();
    const profileOf = (id: string, day: number) =>
      buildProfile(
        {
          id,
          title: "",
          published: new Date(Date.UTC(2031, 4, 1) + day * DAY).toISOString(),
          outlet: null,
          analysis: analyzeArticle({ title: "", text: SAME_EVENT, published: null }),
        },
        stats,
      );
    const story = createLiveStory(0, "story", 0);
    for (const [index, day] of storyDays.entries()) {
      const member = profileOf(`member-${index}`, day);
      stats.addDocument(member.distinctIds);
      addArticleToStory(story, member, stats, null);
    }
    const features = pairFeatures(profileOf("probe", probeDay), story, storyNorms(story, stats), stats);
    return Object.fromEntries(FEATURE_NAMES.map((name, index) => [name, features[index] ?? Number.NaN]));
  }

  it("decays with the gap to the story's newest and, apart, to its oldest article", () => {
    const fresh = atDays([0, 1], 1);
    expect(fresh.gapToNewest).toBeCloseTo(0, 9);
    expect(fresh.gapToOldest).toBeCloseTo(0, 9);
    // A story that began ten days ago and was reported on yesterday: close to its newest, far from its oldest.
    const longRunning = atDays([0, 9], 10);
    expect(longRunning.gapToNewest).toBeCloseTo(0, 9);
    expect(longRunning.gapToOldest).toBeCloseTo(-Math.log1p(9), 6);
  });
});
