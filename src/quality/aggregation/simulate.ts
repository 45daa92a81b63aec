import type { CategoricalAnnotation } from './annotations.js';

/**
 * A seeded generator of floats in [0, 1) (a SplitMix-style 32-bit hash of a Weyl sequence), so
 * simulations and benchmarks give the same data on every run. Not for anything security-related.
 *
 * @example
 * const random = seededRandom(42);
 * random(); // the same number on every machine
 */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 16), 0x21f0aaad);
    mixed = Math.imul(mixed ^ (mixed >>> 15), 0x735a2d97);
    mixed ^= mixed >>> 15;
    return (mixed >>> 0) / 4_294_967_296;
  };
}

/** A simulated annotator: with probability `reliability` the true class, otherwise a uniformly random one. */
export interface SimulatedAnnotator {
  readonly reliability: number;
  /** Optional systematic error: when not reliable, answer `swap[truth]` instead of a random class. */
  readonly swap?: readonly number[];
}

export interface Simulation {
  /** The true class of each item (0..classes−1). */
  readonly truth: Int32Array;
  /** Every annotator labels every item; items are 0..items−1, annotators 0..n−1, labels class indexes. */
  readonly annotations: CategoricalAnnotation[];
}

/**
 * Simulates crowd labels with a known truth, for tests and benchmarks. True classes are drawn
 * with probabilities proportional to `classWeights` (uniform by default).
 *
 * @example
 * simulateAnnotations({ items: 500, classes: 3, annotators: [{ reliability: 0.8 }, { reliability: 0 }], seed: 1 });
 */
export function simulateAnnotations(options: {
  readonly items: number;
  readonly classes: number;
  readonly annotators: readonly SimulatedAnnotator[];
  readonly seed: number;
  readonly classWeights?: readonly number[];
}): Simulation {
  const random = seededRandom(options.seed);
  const weights = options.classWeights ?? Array<number>(options.classes).fill(1);
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const drawClass = () => {
    let target = random() * totalWeight;
    for (let c = 0; c < options.classes - 1; c += 1) {
      target -= weights[c] ?? 0;
      if (target < 0) return c;
    }
    return options.classes - 1;
  };
  const truth = new Int32Array(options.items);
  const annotations: CategoricalAnnotation[] = [];
  for (let item = 0; item < options.items; item += 1) {
    const trueClass = drawClass();
    truth[item] = trueClass;
    options.annotators.forEach((annotator, index) => {
      let label = trueClass;
      if (random() >= annotator.reliability) {
        label = annotator.swap ? (annotator.swap[trueClass] ?? trueClass) : Math.floor(random() * options.classes);
      }
      annotations.push({ item, annotator: index, label });
    });
  }
  return { truth, annotations };
}
