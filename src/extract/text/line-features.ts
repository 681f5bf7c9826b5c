// Measures the shape of each dump line: length, sentence form, function-word density, capitals, repetition.
import { holdsGluedMonth, unglueDate } from "../dates.js";
import { type BoilerplateKind, boilerplateKind, type CallToAction, callToActionIn } from "./boilerplate-cues.js";
import type { DumpLine } from "./dump-lines.js";
import { STOP_WORDS } from "./stop-words.js";

export interface LineFeatures extends DumpLine {
  /** Word count; runs of CJK characters count one word per two characters. */
  words: number;
  letters: number;
  /** Share of words that are function words (0..1). */
  stopWordRatio: number;
  /** Ends like a sentence: full stop, question or exclamation mark, colon, or a closing quote after one. */
  endsSentence: boolean;
  startsCapitalised: boolean;
  /** Share of words of 4+ letters that start with a capital: high in headlines and menus. */
  capitalisedRatio: number;
  /** Share of letters in upper case: high in widget labels. */
  upperRatio: number;
  /** Share of the non-space characters that are letters: prose is mostly letters, binary garbage is not. */
  letterShare: number;
  /** Mentions something date-shaped (month name or numeric date). */
  hasDate: boolean;
  boilerplate: BoilerplateKind | null;
  /** Asks the reader to act: subscribe, click, follow, download, get in touch. */
  callToAction: CallToAction | null;
  /** Share of words that are "we", "our" or "us": a business speaking of itself, as its pitches and about boxes do. */
  firstPersonPluralRatio: number;
  /** Ends with a question mark: pitch headings ("Want more?"), polls and FAQ entries ask; reporting mostly tells. */
  asksQuestion: boolean;
  /** How many lines of the dump read the same (case-insensitive); 1 for a unique line. */
  repeats: number;
}

/** A paragraph runs to a sentence of at least this many words; headings, labels and captions are shorter. */
export const PARAGRAPH_WORDS = 12;

const FIRST_PERSON_PLURAL = new Set(["we", "our", "us", "ours", "we're", "we’re", "we've", "we’ve"]);
const QUESTION_END = /\?["'”’»)\]]*$/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu;
const SENTENCE_END = /[.!?。！？:;…]["'”’»)\]]*$|[.!?。！？]\s*\[\d+\]$/u;
const MONTHS =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d|\d(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/** "2024-03-05", "05/03/2024", and a machine timestamp's date ("2022-11-23T08:10+02:00"). */
const NUMERIC_DATE = /\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\b|(?=T\d))|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b/;

/** Lines compare case-insensitively; their spacing is already normalised. */
export function repetitionKey(text: string): string {
  return text.toLowerCase();
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

/**
 * Letters and upper-case letters, counted in one pass with an ASCII fast path (this runs on every line). Control
 * characters subtract, so binary noise decoded as text does not pass for prose.
 */
function countLetters(text: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) {
      letters += 1;
      upper += 1;
    } else if (code >= 97 && code <= 122) {
      letters += 1;
    } else if (code < 32 || (code >= 127 && code < 160)) {
      // Control characters never occur in text a person reads: count them against the letters.
      letters -= 4;
    } else if (code >= 128) {
      const char = text[i] ?? "";
      if (LETTER.test(char)) {
        letters += 1;
        if (UPPER.test(char)) upper += 1;
      }
    }
  }
  return { letters: Math.max(0, letters), upper };
}

function startsWithLetter(token: string): boolean {
  const first = token[0] ?? "";
  return first.toLowerCase() !== first.toUpperCase() || LETTER.test(first);
}

function measure(line: DumpLine, repeats: number): LineFeatures {
  const text = line.text;
  const tokens = text.match(WORD) ?? [];
  const cjk = text.match(CJK)?.length ?? 0;
  const words = cjk > tokens.length ? tokens.length + Math.floor(cjk / 2) : tokens.length;
  let stop = 0;
  let firstPersonPlural = 0;
  let longWords = 0;
  let capitalised = 0;
  for (const token of tokens) {
    const lower = token.toLowerCase();
    if (STOP_WORDS.has(lower)) stop += 1;
    if (FIRST_PERSON_PLURAL.has(lower)) firstPersonPlural += 1;
    if (token.length >= 4 && startsWithLetter(token)) {
      longWords += 1;
      const first = token[0] ?? "";
      if (first !== first.toLowerCase()) capitalised += 1;
    }
  }
  const { letters, upper } = countLetters(text);
  const first = /[\p{L}\p{N}]/u.exec(text)?.[0] ?? "";
  const hasDate =
    MONTHS.test(text) || NUMERIC_DATE.test(text) || (holdsGluedMonth(text) && MONTHS.test(unglueDate(text)));
  return {
    index: line.index,
    text,
    blankBefore: line.blankBefore,
    words,
    letters,
    stopWordRatio: tokens.length === 0 ? 0 : stop / tokens.length,
    endsSentence: SENTENCE_END.test(text),
    startsCapitalised: first !== first.toLowerCase() || first.toLowerCase() === first.toUpperCase(),
    capitalisedRatio: longWords === 0 ? 0 : capitalised / longWords,
    upperRatio: letters === 0 ? 0 : upper / letters,
    letterShare: letters / Math.max(1, text.length - (text.match(/ /g)?.length ?? 0)),
    hasDate,
    boilerplate: boilerplateKind(text, words, hasDate),
    callToAction: callToActionIn(text),
    firstPersonPluralRatio: tokens.length === 0 ? 0 : firstPersonPlural / tokens.length,
    asksQuestion: QUESTION_END.test(text),
    repeats,
  };
}

export function measureLines(lines: DumpLine[]): LineFeatures[] {
  const counts = new Map<string, number>();
  const keys = lines.map((line) => repetitionKey(line.text));
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return lines.map((line, i) => measure(line, counts.get(keys[i] ?? "") ?? 1));
}
