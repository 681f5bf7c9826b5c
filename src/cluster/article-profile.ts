// An article as the clusterer compares it: weighted term and entity vectors, time and outlet.
import { eventArgumentKey } from "../analyze/event-arguments.js";
import type { Entities } from "../model.js";
import type { ClusterDocument } from "./cluster-document.js";
import type { TermStatistics } from "./term-statistics.js";
import { type TermWeights, weightedNorm } from "./term-vector.js";

/** A headline says what the event is in a few words: its terms count twice in the whole-article vector. */
const TITLE_WEIGHT = 2;
/** A part of a person's name ("putin" of "vladimir putin") links short mentions, but weighs less than the full name. */
const NAME_PART_WEIGHT = 0.5;
const MAX_ENTITY_NAMES = 24;
/** The people an article names most: its main actor and the other participants, beyond passers-by and quotes. */
const MAIN_PEOPLE = 4;
/** Where it happened is a participant too: a look-alike quake or election strikes another province. */
const MAIN_PLACES = 2;
/** The lede states the event's own numbers and time; later paragraphs add background ones (past quakes, old scores). */
const LEDE_TERMS = 80;

export interface ArticleProfile {
  id: string;
  headline: string;
  /** Title and body terms, sublinear term frequency, no IDF (applied at comparison time). */
  full: TermWeights;
  title: TermWeights;
  entities: TermWeights;
  /** Entity keys the headline names: the event's main actors and places. */
  titleEntities: TermWeights;
  /** Headline and lede terms that state the event's arguments (numbers, years, weekdays, months), weighted as in `full`. */
  eventArguments: TermWeights;
  /**
   * Keys of the people the article names most (most named first), then of its main places, weight 1: the event's
   * participants, for telling look-alike events apart.
   */
  people: TermWeights;
  /** The headline's and lede's main verbs (weight 1): what happened, which look-alike events differ in. */
  actions: TermWeights;
  fullNorm: number;
  titleNorm: number;
  entityNorm: number;
  /** Every term and entity key once, for document frequencies. */
  distinctIds: number[];
  /** Milliseconds since the epoch, or null when unknown. */
  time: number | null;
  outlet: string | null;
  distinctTermCount: number;
  mentionedDates: string[];
}

export function parseTime(published: string | null): number | null {
  if (!published) return null;
  const time = Date.parse(published);
  return Number.isNaN(time) ? null : time;
}

export function normaliseOutlet(outlet: string | null): string | null {
  const trimmed = outlet?.trim().toLowerCase();
  return trimmed ? trimmed : null;
}

function termCounts(terms: readonly string[], stats: TermStatistics, scale: number, into: TermWeights): void {
  const counts = new Map<number, number>();
  for (const term of terms) {
    const id = stats.idOf(term);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  for (const [id, count] of counts) into.set(id, (into.get(id) ?? 0) + scale * (1 + Math.log(count)));
}

/** Entity keys live in the same vocabulary as terms, marked with "@" so "@georgia" is not the word "georgia". */
export function entityKeys(entities: Entities): Map<string, number> {
  const keys = new Map<string, number>();
  const add = (key: string, weight: number) => keys.set(key, Math.max(keys.get(key) ?? 0, weight));
  for (const person of entities.people.slice(0, MAX_ENTITY_NAMES)) {
    add(`@${person}`, 1);
    const parts = person.split(" ");
    if (parts.length > 1) for (const part of parts) if (part.length >= 3) add(`@${part}`, NAME_PART_WEIGHT);
  }
  for (const name of entities.places.slice(0, MAX_ENTITY_NAMES)) add(`@${name}`, 1);
  for (const name of entities.organisations.slice(0, MAX_ENTITY_NAMES)) add(`@${name}`, 1);
  return keys;
}

const COMBINING_MARKS = /\p{M}+/gu;

function headlineWords(headline: string): Set<string> {
  const folded = headline.normalize("NFKD").replace(COMBINING_MARKS, "").toLowerCase();
  return new Set(folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
}

/**
 * The ids an article counts in the document frequencies: its terms, its entities, and its arguments, since one
 * spelled otherwise than its term ("sixth" as "6th", "seven" as "7") would else never be counted and be
 * taken for the rarest of all.
 */
export function distinctIdsOf(
  full: TermWeights,
  entities: TermWeights,
  eventArguments: ReadonlyMap<number, number>,
): number[] {
  return [...new Set([...full.keys(), ...entities.keys(), ...eventArguments.keys()])];
}

export function buildProfile(doc: ClusterDocument, stats: TermStatistics): ArticleProfile {
  const { analysis } = doc;
  const title: TermWeights = new Map();
  termCounts(analysis.titleTerms, stats, 1, title);
  const full: TermWeights = new Map();
  const hasBody = analysis.bodyTerms.length > 0;
  termCounts(analysis.titleTerms, stats, hasBody ? TITLE_WEIGHT : 1, full);
  termCounts(analysis.bodyTerms, stats, 1, full);
  const entities: TermWeights = new Map();
  const titleEntities: TermWeights = new Map();
  const inHeadline = headlineWords(doc.title);
  for (const [key, weight] of entityKeys(analysis.entities)) {
    const id = stats.idOf(key);
    entities.set(id, weight);
    if (
      key
        .slice(1)
        .split(" ")
        .every((word) => inHeadline.has(word))
    )
      titleEntities.set(id, weight);
  }
  const eventArguments: TermWeights = new Map();
  for (const term of [...analysis.titleTerms, ...analysis.bodyTerms.slice(0, LEDE_TERMS)]) {
    const key = eventArgumentKey(term);
    if (key !== null) eventArguments.set(stats.idOf(key), full.get(stats.idOf(term)) ?? 0);
  }
  const people: TermWeights = new Map();
  for (const person of analysis.entities.people.slice(0, MAIN_PEOPLE)) people.set(stats.idOf(`@${person}`), 1);
  for (const place of analysis.entities.places.slice(0, MAIN_PLACES)) people.set(stats.idOf(`@${place}`), 1);
  const actions: TermWeights = new Map();
  for (const action of analysis.actions ?? []) actions.set(stats.idOf(action), 1);
  const idf = (id: number) => stats.idf(id);
  return {
    id: doc.id,
    headline: doc.title,
    full,
    title,
    entities,
    titleEntities,
    eventArguments,
    people,
    actions,
    fullNorm: weightedNorm(full, idf),
    titleNorm: weightedNorm(title, idf),
    entityNorm: weightedNorm(entities, idf),
    distinctIds: distinctIdsOf(full, entities, eventArguments),
    time: parseTime(doc.published),
    outlet: normaliseOutlet(doc.outlet),
    distinctTermCount: full.size,
    mentionedDates: analysis.mentionedDates,
  };
}
