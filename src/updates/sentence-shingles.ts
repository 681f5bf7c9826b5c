// Word shingles of a sentence, hashed to 32 bits: two sentences that share most of theirs say the same thing.

/** Sentences shorter than this ("Published", "on", a byline) say too little to be new or old. */
export const MIN_SENTENCE_WORDS = 4;

/** Lower-cased words and numbers, punctuation dropped: quotes and dashes differ between copies of one wire text. */
export function sentenceWords(sentence: string): string[] {
  return (
    sentence
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * Word bigrams: one edited word changes two of them, so light copy-editing keeps a wire sentence recognisable,
 * while a different sentence about the same people shares few.
 */
export function sentenceShingles(words: readonly string[]): number[] {
  if (words.length < 2) return words.map(hashText);
  const shingles = new Set<number>();
  for (let index = 1; index < words.length; index++) shingles.add(hashText(`${words[index - 1]} ${words[index]}`));
  return [...shingles];
}

/** FNV-1a over UTF-16 code units: fast, stable across runs and processes (signatures are stored). */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
