// Entry point of the analyze stage: one article's title and text in, the Analysis later stages compare. Pure.
import type { Analysis } from "../model.js";
import { contentTerms } from "./content-terms.js";
import { eventActions } from "./event-actions.js";
import { mentionedDates } from "./mentioned-dates.js";
import { extractEntities, isTitleCased } from "./named-entities.js";
import { withoutOutletName } from "./outlet-self-mentions.js";
import { readTextTokens, type TextToken } from "./text-tokens.js";

export interface ArticleText {
  title: string;
  text: string;
  /** ISO 8601 publish date, or null when unknown. */
  published: string | null;
  /** ISO 639-1 code; null or absent means "probably English". */
  language?: string | null;
  /** The outlet that published it, whose own name is then not one of its organisations. */
  outlet?: string | null;
}

/** The English lemmatiser mangles other languages; there the folded word is a safer term. */
function withoutLemmas(tokens: TextToken[]): TextToken[] {
  return tokens.map((token) => ({ ...token, lemma: token.value.toLowerCase() }));
}

/**
 * wink tags every word of a title-cased headline as a name and leaves "Talks" unlemmatised; the lemmas of
 * the lower-cased headline are the ones the body's words get.
 */
function withSentenceCaseReading(tokens: TextToken[], lowered: readonly TextToken[]): TextToken[] {
  if (lowered.length !== tokens.length) return tokens;
  return tokens.map((token, index) => ({ ...token, lemma: lowered[index]?.lemma ?? token.lemma }));
}

/** The sentence-case reading's tags and lemmas with the words as written, which still show the capitals of names. */
function asWritten(lowered: readonly TextToken[], written: readonly TextToken[]): TextToken[] {
  if (lowered.length !== written.length) return [...lowered];
  return lowered.map((token, index) => ({ ...token, value: written[index]?.value ?? token.value }));
}

const ALL_CAPITALS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/** A headline in capitals ("COLTS TOP CHIEFS, REACH PLAYOFFS") is read in lower case, or every word looks like an acronym. */
function isShouted(tokens: readonly TextToken[]): boolean {
  const words = tokens.filter((token) => token.type === "word");
  return words.length >= 3 && words.filter((token) => ALL_CAPITALS.test(token.value)).length / words.length >= 0.6;
}

export function analyzeArticle(input: ArticleText): Analysis {
  const language = input.language ?? null;
  const english = language === null || language === "en";
  const title = readTextTokens(input.title);
  const body = readTextTokens(input.text);
  const shouted = isShouted(title.tokens);
  const titleCased = shouted || isTitleCased(title.tokens);
  const lowered = titleCased ? readTextTokens(input.title.toLowerCase()).tokens : title.tokens;
  const titleTokens = !english
    ? withoutLemmas(title.tokens)
    : titleCased
      ? withSentenceCaseReading(title.tokens, lowered)
      : title.tokens;
  const titleTermTokens = shouted ? lowered : titleTokens;
  const bodyTokens = english ? body.tokens : withoutLemmas(body.tokens);
  return {
    language,
    titleTerms: contentTerms(english ? titleTermTokens : titleTokens),
    bodyTerms: contentTerms(bodyTokens),
    entities: withoutOutletName(
      extractEntities([
        { tokens: titleTokens, titleCased },
        { tokens: bodyTokens, titleCased: false },
      ]),
      input.outlet ?? null,
      input.title,
    ),
    sentences: body.sentences,
    mentionedDates: mentionedDates(`${input.title}\n\n${input.text}`, input.published),
    actions: english ? eventActions(asWritten(lowered, title.tokens), bodyTokens) : [],
  };
}
