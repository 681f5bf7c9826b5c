// Which sentences of an article the story does not hold yet: not a near-duplicate of any sentence already in it.
import { minhashSignature } from "./minhash.js";
import type { SentenceIndex } from "./sentence-index.js";
import { MIN_SENTENCE_WORDS, sentenceShingles, sentenceWords } from "./sentence-shingles.js";

/**
 * Estimated Jaccard similarity of word bigrams at or above which a sentence repeats one the story holds. A sentence
 * of 20 words with two words edited scores about 0.65; two different sentences about the same people score under 0.2.
 */
export const NEAR_DUPLICATE_SIMILARITY = 0.5;

export interface SignedSentence {
  /** Position among the article's sentences. */
  index: number;
  text: string;
  wordCount: number;
  signature: Uint8Array;
}

export interface SentenceNovelty extends SignedSentence {
  /** Similarity to the closest sentence the story held (0..1). */
  similarity: number;
  novel: boolean;
}

/** Signatures of the sentences long enough to compare; shorter ones are neither new nor old. */
export function signSentences(sentences: readonly string[]): SignedSentence[] {
  const signed: SignedSentence[] = [];
  sentences.forEach((text, index) => {
    const words = sentenceWords(text);
    if (words.length < MIN_SENTENCE_WORDS) return;
    signed.push({ index, text, wordCount: words.length, signature: minhashSignature(sentenceShingles(words)) });
  });
  return signed;
}

export function novelSentences(
  sentences: readonly SignedSentence[],
  known: SentenceIndex,
  threshold = NEAR_DUPLICATE_SIMILARITY,
): SentenceNovelty[] {
  return sentences.map((sentence) => {
    const similarity = known.closestSimilarity(sentence.signature);
    return { ...sentence, similarity, novel: similarity < threshold };
  });
}
