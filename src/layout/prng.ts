// Seeded randomness for the layout: nothing in src/layout may call Math.random.

/** The seed used when none is given, so the same file always gives the same map. */
export const DEFAULT_SEED = 0x5eed_a11e;

/** A pseudo-random source returning numbers in [0, 1). */
export type Random = () => number;

/**
 * mulberry32: a small, fast 32-bit generator, good enough for initial positions and jiggle.
 * The same seed gives the same sequence on every JavaScript engine (integer arithmetic only).
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Turns any finite number (a user's seed option) into a 32-bit seed; other values count as
 * DEFAULT_SEED, so leaving the seed out and passing the default give the same map.
 */
export function normalizeSeed(given: number | undefined): number {
  const seed = given === undefined || !Number.isFinite(given) ? DEFAULT_SEED : given;
  // Mix the integer and fractional parts so 1 and 1.5 differ.
  const int = Math.trunc(seed);
  const frac = Math.round((seed - int) * 1e6);
  return (Math.imul(int | 0, 0x9e3779b1) ^ Math.imul((int / 4294967296) | 0, 0x85ebca6b) ^ frac) >>> 0;
}
