// Content terms of a token stream: lower-cased lemmas without stop words, with meaningful numbers kept.
import { compoundNumber } from "./event-arguments.js";
import { isStopWord } from "./stop-words.js";
import type { TextToken } from "./text-tokens.js";

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const COMBINING_MARKS = /\p{M}+/gu;
const ALL_CAPITALS = /^\p{Lu}[\p{Lu}.&]+$/u;

/** Lower-cases and strips accents so "Zelenskyy", "ZELENSKYY" and "Zelénskyy" meet. */
export function foldCase(value: string): string {
  return value.normalize("NFKD").replace(COMBINING_MARKS, "").toLowerCase();
}

/**
 * wink lemmatises capitalised words as common nouns ("Fed" → "feed"); for those the lemma is only
 * trusted when it is what an inflection leaves ("Talks" → "talk", "Cities" → "city").
 */
function termOfWord(token: TextToken): string {
  const folded = foldCase(token.value).replace(/['’]s$/, "");
  const lemma = foldCase(token.lemma);
  const capitalised = token.value[0] !== folded[0];
  if (!capitalised || lemma === folded) return lemma;
  if (lemma.length >= 3 && folded.startsWith(lemma)) return lemma;
  if (folded.endsWith("ies") && lemma === `${folded.slice(0, -3)}y`) return lemma;
  return folded;
}

/** An all-capitals word of two to five letters is an acronym ("US", "NATO"), not a shouted word. */
function isAcronym(value: string): boolean {
  if (!ALL_CAPITALS.test(value)) return false;
  const letters = value.replace(/\./g, "");
  if (letters.length < 2 || letters.length > 5) return false;
  return letters === "US" || !isStopWord(letters.toLowerCase());
}

/** "1,000" → "1000"; single digits say too little about an event to keep. */
function termOfNumber(value: string): string | null {
  const plain = value.replace(/,(?=\d{3})/g, "");
  if (!/\d/.test(plain)) return null;
  if (/^\d$/.test(plain)) return null;
  return plain.toLowerCase();
}

const HYPHEN = /^[-‐‑]$/;

/** "twenty-five" as the tokens give it (a word, a hyphen, a word), spelled as its digits; null when it is not one. */
function hyphenatedNumber(tokens: readonly TextToken[], at: number): string | null {
  const [first, hyphen, second] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  if (!first || !hyphen || !second || !HYPHEN.test(hyphen.value)) return null;
  return compoundNumber(foldCase(first.value), foldCase(second.value));
}

export function contentTerms(tokens: readonly TextToken[]): string[] {
  const terms: string[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as TextToken;
    // Read before the stop words go: "twenty-one" would else lose its "one".
    const compound = token.type === "word" ? hyphenatedNumber(tokens, index) : null;
    if (compound !== null) {
      terms.push(compound);
      index += 2;
      continue;
    }
    if (token.type === "number" || token.type === "ordinal") {
      const term = termOfNumber(token.value);
      if (term) terms.push(term);
      continue;
    }
    if (token.type !== "word" || !LETTER_OR_DIGIT.test(token.value)) continue;
    // "US" is a country, not the pronoun it spells.
    const acronym = isAcronym(token.value);
    const term = acronym ? foldCase(token.value).replace(/\./g, "") : termOfWord(token);
    if (term.length < 2 || !LETTER_OR_DIGIT.test(term)) continue;
    if (!acronym && isStopWord(term)) continue;
    if (!acronym && isStopWord(foldCase(token.value))) continue;
    terms.push(term.replace(/\.$/, ""));
  }
  return terms;
}
