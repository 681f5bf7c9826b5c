// Names as the article writes them ("NSC", "Kim Jong Un"), for storing and showing: the analysis folds them to
// lower case for matching, and readers should not see that form.
import { escapeRegExp } from "../literal-pattern.js";
import type { Entities } from "../model.js";

/** A short word may be written as an abbreviation with dots: the analysis's "un" is the text's "U.N.". */
function wordPattern(word: string): string {
  if (!/^\p{L}{2,4}$/u.test(word)) return escapeRegExp(word);
  // Either as is or dotted throughout, so a name that ends a sentence ("met Kim.") does not take the full stop.
  return `(?:${word}|${[...word].join("\\.")}\\.)`;
}

function titleCase(name: string): string {
  return name.replace(
    /(^|[\s'-])(\p{Ll})/gu,
    (_match, before: string, letter: string) => before + letter.toUpperCase(),
  );
}

/** The first spelling of `name` in `texts` (case-insensitive, whole words, any spacing), or the name in title case. */
export function displayName(name: string, texts: readonly string[]): string {
  const words = name.trim().split(/\s+/).map(wordPattern);
  if (words.length === 0 || words[0] === "") return name;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.join("\\s+")}(?![\\p{L}\\p{N}])`, "iu");
  for (const text of texts) {
    const found = pattern.exec(text);
    if (found) return found[0].replace(/\s+/g, " ");
  }
  return titleCase(name);
}

/** The article's entities, each spelled as its title or text writes it. */
export function spellEntities(entities: Entities, texts: readonly string[]): Entities {
  const spelled = (names: readonly string[]) => names.map((name) => displayName(name, texts));
  return {
    people: spelled(entities.people),
    places: spelled(entities.places),
    organisations: spelled(entities.organisations),
  };
}
