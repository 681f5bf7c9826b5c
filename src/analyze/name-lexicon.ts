// What compromise's English lexicon knows a single word to be in a name: a first name, a surname, a team or a company.
import nlp from "compromise";
import { z } from "zod";

export type LexiconNameClass = "first-name" | "person" | "surname" | "organisation" | "common-word";

const FIRST_NAME_TAGS = new Set(["MaleName", "FemaleName", "FirstName"]);
const ORGANISATION_TAGS = new Set(["SportsTeam", "Organization"]);
/** Everyday words: a name that opens with one ("Internet Explorer", "Fix It") is a thing's, not a person's. */
const COMMON_WORD_TAGS = new Set(["Uncountable", "Singular", "Plural", "Noun", "Adjective", "Infinitive", "Gerund"]);

/** compromise types its world as `object`; only the lexicon (word → tag or tags) is read from it. */
const worldSchema = z.object({
  model: z.object({
    one: z.object({ lexicon: z.record(z.string(), z.union([z.string(), z.array(z.string())])) }),
  }),
});

/** Built once: a plain map lookup per word is all the entity typer can afford on every capitalised run. */
function buildNameClasses(): Map<string, LexiconNameClass> {
  const lexicon = worldSchema.parse(nlp.world()).model.one.lexicon;
  const classes = new Map<string, LexiconNameClass>();
  for (const [word, tagOrTags] of Object.entries(lexicon)) {
    const tags = Array.isArray(tagOrTags) ? tagOrTags : [tagOrTags];
    if (tags.some((tag) => FIRST_NAME_TAGS.has(tag))) classes.set(word, "first-name");
    else if (tags.includes("Person")) classes.set(word, "person");
    else if (tags.some((tag) => ORGANISATION_TAGS.has(tag))) classes.set(word, "organisation");
    else if (tags.includes("LastName")) classes.set(word, "surname");
    else if (tags.some((tag) => COMMON_WORD_TAGS.has(tag))) classes.set(word, "common-word");
  }
  return classes;
}

let nameClasses: Map<string, LexiconNameClass> | undefined;

/** Whether the lexicon knows a lower-cased word or name as a person's, a team's or a company's. */
export function isLexiconName(lowerCased: string): boolean {
  const nameClass = lexiconNameClass(lowerCased);
  return nameClass !== undefined && nameClass !== "common-word";
}

/** The lexicon's class of a lower-cased word or name ("indianapolis colts"), or undefined for the many it does not know. */
export function lexiconNameClass(lowerCased: string): LexiconNameClass | undefined {
  nameClasses ??= buildNameClasses();
  return nameClasses.get(lowerCased);
}
