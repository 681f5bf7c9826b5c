// Scores extracted text against a reference: WCXB word F1, 4-token shingle F1, snippet presence, field matching.

export interface OverlapScore {
  precision: number;
  recall: number;
  f1: number;
}

const WORD = /[\p{L}\p{N}_]+/gu;

/** Lower-cased `\w+` tokens (Unicode letters, digits, underscore), as WCXB defines words. */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

function counts(items: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const item of items) map.set(item, (map.get(item) ?? 0) + 1);
  return map;
}

/** F1 of two multisets. Two empty sides agree perfectly; one empty side scores 0. */
export function multisetOverlap(predicted: readonly string[], reference: readonly string[]): OverlapScore {
  if (predicted.length === 0 && reference.length === 0) return { precision: 1, recall: 1, f1: 1 };
  if (predicted.length === 0 || reference.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const referenceCounts = counts(reference);
  let common = 0;
  for (const [item, count] of counts(predicted)) common += Math.min(count, referenceCounts.get(item) ?? 0);
  const precision = common / predicted.length;
  const recall = common / reference.length;
  const f1 = common === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Every run of `size` consecutive tokens; a text shorter than that is one shingle of all its tokens. */
export function shingles(tokens: readonly string[], size = 4): string[] {
  if (tokens.length === 0) return [];
  if (tokens.length < size) return [tokens.join(" ")];
  const out: string[] = [];
  for (let i = 0; i + size <= tokens.length; i++) out.push(tokens.slice(i, i + size).join(" "));
  return out;
}

/** Word-level F1 as WCXB scores it. */
export function wordF1(predicted: string, reference: string): OverlapScore {
  return multisetOverlap(wordTokens(predicted), wordTokens(reference));
}

/** F1 over 4-token shingles: rewards keeping the reference's word order, not just its vocabulary. */
export function shingleF1(predicted: string, reference: string, size = 4): OverlapScore {
  return multisetOverlap(shingles(wordTokens(predicted), size), shingles(wordTokens(reference), size));
}

/**
 * Whether `snippet` occurs in `text`, compared as word sequences so that case, punctuation and spacing do not
 * matter. The snippet must start at a word boundary but may end inside a word: reference snippets are sometimes
 * cut at a fixed length, mid-word. A snippet without words is never "present".
 */
export function containsSnippet(text: string, snippet: string): boolean {
  const needle = wordTokens(snippet).join(" ");
  if (needle === "") return false;
  return ` ${wordTokens(text).join(" ")} `.includes(` ${needle}`);
}

/** A field (title, author) for exact comparison: lower case, words only, single spaces. */
export function normaliseField(value: string | null | undefined): string {
  return wordTokens(value ?? "").join(" ");
}

/** An author list for comparison: as normaliseField, and the list's "and" dropped ("A, B and C" = "A, B, C"). */
export function normaliseAuthors(value: string | null | undefined): string {
  return wordTokens(value ?? "")
    .filter((word) => word !== "and")
    .join(" ");
}

/** The calendar date (YYYY-MM-DD) an ISO 8601 string states, or "" when it states none. */
export function calendarDate(value: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec((value ?? "").trim());
  return match ? `${match[1]}-${match[2]}-${match[3]}` : "";
}
