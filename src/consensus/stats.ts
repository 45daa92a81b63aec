export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/**
 * The middle value; for an even count the *lower* of the two middle values, so the result is
 * always one of the inputs (a rating stays on its scale's grid, a span offset stays an integer).
 */
export function lowerMedian(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
}

export function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/**
 * Mean of `similarity` over every unordered pair of `items`. Fewer than two items have nothing
 * to disagree with, so the result is 1.
 */
export function meanPairwise<T>(items: readonly T[], similarity: (a: T, b: T) => number): number {
  let total = 0;
  let pairs = 0;
  for (let i = 0; i < items.length; i += 1) {
    for (let j = i + 1; j < items.length; j += 1) {
      total += similarity(items[i] as T, items[j] as T);
      pairs += 1;
    }
  }
  return pairs === 0 ? 1 : total / pairs;
}
