// Tokens, part-of-speech tags, lemmas and sentences of a text, from wink-nlp's English model.

import model from "wink-eng-lite-web-model";
import winkNLP, { type ItsFunction } from "wink-nlp";

export interface TextToken {
  /** As written. */
  value: string;
  /** Universal POS tag: "PROPN", "NOUN", "VERB", "PUNCT"… */
  pos: string;
  /** wink's token type: "word", "number", "punctuation", "url", "email"… */
  type: string;
  /** Lower-cased dictionary form as wink gives it. */
  lemma: string;
  /** First word of its sentence, where capitals say nothing about names. */
  sentenceStart: boolean;
}

export interface TextTokens {
  tokens: TextToken[];
  sentences: string[];
}

// Only sentence boundaries and POS tags are needed; skipping wink's NER and sentiment halves the cost.
const engine = winkNLP(model, ["sbd", "pos"]);
const its = engine.its;

function asStrings(values: readonly unknown[]): string[] {
  return values.map((value) => String(value));
}

function sentenceStartIndexes(spans: readonly unknown[]): Set<number> {
  const starts = new Set<number>();
  for (const span of spans) {
    if (Array.isArray(span) && typeof span[0] === "number") starts.add(span[0]);
  }
  return starts;
}

export function readTextTokens(text: string): TextTokens {
  if (text.trim() === "") return { tokens: [], sentences: [] };
  const doc = engine.readDoc(text);
  const all = doc.tokens();
  const values = asStrings(all.out(its.value));
  const pos = asStrings(all.out(its.pos));
  const types = asStrings(all.out(its.type));
  // wink's typings declare lemma with an add-ons parameter that its own ItsFunction type does not accept.
  const lemmas = asStrings(all.out(its.lemma as unknown as ItsFunction<string>));
  const sentences = doc.sentences();
  const starts = sentenceStartIndexes(sentences.out(its.span));
  const tokens: TextToken[] = [];
  let atSentenceStart = true;
  for (let index = 0; index < values.length; index++) {
    if (starts.has(index)) atSentenceStart = true;
    const type = types[index] ?? "word";
    const value = values[index] ?? "";
    // Opening quotes and brackets do not end the sentence-initial position of the word after them.
    const isWordLike = type === "word" || type === "number" || type === "ordinal";
    tokens.push({
      value,
      pos: pos[index] ?? "X",
      type,
      lemma: (lemmas[index] ?? value).toLowerCase(),
      sentenceStart: atSentenceStart && isWordLike,
    });
    if (isWordLike) atSentenceStart = false;
  }
  return { tokens, sentences: splitParagraphs(asStrings(sentences.out())) };
}

/** wink keeps a heading and the paragraph after it in one sentence when no full stop separates them. */
function splitParagraphs(sentences: string[]): string[] {
  const result: string[] = [];
  for (const sentence of sentences) {
    for (const part of sentence.split(/\n\s*\n/)) {
      const trimmed = part.replace(/\s+/g, " ").trim();
      if (trimmed) result.push(trimmed);
    }
  }
  return result;
}
