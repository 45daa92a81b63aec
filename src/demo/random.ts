/**
 * A seeded pseudo-random source, so that the demo project is the same on every machine for a
 * given seed. `Math.random()` cannot be seeded, and pulling in a dependency for ten lines is not
 * worth it. Not for anything security-related.
 */
export type RandomSource = () => number;

/**
 * Returns a mulberry32 generator: a 32-bit state, period 2^32, good enough statistical quality
 * for sampling and shuffling a few thousand items.
 *
 * @param seed Any number; only its low 32 bits are used.
 * @returns A function yielding floats in [0, 1).
 *
 * @example
 * const random = createSeededRandom(7);
 * random(); // same value on every run
 */
export function createSeededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Returns a shuffled copy (Fisher–Yates); the input is left untouched.
 *
 * @example
 * shuffledCopy(['a', 'b', 'c'], createSeededRandom(1)); // a permutation, same one every run
 */
export function shuffledCopy<T>(values: readonly T[], random: RandomSource): T[] {
  const result = [...values];
  for (let index = result.length - 1; index > 0; index -= 1) {
    const swapWith = Math.floor(random() * (index + 1));
    const current = result[index] as T;
    result[index] = result[swapWith] as T;
    result[swapWith] = current;
  }
  return result;
}
