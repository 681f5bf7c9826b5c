// Sparse term vectors: a Map while an article is compared, typed arrays while a story keeps its centroid.

/** Term id → weight, for one article. */
export type TermWeights = Map<number, number>;

/** A story's centroid, truncated to its heaviest terms: 8 bytes a term instead of a Map entry's ~40. */
export interface CompactVector {
  ids: Int32Array;
  weights: Float32Array;
}

export const EMPTY_VECTOR: CompactVector = { ids: new Int32Array(0), weights: new Float32Array(0) };

export type IdfLookup = (id: number) => number;

export function toTermWeights(vector: CompactVector): TermWeights {
  const weights: TermWeights = new Map();
  for (let index = 0; index < vector.ids.length; index++) {
    weights.set(vector.ids[index] ?? 0, vector.weights[index] ?? 0);
  }
  return weights;
}

/** Adds `scale` times `addition` into `target` in place; entries that fall to zero or below disappear. */
export function addScaled(target: TermWeights, addition: TermWeights | CompactVector, scale: number): void {
  const add = (id: number, weight: number) => {
    const sum = (target.get(id) ?? 0) + weight * scale;
    if (sum > 1e-9) target.set(id, sum);
    else target.delete(id);
  };
  if (addition instanceof Map) {
    for (const [id, weight] of addition) add(id, weight);
  } else {
    for (let index = 0; index < addition.ids.length; index++)
      add(addition.ids[index] ?? 0, addition.weights[index] ?? 0);
  }
}

/** Keeps the `limit` terms that weigh most once IDF is applied, so rare shared terms survive truncation. */
export function compact(weights: TermWeights, limit: number, idf: IdfLookup): CompactVector {
  let entries = [...weights.entries()];
  if (entries.length > limit) {
    entries = entries
      .map(([id, weight]) => [id, weight, weight * idf(id)] as const)
      .sort((a, b) => b[2] - a[2])
      .slice(0, limit)
      .map(([id, weight]) => [id, weight]);
  }
  const ids = new Int32Array(entries.length);
  const values = new Float32Array(entries.length);
  entries.forEach(([id, weight], index) => {
    ids[index] = id;
    values[index] = weight;
  });
  return { ids, weights: values };
}

export function weightedNorm(vector: TermWeights | CompactVector, idf: IdfLookup): number {
  let sum = 0;
  if (vector instanceof Map) {
    for (const [id, weight] of vector) {
      const value = weight * idf(id);
      sum += value * value;
    }
  } else {
    for (let index = 0; index < vector.ids.length; index++) {
      const value = (vector.weights[index] ?? 0) * idf(vector.ids[index] ?? 0);
      sum += value * value;
    }
  }
  return Math.sqrt(sum);
}

/** IDF-weighted dot product of an article's weights with a centroid. */
export function weightedDot(article: TermWeights, centroid: CompactVector, idf: IdfLookup): number {
  let sum = 0;
  for (let index = 0; index < centroid.ids.length; index++) {
    const id = centroid.ids[index] ?? 0;
    const weight = article.get(id);
    if (weight === undefined) continue;
    const factor = idf(id);
    sum += weight * (centroid.weights[index] ?? 0) * factor * factor;
  }
  return sum;
}

/** IDF-weighted cosine; the norms are passed in because callers reuse them across candidates. */
export function weightedCosine(
  article: TermWeights,
  articleNorm: number,
  centroid: CompactVector,
  centroidNorm: number,
  idf: IdfLookup,
): number {
  if (articleNorm === 0 || centroidNorm === 0) return 0;
  return Math.min(1, weightedDot(article, centroid, idf) / (articleNorm * centroidNorm));
}

/** Scales an article's weights to unit length (without IDF) so every article adds the same mass to a centroid. */
export function unitLength(weights: TermWeights): TermWeights {
  let sum = 0;
  for (const weight of weights.values()) sum += weight * weight;
  const norm = Math.sqrt(sum);
  if (norm === 0) return new Map();
  const scaled: TermWeights = new Map();
  for (const [id, weight] of weights) scaled.set(id, weight / norm);
  return scaled;
}

/** The `count` heaviest terms of a vector by weight times IDF, heaviest first, with those weights. */
export function heaviestTerms(weights: TermWeights, count: number, idf: IdfLookup): [number, number][] {
  return [...weights.entries()]
    .map(([id, weight]): [number, number] => [id, weight * idf(id)])
    .sort((a, b) => b[1] - a[1])
    .slice(0, count);
}
