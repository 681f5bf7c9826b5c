// Tells a bare person's name ("Ryan Carrigan") from a label that only looks like one ("Travel Tips", "Order Now").
import nlp from "compromise";

/** Word classes a name is never made of; unknown words (most surnames) carry none of them. */
const NOT_IN_NAMES = [
  "#Verb",
  "#Adjective",
  "#Plural",
  "#Uncountable",
  "#Preposition",
  "#Organization",
  "#Acronym",
  "#Determiner",
  "#Conjunction",
  "#Adverb",
  "#Value",
  "#Pronoun",
];

/** Lexicon tags that name a person: a word listed only with other tags is an ordinary word. */
const PERSON_TAGS = new Set(["FirstName", "LastName", "MaleName", "FemaleName", "Person", "Honorific"]);

/**
 * Lexicon tags that do not make a word a common one: names ("Mitchell", "Pham"), and adjectives, which are often
 * surnames too ("Young", "Gray", "Keen"), and abbreviations ("Ma"); the tagger still catches an adjective used as
 * one ("Latest News").
 */
const NOT_COMMON_TAGS = new Set([...PERSON_TAGS, "Adjective", "Comparative", "Superlative", "Abbreviation"]);
const INITIAL = /^\p{Lu}\.?$/u;
const ACRONYM = /^\p{Lu}{2,4}$/u;
/** Lower-case words inside names ("Ludwig van Beethoven", "Ana de la Cruz"). */
export const NAME_PARTICLE = /^(?:de|da|di|del|della|van|von|der|den|le|la|bin|al|el|y|dos|du|st\.?)$/i;

/** compromise's word list (word → tag), read once; its typings call the world a plain object. */
function readLexicon(): ReadonlyMap<string, string[]> {
  const world: unknown = nlp.world();
  const model = (world as { model?: { one?: { lexicon?: unknown } } }).model;
  const lexicon = model?.one?.lexicon;
  const entries = new Map<string, string[]>();
  if (typeof lexicon !== "object" || lexicon === null) return entries;
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags: unknown[] = Array.isArray(tag) ? tag : [tag];
    entries.set(
      word,
      tags.filter((item): item is string => typeof item === "string"),
    );
  }
  return entries;
}

let lexicon: ReadonlyMap<string, string[]> | null = null;

/** The lexicon's tags for a word (none when it does not list it). */
function lexiconTags(word: string): readonly string[] {
  lexicon ??= readLexicon();
  return lexicon.get(word.toLowerCase()) ?? [];
}

/**
 * A word the lexicon lists as an ordinary word ("Strategy", "Center", "Checked"), not as a name. Its tagger calls
 * any capitalised word a proper noun, so the lexicon is what tells "Event Planning" from "Tomas Wielgosz".
 */
function isCommonWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && !tags.some((tag) => NOT_COMMON_TAGS.has(tag));
}

/** Lexicon tags of things and trades, which surnames often are ("Cook", "Baker", "Stone", "Hill"). */
const SURNAME_NOUN_TAGS = new Set(["Noun", "Singular", "Actor", "Uncountable"]);

/**
 * Whether the last of a name's words may be a surname that is also an ordinary noun ("Kwame Cook"): a name in mixed
 * case, of two words or more, none before it an acronym ("HR Strategy" is a label).
 */
function surnameLike(words: readonly string[]): boolean {
  const last = words.at(-1);
  if (words.length < 2 || last === undefined || words.join(" ") === words.join(" ").toUpperCase()) return false;
  if (words.slice(0, -1).some((word) => ACRONYM.test(word))) return false;
  const tags = lexiconTags(last);
  return tags.length > 0 && tags.every((tag) => SURNAME_NOUN_TAGS.has(tag));
}

/** Credentials printed after a name ("MS", "RD", "PhD"): not a person of their own. */
export const CREDENTIAL = /^(?:[A-Z]{2,6}|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?|I{2,3})$/;

/**
 * Words that end or fill an organisation's name and never a person's ("Resource Library", "Clemson News", "Logan
 * University"): the tagger calls any word after a first name a surname, and the lexicon lists few of them.
 */
