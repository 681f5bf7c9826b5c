// Locality-sensitive hashing over sentence signatures: finds a story's near-duplicate of a sentence without
// comparing it with every sentence the story holds.
import { estimatedJaccard, SIGNATURE_LENGTH } from "./minhash.js";

/** Bands of two bytes: sentences with a similarity of 0.5 share a band with probability above 0.999. */
const ROWS_PER_BAND = 2;
const BANDS = SIGNATURE_LENGTH / ROWS_PER_BAND;

export class SentenceIndex {
  private readonly signatures: Uint8Array[] = [];
  private readonly buckets = new Map<number, number[]>();

  get size(): number {
    return this.signatures.length;
  }

  add(signature: Uint8Array): void {
    const position = this.signatures.length;
    this.signatures.push(signature);
    for (let band = 0; band < BANDS; band++) {
      const key = bandKey(signature, band);
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(position);
      else this.buckets.set(key, [position]);
    }
  }

  /** The highest estimated similarity of any indexed sentence that shares a band with `signature` (0 if none). */
  closestSimilarity(signature: Uint8Array): number {
    const seen = new Set<number>();
    let best = 0;
    for (let band = 0; band < BANDS; band++) {
      for (const position of this.buckets.get(bandKey(signature, band)) ?? []) {
        if (seen.has(position)) continue;
        seen.add(position);
        const similarity = estimatedJaccard(signature, this.signatures[position] as Uint8Array);
        if (similarity > best) best = similarity;
      }
    }
    return best;
  }
}

function bandKey(signature: Uint8Array, band: number): number {
  const offset = band * ROWS_PER_BAND;
  return band * 65_536 + ((signature[offset] as number) << 8) + (signature[offset + 1] as number);
}
