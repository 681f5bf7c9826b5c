// A synthetic but realistic article stream for the clustering bench: real analyses recombined into new stories over weeks.

import { seededRandom } from "../eval/stream-orders.js";
import type { ClusterDocument } from "../src/cluster/cluster-document.js";
import type { Analysis } from "../src/model.js";

const DAY_MS = 86_400_000;
export const STREAM_START = Date.UTC(2024, 0, 1);
/** Articles arrive over ten weeks: with a 7-day window about a tenth of the stream is live at any time. */
export const SPAN_DAYS = 70;
const OUTLETS = 300;

/** The eval's seeded generator, so two runs build the same stream. */
export { seededRandom };

export interface SourceStory {
  analyses: Analysis[];
  titles: string[];
}

export interface Stream {
  storyOf: Int32Array;
  timeOf: Float64Array;
  sourceOf: Int32Array;
  stories: number;
}

/** Story sizes are heavy-tailed (most stories are one or two articles, a few run to hundreds), spread over days. */
export function buildStream(articles: number, sources: number, random: () => number): Stream {
  const storyOf = new Int32Array(articles);
  const timeOf = new Float64Array(articles);
  const sourceOf = new Int32Array(articles);
  let written = 0;
  let story = 0;
  while (written < articles) {
    const size = Math.min(300, Math.floor(1 / (random() ** 0.8 + 1e-9)), articles - written);
    const start = STREAM_START + random() * SPAN_DAYS * DAY_MS;
    const source = Math.floor(random() * sources);
    for (let k = 0; k < size; k++) {
      storyOf[written] = story;
      sourceOf[written] = source;
      timeOf[written] = start - Math.log(1 - random() * 0.999) * 1.5 * DAY_MS;
      written++;
    }
    story++;
  }
  const order = Array.from({ length: articles }, (_, index) => index).sort(
    (a, b) => (timeOf[a] ?? 0) - (timeOf[b] ?? 0),
  );
  return {
    storyOf: Int32Array.from(order, (index) => storyOf[index] ?? 0),
    timeOf: Float64Array.from(order, (index) => timeOf[index] ?? 0),
    sourceOf: Int32Array.from(order, (index) => sourceOf[index] ?? 0),
    stories: story,
  };
}

/** Synthetic vocabulary: topic words and names drawn with a power law, so some recur across stories and most are rare. */
const TOPIC_WORDS = 100_000;
const NAMES = 50_000;
const WORDS_PER_STORY = 16;
const NAMES_PER_STORY = 3;

function powerLawPick(random: () => number, size: number): number {
  return Math.min(size - 1, Math.floor(size * random() ** 1.5));
}

interface StorySignature {
  words: string[];
  names: string[];
}

/** Each synthetic story's own words and names, derived from its number so no table of them is kept. */
export function signatureOf(story: number): StorySignature {
  const random = seededRandom(story * 7919 + 17);
  const words = Array.from({ length: WORDS_PER_STORY }, () => `w${powerLawPick(random, TOPIC_WORDS).toString(36)}`);
  const names = Array.from({ length: NAMES_PER_STORY }, () => `name ${powerLawPick(random, NAMES).toString(36)}`);
  return { words, names };
}

/** Share of the source article's words a synthetic article keeps: stories made from one source must still differ. */
const SOURCE_SHARE = 0.25;

/**
 * A synthetic article: part of a real analysis of the source story (its common words, its length, a place), plus the
 * synthetic story's own topic words and names, each present with some probability as in real coverage.
 */
export function synthesise(
  stream: Stream,
  index: number,
  sources: SourceStory[],
  random: () => number,
): ClusterDocument {
  const story = stream.storyOf[index] ?? 0;
  const source = sources[stream.sourceOf[index] ?? 0] ?? { analyses: [], titles: [] };
  const pick = Math.floor(random() * source.analyses.length);
  const analysis = source.analyses[pick] as Analysis;
  const signature = signatureOf(story);
  const words = signature.words.filter(() => random() < 0.7);
  const names = signature.names.filter(() => random() < 0.8);
  const hasBody = analysis.bodyTerms.length > 0;
  const sourceBody = analysis.bodyTerms.filter(() => random() < SOURCE_SHARE);
  return {
    id: `a${index}`,
    title: source.titles[pick] ?? "",
    published: new Date(stream.timeOf[index] ?? STREAM_START).toISOString(),
    outlet: `outlet-${Math.floor(random() * OUTLETS)}`,
    analysis: {
      ...analysis,
      titleTerms: [...analysis.titleTerms.slice(0, 3), ...words.slice(0, 4)],
      bodyTerms: hasBody ? [...sourceBody, ...words, ...words, ...names.flatMap((name) => name.split(" "))] : [],
      entities: { people: names, places: analysis.entities.places.slice(0, 1), organisations: [] },
    },
  };
}
