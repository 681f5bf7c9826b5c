// b-bit MinHash: a 64-byte signature per sentence whose byte-wise agreement estimates the Jaccard similarity.

/** Hash functions per signature; the estimate's standard error is about 0.06 at a similarity of 0.5. */
export const SIGNATURE_LENGTH = 64;
/** Only the lowest 8 bits of each minimum are kept (Li & König's b-bit MinHash): 64 bytes instead of 256. */
const CHANCE_AGREEMENT = 1 / 256;

/** Fixed seeds, so signatures stored by one process compare with those made by another. */
const SEEDS: readonly number[] = (() => {
  const seeds: number[] = [];
  let state = 0x2545f491;
  for (let index = 0; index < SIGNATURE_LENGTH; index++) {
    state = mix32(state + 0x9e3779b9);
    seeds.push(state);
  }
  return seeds;
})();

/** murmur3's finaliser: a bijection on 32 bits that spreads every input bit over the output. */
function mix32(value: number): number {
  let hash = value >>> 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

export function minhashSignature(shingles: readonly number[]): Uint8Array {
  const signature = new Uint8Array(SIGNATURE_LENGTH);
  for (let slot = 0; slot < SIGNATURE_LENGTH; slot++) {
    const seed = SEEDS[slot] as number;
    let minimum = 0xffffffff;
    for (const shingle of shingles) {
      const hashed = mix32(shingle ^ seed);
      if (hashed < minimum) minimum = hashed;
    }
    signature[slot] = minimum & 0xff;
  }
  return signature;
}

/** Jaccard estimate from two signatures, corrected for the bytes that agree by chance. */
export function estimatedJaccard(a: Uint8Array, b: Uint8Array): number {
  let agreeing = 0;
  for (let slot = 0; slot < SIGNATURE_LENGTH; slot++) if (a[slot] === b[slot]) agreeing++;
  const estimate = (agreeing / SIGNATURE_LENGTH - CHANCE_AGREEMENT) / (1 - CHANCE_AGREEMENT);
  return Math.min(1, Math.max(0, estimate));
}

/** Signatures are stored per article as one blob: SIGNATURE_LENGTH bytes per sentence, back to back. */
export function packSignatures(signatures: readonly Uint8Array[]): Uint8Array {
  const packed = new Uint8Array(signatures.length * SIGNATURE_LENGTH);
  signatures.forEach((signature, index) => {
    packed.set(signature, index * SIGNATURE_LENGTH);
  });
  return packed;
}

export function unpackSignatures(packed: Uint8Array): Uint8Array[] {
  if (packed.length % SIGNATURE_LENGTH !== 0) throw new Error("stored sentence signatures have a partial signature");
  const signatures: Uint8Array[] = [];
  for (let offset = 0; offset < packed.length; offset += SIGNATURE_LENGTH) {
    signatures.push(packed.subarray(offset, offset + SIGNATURE_LENGTH));
  }
  return signatures;
}
