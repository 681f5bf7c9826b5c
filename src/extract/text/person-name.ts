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

/**
 * Whether a short capitalised line reads as a person's name. Known first names settle it; otherwise a line made
 * only of words the lexicon does not know as verbs, adjectives, plurals and the like passes ("Segun Adewole").
 * Costs about a millisecond: call it on a few candidate lines, not on every line.
 */
export function looksLikePersonName(text: string): boolean {
  const doc = nlp(text);
  if (doc.has("#FirstName") || doc.has("#Person")) return true;
  return !NOT_IN_NAMES.some((tag) => doc.has(tag));
}

/** Whether one word is a first name the lexicon knows ("Clay", "Melissa"): a byline may sign with that alone. */
export function isKnownFirstName(word: string): boolean {
  return nlp(word).has("#FirstName");
}
