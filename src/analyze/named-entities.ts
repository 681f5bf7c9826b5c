// People, places and organisations named in a text, found from capitalised runs and known names, linked within the text.
import type { Entities } from "../model.js";
import { foldCase } from "./content-terms.js";
import {
  isKnownOrganisation,
  isOrganisationWord,
  isPersonTitle,
  isPlaceEnding,
  isPlaceOpening,
  isSpeechVerb,
  isSurnameLikeThingEnding,
  isThingEnding,
  isThingOpening,
} from "./entity-cues.js";
import { canonicalOrganisation, normaliseEntityName, placeForName } from "./entity-names.js";
import { lexiconNameClass } from "./name-lexicon.js";
import { LONGEST_PLACE_WORDS, placeOfDemonym } from "./place-names.js";
import { isStopWord } from "./stop-words.js";
import type { TextToken } from "./text-tokens.js";

type EntityKind = "person" | "place" | "organisation" | "unknown";

interface Mention {
  name: string;
  kind: EntityKind;
  /** Order of appearance across the texts, for a stable output order. */
  position: number;
}

export interface EntitySource {
  tokens: readonly TextToken[];
  /** Title-cased headlines capitalise every word, so capitals there are weak evidence of a name. */
  titleCased: boolean;
}

const CAPITALISED = /^\p{Lu}/u;
const HAS_DIGIT = /\d/;
const NAME_CONNECTORS = new Set(["of", "de", "del", "da", "van", "von", "der", "al", "bin", "la", "le", "du", "&"]);
const LOCATIVE_WORDS = new Set(["in", "at", "near", "from", "to", "across", "outside", "inside", "towards"]);
/** Capitalised by convention, never a name by themselves. */
const CALENDAR_WORDS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec god`.split(/\s+/),
);
/** Months that end people's names ("Theresa May"); weekdays after a name are dates ("Obama Monday signed"). */
const NAME_ENDING_MONTHS = new Set(["may", "june", "april", "august"]);
const MAX_PER_KIND = 40;
/** A name of two or more words with no cue either way: most such names in news are people's. */
const UNCUED_NAME_KIND: EntityKind = "person";
const NO_CONTEXT: RunContext = { personCue: false, followedByVerb: false, followedBySpeech: false, locative: false };

/** A name's word folded, without an abbreviation's full stop: "Ave." gives "ave". */
function foldWord(word: string): string {
  return foldCase(word).replace(/\.$/, "");
}

function isCapitalisedWord(token: TextToken): boolean {
  return token.type === "word" && CAPITALISED.test(token.value);
}

/** Most words of a title-cased headline start with a capital, function words aside. */
export function isTitleCased(tokens: readonly TextToken[]): boolean {
  const words = tokens.filter((token) => token.type === "word" && !isStopWord(foldCase(token.value)));
  if (words.length < 4) return false;
  const capitalised = words.filter(isCapitalisedWord).length;
  return capitalised / words.length >= 0.75;
}

/** Folded forms that appear capitalised in mid-sentence somewhere: names, not sentence-initial capitals. */
export function namesSeenMidSentence(tokens: readonly TextToken[]): Set<string> {
  const names = new Set<string>();
  for (const token of tokens) {
    if (!token.sentenceStart && isCapitalisedWord(token)) names.add(foldCase(token.value));
  }
  return names;
}

/** Folded forms the texts write in lower case somewhere: common words, whatever their capital at a sentence start. */
function wordsSeenLowerCase(tokens: readonly TextToken[]): Set<string> {
  const words = new Set<string>();
  for (const token of tokens) {
    if (token.type === "word" && !CAPITALISED.test(token.value)) words.add(foldCase(token.value));
  }
  return words;
}

function isKnownName(folded: string): boolean {
  return placeForName(folded) !== undefined || placeOfDemonym(folded) !== undefined || isKnownOrganisation(folded);
}

/** Whether a capitalised token can be part of a name, given where it stands. */
function canStartOrContinueName(
  token: TextToken,
  titleCased: boolean,
  knownNames: ReadonlySet<string>,
  continuing = false,
): boolean {
  if (!isCapitalisedWord(token)) return false;
  const folded = foldWord(token.value);
  // "Theresa May" is a name, "May" alone a month.
  if (CALENDAR_WORDS.has(folded) && !(continuing && NAME_ENDING_MONTHS.has(folded))) return false;
  if (token.value.length > 1 && token.value === token.value.toUpperCase()) {
    if (isStopWord(folded)) return folded === "us";
    // Shouted words ("EDITOR'S PICKS") are not acronyms; long acronyms must be known ones.
    if (token.value.replace(/\./g, "").length >= 4 && !isKnownName(folded)) return false;
  }
  if (!token.sentenceStart && !titleCased) return true;
  if (isStopWord(folded)) return false;
  return token.pos === "PROPN" || knownNames.has(folded) || isKnownName(folded) || isPersonTitle(folded);
}

function isOrganisationOrTitle(word: string): boolean {
  const folded = foldCase(word);
  return isOrganisationWord(folded) || isPersonTitle(folded);
}

/** In a title-cased headline only names known from the body or the gazetteer count ("North Korea", "Kim"). */
function knownSubRuns(
  tokens: readonly TextToken[],
  start: number,
  end: number,
  knownNames: ReadonlySet<string>,
): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  const folded = tokens.slice(start, end).map((token) => foldCase(token.value));
  const isKnownWord = (word: string) => knownNames.has(word) || isKnownName(word) || isPersonTitle(word);
  let index = 0;
  while (index < folded.length) {
    let matched = 0;
    for (let length = Math.min(LONGEST_PLACE_WORDS, folded.length - index); length >= 2; length--) {
      if (isKnownName(folded.slice(index, index + length).join(" "))) {
        matched = length;
        break;
      }
    }
    if (matched === 0) {
      while (index + matched < folded.length && isKnownWord(folded[index + matched] ?? "")) matched++;
    }
    if (matched > 0) runs.push({ start: start + index, end: start + index + matched });
    index += Math.max(matched, 1);
  }
  return runs;
}

/** Splits token runs into candidate names: maximal capitalised runs, joined across "of", "de"… */
function capitalisedRuns(
  source: EntitySource,
  knownNames: ReadonlySet<string>,
  commonWords: ReadonlySet<string>,
): { start: number; end: number }[] {
  const { tokens, titleCased } = source;
  const runs: { start: number; end: number }[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    if (!token || !canStartOrContinueName(token, titleCased, knownNames)) {
      index++;
      continue;
    }
    const start = index;
    let end = index + 1;
    while (end < tokens.length) {
      const next = tokens[end];
      if (next && canStartOrContinueName(next, titleCased, knownNames, true) && !next.sentenceStart) {
        end++;
        continue;
      }
      const after = tokens[end + 1];
      const last = tokens[end - 1];
      // "Bank of England", "Secretary of State" — but "Charr of Germany" is a person and a place.
      const joins = next?.value !== "of" || (last !== undefined && isOrganisationOrTitle(last.value));
      if (next && NAME_CONNECTORS.has(next.value) && joins && after && isCapitalisedWord(after) && !titleCased) {
        end += 2;
        continue;
      }
      break;
    }
    if (titleCased) {
      runs.push(...knownSubRuns(tokens, start, end, knownNames));
      index = end;
      continue;
    }
    // "Fire Chief Dan Welsh" or "Owner Helena Varga" opening a sentence: a word the text writes in lower case is no name.
    const first = foldCase(token.value);
    if (
      token.sentenceStart &&
      end - start > 1 &&
      commonWords.has(first) &&
      !knownNames.has(first) &&
      !isKnownName(first)
    ) {
      index = start + 1;
      continue;
    }
    // A lone capitalised word where every word is capitalised (sentence start, title case) is only a name if known.
    const lone = end - start === 1 && (token.sentenceStart || titleCased);
    const folded = foldCase(token.value);
    if (!lone || knownNames.has(folded) || isKnownName(folded)) runs.push({ start, end });
    index = end;
  }
  return runs;
}

/** "Harriers", "Rangers": a plural, which a team or a group is and a lone surname rarely is. */
function looksPlural(lowerCased: string): boolean {
  const nameClass = lexiconNameClass(lowerCased);
  const knownAsName = nameClass === "first-name" || nameClass === "person" || nameClass === "surname";
  return /[^aeiosuy]s$|ers$|ies$/u.test(lowerCased) && !knownAsName;
}

/** What a run's own words say it names, before the words around it are asked; undefined when they say nothing. */
function kindByOwnWords(words: readonly string[], folded: string): EntityKind | undefined {
  const lowered = words.map(foldWord);
  const first = lowered[0] ?? "";
  const last = lowered[lowered.length - 1] ?? "";
  const wholeName = lexiconNameClass(folded);
  if (wholeName === "organisation") return "organisation";
  if (wholeName === "person") return "person";
  if (words.length < 2) return undefined;
  if (isThingEnding(last) || isThingOpening(first)) return "organisation";
  if (isPlaceEnding(last) || isPlaceOpening(first)) return "place";
  const firstClass = lexiconNameClass(first);
  if (firstClass === "first-name" || firstClass === "person") return "person";
  if (isSurnameLikeThingEnding(last)) return "organisation";
  // "Toyota Camry", "Boston Harriers": a company's product, a city's team.
  if (firstClass === "organisation" || placeForName(words[0] ?? "") !== undefined) return "organisation";
  if (looksPlural(last)) return "organisation";
  if (lexiconNameClass(last) === "surname") return "person";
  if (firstClass === "common-word") return "organisation";
  return undefined;
}

interface RunContext {
  /** A title stands before or inside the run ("President", "coach"). */
  personCue: boolean;
  followedByVerb: boolean;
  /** "… said", "… told": what people do far more than other things named. */
  followedBySpeech: boolean;
  locative: boolean;
}

/**
 * "Arsenio Hall said": a first and a last name, the last also a venue's word, that speaks. Not a venue named where
 * something happens ("officials at Carnegie Hall said"), nor one whose first word is a common word ("City Hall
 * said"), nor a longer name ("Royal Albert Hall said").
 */
function speaksWithVenueSurname(words: readonly string[], context: RunContext): boolean {
  if (!context.followedBySpeech || context.locative || words.length !== 2) return false;
  const [first, last] = words.map(foldWord);
  return (
    isSurnameLikeThingEnding(last ?? "") &&
    lexiconNameClass(first ?? "") !== "common-word" &&
    !isPlaceOpening(first ?? "")
  );
}

function classify(words: readonly string[], context: RunContext): Mention["kind"] {
  const raw = words.join(" ");
  const folded = normaliseEntityName(raw);
  // "IE8", "Xeon E3": a code with digits names a product or a model; "Fire & Rescue", "Anzalone & Newman" a firm.
  if (words.some((word) => HAS_DIGIT.test(word) || word === "&")) return "organisation";
  if (placeForName(raw) || placeOfDemonym(folded)) return "place";
  if (isKnownOrganisation(folded) || words.some((word) => isOrganisationWord(foldCase(word)))) return "organisation";
  if (words.length === 1 && /^\p{Lu}[\p{Lu}.&]+$/u.test(raw)) return "organisation";
  if (context.personCue) return "person";
  if (speaksWithVenueSurname(words, context)) return "person";
  const byOwnWords = kindByOwnWords(words, folded);
  if (byOwnWords) return byOwnWords;
  if (context.followedBySpeech) return "person";
  if (words.length >= 2) return UNCUED_NAME_KIND;
  if (context.locative) return "place";
  return context.followedByVerb && !looksPlural(folded) ? "person" : "unknown";
}

function canonicalName(words: readonly string[], kind: EntityKind): string {
  const raw = words.join(" ");
  if (kind === "place") {
    return placeForName(raw) ?? placeOfDemonym(normaliseEntityName(raw)) ?? normaliseEntityName(raw);
  }
  if (kind === "organisation") return canonicalOrganisation(normaliseEntityName(raw));
  return normaliseEntityName(raw);
}

/** Words a person's name has after "Secretary of State …": a first and a last name, and a middle initial. */
function trailingPersonName(words: readonly string[]): string[] {
  const initial = words[words.length - 2]?.replace(/\.$/, "").length === 1;
  return words.slice(initial ? -3 : -2);
}

/**
 * "Governor of Alaska", "Secretary of State Condoleezza Rice", "Director of Operations": what follows "of" is the
 * title's place or office, then maybe the person.
 */
function mentionsAfterTitleOf(words: readonly string[], position: number, knownOfficeOnly = false): Mention[] {
  for (let take = Math.min(words.length, LONGEST_PLACE_WORDS); take > 0; take--) {
    const candidate = words.slice(0, take);
    const kind = classify(candidate, NO_CONTEXT);
    if (
      kind !== "place" &&
      !(kind === "organisation" && isKnownOrganisation(normaliseEntityName(candidate.join(" "))))
    ) {
      continue;
    }
    const rest = words.slice(take);
    const mentions: Mention[] = [{ name: canonicalName(candidate, kind), kind, position }];
    // "Governor of Alaska Dunleavy": a surname alone is the person too.
    if (rest.length >= 1) mentions.push({ name: normaliseEntityName(rest.join(" ")), kind: "person", position });
    return mentions;
  }
  if (knownOfficeOnly || words.length < 3) return [];
  return [{ name: normaliseEntityName(trailingPersonName(words).join(" ")), kind: "person", position }];
}

/** "Director of the FBI …": the run follows a title, "of" and "the", so it may open with the title's office. */
function followsTitleOfThe(tokens: readonly TextToken[], start: number): boolean {
  const word = (offset: number) => foldCase(tokens[start - offset]?.value ?? "");
  return word(1) === "the" && word(2) === "of" && isPersonTitle(word(3));
}

/** Cuts "Russian Defense Minister Sergei Shoigu" into an affiliation before the title and a person after it. */
function mentionsOfRun(tokens: readonly TextToken[], start: number, end: number, position: number): Mention[] {
  const words = tokens.slice(start, end).map((token) => token.value);
  let titleAt = -1;
  for (let index = words.length - 2; index >= 0; index--) {
    if (isPersonTitle(foldCase(words[index] ?? ""))) {
      titleAt = index;
      break;
    }
  }
  // "General Motors", "Chief Industries": a title followed by an organisation's word opens its name, not a person's.
  const opensOrganisation = (after: number) => words.slice(after).some((word) => isOrganisationWord(foldCase(word)));
  // "Chief of Police Jane Doe" is a title of an office, which mentionsAfterTitleOf reads.
  const titleOfOffice = foldCase(words[titleAt + 1] ?? "") === "of";
  if (titleAt >= 0 && !titleOfOffice && opensOrganisation(titleAt + 1)) titleAt = -1;
  const before = tokens[start - 1];
  const after = tokens[end];
  const beforeWord = before ? foldCase(before.value) : "";
  const followedByVerb = after !== undefined && (after.pos === "VERB" || after.pos === "AUX");
  const followedBySpeech = after !== undefined && isSpeechVerb(foldCase(after.value));
  const locative = LOCATIVE_WORDS.has(beforeWord);
  if (words.every((word) => isPersonTitle(foldCase(word)))) return [];
  if (titleAt < 0 && followsTitleOfThe(tokens, start)) {
    // "Director of the FBI Christopher Wray": the lower-case "the" cut the run after the title; only a place or a
    // known organisation is taken for the office, since "the Senate Armed Services Committee" names no person.
    const office = mentionsAfterTitleOf(words, position, true);
    if (office.length > 0) return office;
  }
  const leadingPlace = placeOfDemonym(foldCase(words[0] ?? ""));
  if (
    titleAt < 0 &&
    leadingPlace &&
    words.length > 2 &&
    ["person", "unknown"].includes(classify(words.slice(1), NO_CONTEXT))
  ) {
    // "American Hasim Rahman": a nationality, then a person.
    return [
      { name: leadingPlace, kind: "place", position },
      { name: normaliseEntityName(words.slice(1).join(" ")), kind: "person", position },
    ];
  }
  if (titleAt < 0) {
    const leadingTitle = isPersonTitle(foldCase(words[0] ?? "")) && words.length > 1 && !opensOrganisation(1);
    const nameWords = leadingTitle ? words.slice(1) : words;
    const personCue = leadingTitle || isPersonTitle(beforeWord);
    const kind = classify(nameWords, { personCue, followedByVerb, followedBySpeech, locative });
    return [{ name: canonicalName(nameWords, kind), kind, position }];
  }
  const mentions: Mention[] = [];
  const affiliation = words.slice(0, titleAt).filter((word) => !isPersonTitle(foldCase(word)));
  const person = words.slice(titleAt + 1);
  // Only a known affiliation is kept: "Defense" in "Defense Minister" names nothing by itself.
  for (let take = affiliation.length; take > 0; take--) {
    const candidate = affiliation.slice(0, take);
    const kind = classify(candidate, NO_CONTEXT);
    if (
      kind === "place" ||
      (kind === "organisation" && isKnownOrganisation(normaliseEntityName(candidate.join(" "))))
    ) {
      mentions.push({ name: canonicalName(candidate, kind), kind, position });
      break;
    }
  }
  // Only "of" opens an office ("Governor of Alaska"); "Mayor de Blasio" is a name with its particle.
  if (foldCase(person[0] ?? "") === "of") {
    mentions.push(...mentionsAfterTitleOf(person.slice(1), position));
  } else if (person.length > 0) {
    mentions.push({ name: normaliseEntityName(person.join(" ")), kind: "person", position });
  }
  return mentions;
}

/** "Kim" and "Kim Jong" are "Kim Jong Un" when the text names him in full; the most named wins a tie. */
function linkShortMentions(mentions: Mention[]): Mention[] {
  const counts = new Map<string, number>();
  for (const mention of mentions) {
    if (mention.kind === "person") counts.set(mention.name, (counts.get(mention.name) ?? 0) + 1);
  }
  const fullNames = [...counts.keys()].filter((name) => name.includes(" "));
  return mentions.map((mention) => {
    if (mention.kind === "place") return mention;
    const words = mention.name.split(" ");
    let best: string | undefined;
    for (const full of fullNames) {
      if (full === mention.name) continue;
      const fullWords = full.split(" ");
      if (fullWords.length <= words.length || !words.every((word) => fullWords.includes(word))) continue;
      if (!best || (counts.get(full) ?? 0) > (counts.get(best) ?? 0)) best = full;
    }
    return best ? { ...mention, name: best, kind: "person" } : mention;
  });
}

function isUsableName(name: string): boolean {
  return name.length >= 2 && /\p{L}/u.test(name) && !isStopWord(name);
}

/** Entities of a set of texts (title and body), each list ordered by how often, then how early, it is named. */
export function extractEntities(sources: readonly EntitySource[]): Entities {
  const knownNames = new Set<string>();
  const commonWords = new Set<string>();
  for (const source of sources) {
    if (source.titleCased) continue;
    for (const name of namesSeenMidSentence(source.tokens)) knownNames.add(name);
    for (const word of wordsSeenLowerCase(source.tokens)) commonWords.add(word);
  }
  const mentions: Mention[] = [];
  for (const source of sources) {
    for (const run of capitalisedRuns(source, knownNames, commonWords)) {
      const position = mentions.length;
      mentions.push(...mentionsOfRun(source.tokens, run.start, run.end, position));
    }
  }
  const linked = linkShortMentions(mentions.filter((mention) => isUsableName(mention.name)));
  const tally = new Map<string, { kind: EntityKind; count: number; first: number }>();
  for (const mention of linked) {
    const key = `${mention.kind}\u0000${mention.name}`;
    const entry = tally.get(key);
    if (entry) entry.count++;
    else tally.set(key, { kind: mention.kind, count: 1, first: mention.position });
  }
  const ranked = [...tally.entries()].sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first);
  const entities: Entities = { people: [], places: [], organisations: [] };
  const seen = new Set<string>();
  for (const [key, entry] of ranked) {
    const name = key.slice(key.indexOf("\u0000") + 1);
    const list =
      entry.kind === "person" ? entities.people : entry.kind === "place" ? entities.places : entities.organisations;
    if (seen.has(name) || list.length >= MAX_PER_KIND) continue;
    seen.add(name);
    list.push(name);
  }
  return entities;
}
