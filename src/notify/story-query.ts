// Follow queries: words and "quoted phrases" that must all appear in an article's title, text or names. Pure.
import { sentenceWords } from "../updates/sentence-shingles.js";

export interface StoryQuery {
  /** Each term is a phrase of one or more folded words; every term must appear. */
  terms: string[][];
}

export interface QueryableArticle {
  title: string;
  text: string;
  entities: { people: string[]; places: string[]; organisations: string[] };
}

export function parseStoryQuery(text: string): StoryQuery {
  const terms: string[][] = [];
  for (const match of text.matchAll(/"([^"]*)"|(\S+)/g)) {
    const words = sentenceWords(match[1] ?? match[2] ?? "").map(foldWord);
    if (words.length > 0) terms.push(words);
  }
  if (terms.length === 0) throw new Error(`the query "${text}" has no words to look for`);
  return { terms };
}

/** Compiles the article once, for testing many queries against it. */
export function queryMatcher(article: QueryableArticle): (query: StoryQuery) => boolean {
  const names = [...article.entities.people, ...article.entities.places, ...article.entities.organisations];
  // Fields are kept apart by a marker so a phrase never spans the end of the title and the start of the text.
  const haystack = ` ${[article.title, article.text, ...names].map((field) => sentenceWords(field).map(foldWord).join(" ")).join(" | ")} `;
  return (query) => query.terms.every((term) => haystack.includes(` ${term.join(" ")} `));
}

/** A plural matches its singular ("talks" finds "talk"), the commonest way a follower's word differs from a text's. */
function foldWord(word: string): string {
  return word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}
