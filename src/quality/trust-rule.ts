/**
 * The one statistical rule behind every pause and every accuracy flag (issue 11 point 3): act on a
 * person only when the *upper* end of a 99 % Wilson score interval of their accuracy is below the
 * bar. Raw accuracy paused honest people by bad luck (15 % of 0.85-accurate people within 60 gold
 * answers at a 0.7 bar); the upper bound needs evidence, and 99 % rather than 95 % because the rule
 * is checked again after every answer (many looks at the same person).
 */
export const TRUST_Z = 2.576;

/** Wilson score interval for a proportion; `successes` and `n` may be fractional (soft counts). */
export function wilsonInterval(successes: number, n: number, z = TRUST_Z): [number, number] | null {
  if (!(n > 0)) return null;
  const p = Math.min(1, Math.max(0, successes / n));
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** True when the evidence says the accuracy is below `bar` (the interval's upper end is). */
export function clearlyBelow(successes: number, n: number, bar: number, z = TRUST_Z): boolean {
  const interval = wilsonInterval(successes, n, z);
  return interval !== null && interval[1] < bar;
}

/** True when the evidence says the rate is above `bar` (the interval's lower end is). */
export function clearlyAbove(successes: number, n: number, bar: number, z = TRUST_Z): boolean {
  const interval = wilsonInterval(successes, n, z);
  return interval !== null && interval[0] > bar;
}

/**
 * Upper bound of a person's balanced accuracy (mean over true classes of P(right | class)) from
 * the annotator model's soft counts: the mean of each class's Wilson upper bound, over classes
 * the person has seen at least once. Balanced, so answering the majority class every time scores
 * 1/K however common that class is (an "always ham" adversary is not 69 % accurate).
 */
export function balancedAccuracyUpper(seen: readonly number[], correct: readonly number[], z = TRUST_Z): number | null {
  const uppers: number[] = [];
  seen.forEach((n, k) => {
    if (n >= 1) uppers.push((wilsonInterval(correct[k] ?? 0, n, z) as [number, number])[1]);
  });
  return uppers.length === 0 ? null : uppers.reduce((a, b) => a + b, 0) / uppers.length;
}
