/**
 * Multi-choice predictions (issue 12 point 1): one independent yes/no probability per option.
 * The predicted set is every option above 0.5, and its confidence is the probability that the
 * whole set is right — each option's decision right at once, under the model's independence:
 * Π_k max(p_k, 1 − p_k). This is what calibration compares with people's decisions (a prediction
 * is correct when the set equals the decided set), so the two speak of the same event.
 *
 * @example
 * multiChoiceConfidence([0.9, 0.2, 0.6]) // 0.9 × 0.8 × 0.6 = 0.432
 */
export function multiChoiceConfidence(probabilities: readonly number[]): number {
  let confidence = 1;
  for (const p of probabilities) confidence *= Math.max(p, 1 - p);
  return confidence;
}

/** The options whose probability is above 0.5, in option order. */
export function chosenOptions(options: readonly string[], probabilities: readonly number[]): string[] {
  return options.filter((_, k) => (probabilities[k] ?? 0) > 0.5);
}

/** Whether two option lists hold the same options (order and repeats aside). */
export function sameSet(a: readonly unknown[], b: readonly unknown[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((x) => right.has(x));
}
