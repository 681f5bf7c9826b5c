// Seeded shuffles of an undated stream and the spread of scores across them, so one lucky order proves nothing.

/** mulberry32: a small, well-mixed 32-bit generator; the same seed always gives the same sequence in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A Fisher–Yates shuffle of a copy, driven by the seed. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/** The seeds of the shuffled replays, 1..orders: the eval and the training script's check replay the same orders. */
export function orderSeeds(orders: number): number[] {
  return Array.from({ length: orders }, (_, index) => index + 1);
}

export interface Spread {
  mean: number;
  /** Sample standard deviation (0 for fewer than two values). */
  sd: number;
}

export function spreadOf(values: readonly number[]): Spread {
  if (values.length === 0) return { mean: Number.NaN, sd: Number.NaN };
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  if (values.length < 2) return { mean, sd: 0 };
  const squares = values.reduce((sum, value) => sum + (value - mean) ** 2, 0);
  return { mean, sd: Math.sqrt(squares / (values.length - 1)) };
}

/** `--orders K` from the command line; the fallback when absent. */
export function parseOrdersOption(argv: readonly string[], fallback: number): number {
  const index = argv.indexOf("--orders");
  if (index === -1) return fallback;
  const value = Number(argv[index + 1]);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`--orders needs a whole number >= 0, got ${argv[index + 1]}`);
  return value;
}
