// "What's new": the few most informative novel sentences of an article, kept in reading order. Extractive and pure.
import { isStopWord } from "../analyze/stop-words.js";
import type { SentenceNovelty } from "./novel-sentences.js";
import { sentenceWords } from "./sentence-shingles.js";

export interface SummaryOptions {
  maxSentences: number;
  /** A notification has little room: stop adding sentences past this many characters. */
  maxCharacters: number;
}

export const DEFAULT_SUMMARY_OPTIONS: SummaryOptions = { maxSentences: 3, maxCharacters: 600 };

/** Words that stand for a topic: what a story's vocabulary and a sentence's informativeness are counted in. */
export function contentWords(text: string): string[] {
  return sentenceWords(text).filter((word) => word.length >= 3 && !isStopWord(word));
}

/** Speculation and hedging: a sentence about what could happen reports less than one about what did. */
const HEDGES =
  /\b(could|would|might|may|should|likely|unlikely|possibly|perhaps|unclear|expected|reportedly|suggests?|appears?|seems?|believed?)\b/gi;

/** Framing that places the news in its background rather than reporting it. */
const CONTEXT_CUES =
  /\b(?:(?:it|this) comes|comes? (?:at a time|amid|as)|against the backdrop|in recent (?:days|weeks|months|years))\b/gi;

/** Named days, months and years: news facts come with a time; background and comment seldom name one. */
const TIME_ANCHOR =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|today|yesterday|tonight|(?:1[89]|20)\d\d)\b/i;

/** Terms the story already had still carry some information in a new sentence, far less than new ones. */
const KNOWN_TERM_WEIGHT = 0.25;

/**
 * Informativeness of one novel sentence: its content terms new to the story (known ones count a quarter), per square
 * root of its length so long sentences do not win by length alone. Raised for a time anchor, for naming the people and
 * places the story is about (new facts about its actors, not about something else), and for an early place in the
 * article (news leads with what happened); lowered for each hedge and each background framing.
 */
export function informativeness(sentence: SentenceNovelty, storyVocabulary: ReadonlySet<string>): number {
  const terms = new Set(contentWords(sentence.text));
  let weight = 0;
  for (const term of terms) weight += storyVocabulary.has(term) ? KNOWN_TERM_WEIGHT : 1;
  const density = weight / Math.sqrt(Math.max(sentence.wordCount, 8));
  const anchored = TIME_ANCHOR.test(sentence.text) ? 2 : 1;
  const aboutTheStory = 1 + 0.15 * Math.min(4, knownNames(sentence.text, storyVocabulary));
  const lead = 1 + 0.5 / (1 + sentence.index);
  const doubts = (sentence.text.match(HEDGES)?.length ?? 0) + (sentence.text.match(CONTEXT_CUES)?.length ?? 0);
  return density * anchored * aboutTheStory * lead * 0.6 ** doubts;
}

/** Capitalised words past the first that the story already used: the names of its people, places and bodies. */
function knownNames(text: string, storyVocabulary: ReadonlySet<string>): number {
  const names = new Set<string>();
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  for (const word of words.slice(1)) {
    if (/^\p{Lu}/u.test(word) && storyVocabulary.has(word.toLowerCase())) names.add(word.toLowerCase());
  }
  return names.size;
}

export function whatsNewSummary(
  sentences: readonly SentenceNovelty[],
  storyVocabulary: ReadonlySet<string>,
  options: SummaryOptions = DEFAULT_SUMMARY_OPTIONS,
): string[] {
  const ranked = sentences
    .filter((sentence) => sentence.novel)
    .map((sentence) => ({ sentence, score: informativeness(sentence, storyVocabulary) }))
    .sort((a, b) => b.score - a.score || a.sentence.index - b.sentence.index);
  const chosen: SentenceNovelty[] = [];
  let characters = 0;
  for (const { sentence } of ranked) {
    if (chosen.length >= options.maxSentences) break;
    if (chosen.length > 0 && characters + sentence.text.length > options.maxCharacters) continue;
    chosen.push(sentence);
    characters += sentence.text.length;
  }
  return chosen.sort((a, b) => a.index - b.index).map((sentence) => sentence.text);
}