export const ORGANISATION_WORD =
  /^(?:university|college|school|institute|academy|library|healthcare|clinic|hospital|dental|medical|energy|community|consulting|consultants|group|media|labs?|studios?|company|inc|llc|ltd|partners|associates|foundation|agency|solutions|services|systems|technologies|network|capital|insurance|legal|realty|center|centre|society|club|news|magazine|marketing|software|records|productions|ventures|holdings|international|global|corp|corporation|incorporated|limited|gmbh|plc)$/i;

/** How one name of a byline reads: a name the tagger knows, one it does not, a label, a lone word, or odd. */
type NameReading = "known" | "unknown" | "label" | "lone" | "odd";

/**
 * A name the tagger knows settles it ("Jane Baker"); an ordinary word of the lexicon makes a label ("Event
 * Planning", "Harbor Smith Tax"), unless it is a noun in a surname's place ("Kwame Cook"); a verb, adjective, plural
 * and the like in context make it odd ("Order Now", but also a first name ending like an adjective); the rest is an
 * unknown name ("Segun Adewole").
 */
function readName(name: string): NameReading {
  // Initials ("Lisa D. Ellis", "Ravi K") read as acronyms to the tagger.
  const words = name.split(/\s+/).filter((word) => !INITIAL.test(word));
  if (words.length === 0) return "odd";
  // "Logan University", "Resource Library": a first name does not make an organisation a person.
  if (words.some((word) => ORGANISATION_WORD.test(word))) return "label";
  const doc = nlp(words.join(" "));
  const known = isKnownFirstName(words[0] ?? "") || ["#FirstName", "#Person", "#Honorific"].some((tag) => doc.has(tag));
  if (known) return "known";
  // "San Antonio", "New York": every word part of a named city, region or country is a dateline, not a person.
  // (The tagger calls an unknown word a place too, as in "Chukwuemeka Hill", so a named one must be among them.)
  const allPlace = doc.match("#Place").wordCount() === doc.wordCount();
  if (allPlace && doc.has("(#City|#Region|#Country)")) return "label";
  const surname = surnameLike(words) ? words.length - 1 : -1;
  if (words.some((word, i) => i !== surname && !NAME_PARTICLE.test(word) && isCommonWord(word))) return "label";
  if (name.split(/\s+/).length === 1) return "lone";
  return NOT_IN_NAMES.some((tag) => doc.has(tag)) ? "odd" : "unknown";
}

/** The names of a byline joined by "," "and" "&", credentials ("MS", "PhD") left out. */
function nameParts(text: string): string[] {
  return text.split(/\s*(?:,|&|\band\b)\s*/).filter((part) => part !== "" && !CREDENTIAL.test(part));
}

function readNames(text: string): NameReading[] {
  return nameParts(text).map(readName);
}

/**
 * Whether a short capitalised line reads as a person's name, or as several joined by "," "and" "&". In a list one
 * odd name may pass beside readable ones ("Lin Ma, Oskar Brandt"), but a label or a lone word that is no known
 * first name never does ("Harbor Smith Tax, Accounting", "Data, Analytics").
 * Costs about a millisecond a name: call it on a few candidate lines, not on every line.
 */
export function looksLikePersonName(text: string): boolean {
  const readings = readNames(text);
  if (readings.includes("label") || readings.includes("lone")) return false;
  return readings.some((reading) => reading === "known" || reading === "unknown");
}

/**
 * Whether a name that a byline label vouches for ("Written By:" over "Cazzy Magennis") may be a person's: none of
 * its names reads as a label or a lone word. The tagger's doubt about an unfamiliar first name ("Cazzy", tagged an
 * adjective) does not count against it there; an ordinary word still does ("Garden TipsHome Ideas").
 */
export function mayBeLabelledName(text: string): boolean {
  const names = nameParts(text);
  return (
    names.length > 0 &&
    names.every((name) => {
      const reading = readName(name);
      if (reading === "label" || reading === "lone") return false;
      // An odd reading passes only on words the lexicon does not list: "Previous Post" is furniture.
      return reading !== "odd" || name.split(/\s+/).every((word) => !isListedWord(word));
    })
  );
}

/** A word the lexicon lists, and not as a name ("Previous", "Post"); "Cazzy" and "Magennis" are not listed. */
function isListedWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && !tags.some((tag) => PERSON_TAGS.has(tag));
}

/** Whether one word is a first name the lexicon knows ("Clay", "Melissa"): a byline may sign with that alone. */
export function isKnownFirstName(word: string): boolean {
  return nlp(word).has("#FirstName");
}
