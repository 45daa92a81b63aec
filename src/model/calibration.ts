/**
 * Calibration and the threshold advisor (issue 12, point 3). Pure: takes (confidence, was the
 * prediction right) pairs, as judged by people, and returns a reliability table, the expected
 * calibration error, an isotonic recalibration map, and the auto-accept threshold that meets a
 * target error rate, with a Wilson score interval on that error.
 */
export interface Judged {
  readonly confidence: number;
  readonly correct: boolean;
}

export interface Band {
  readonly from: number;
  readonly to: number;
  readonly count: number;
  readonly meanConfidence: number;
  readonly accuracy: number;
}

/** Accuracy by confidence band of width 0.1 (empty bands left out); the last band includes 1. */
export function reliabilityBands(judged: readonly Judged[], bands = 10): Band[] {
  const sums = Array.from({ length: bands }, () => ({ n: 0, conf: 0, right: 0 }));
  for (const j of judged) {
    const b = sums[Math.min(bands - 1, Math.max(0, Math.floor(j.confidence * bands)))];
    if (!b) continue;
    b.n++;
    b.conf += j.confidence;
    if (j.correct) b.right++;
  }
  return sums.flatMap((b, i) =>
    b.n === 0
      ? []
      : [{ from: i / bands, to: (i + 1) / bands, count: b.n, meanConfidence: b.conf / b.n, accuracy: b.right / b.n }],
  );
}

/** ECE: Σ over bands of (share of items) × |accuracy − mean confidence|. */
export function expectedCalibrationError(judged: readonly Judged[], bands = 10): number {
  if (judged.length === 0) return 0;
  return reliabilityBands(judged, bands).reduce(
    (sum, b) => sum + (b.count / judged.length) * Math.abs(b.accuracy - b.meanConfidence),
    0,
  );
}

/** A step of the isotonic map: confidences from `from` up get `calibrated` (until the next step). */
export interface IsotonicStep {
  readonly from: number;
  readonly calibrated: number;
}

/**
 * Isotonic regression of correctness on confidence by pool-adjacent-violators: the
 * non-decreasing step function closest (least squares) to the observed right/wrong outcomes.
 */
export function fitIsotonic(judged: readonly Judged[]): IsotonicStep[] {
  const sorted = [...judged].sort((a, b) => a.confidence - b.confidence);
  const blocks: { from: number; sum: number; n: number }[] = [];
  for (const j of sorted) {
    blocks.push({ from: j.confidence, sum: j.correct ? 1 : 0, n: 1 });
    // Merge backwards while the previous block's mean exceeds this one's.
    for (;;) {
      const last = blocks[blocks.length - 1];
      const previous = blocks[blocks.length - 2];
      if (!last || !previous || previous.sum / previous.n < last.sum / last.n) break;
      blocks.splice(blocks.length - 2, 2, {
        from: previous.from,
        sum: previous.sum + last.sum,
        n: previous.n + last.n,
      });
    }
  }
  return blocks.map((b) => ({ from: b.from, calibrated: b.sum / b.n }));
}

/** Applies an isotonic map; below its first step the first step's value applies. */
export function applyIsotonic(steps: readonly IsotonicStep[], confidence: number): number {
  let value = steps[0]?.calibrated ?? confidence;
  for (const step of steps) {
    if (step.from > confidence) break;
    value = step.calibrated;
  }
  return value;
}

/** Wilson score interval for k failures out of n at z (1.96: 95 %). */
export function wilsonInterval(k: number, n: number, z = 1.96): { low: number; high: number } {
  if (n === 0) return { low: 0, high: 1 };
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export interface ThresholdAdvice {
  /** Auto-accept at confidence ≥ threshold. */
  readonly threshold: number;
  /** Share of the judged items at or above it. */
  readonly autoAcceptedShare: number;
  readonly estimatedError: number;
  /** 95 % Wilson interval on the error among items at or above the threshold. */
  readonly errorInterval: { readonly low: number; readonly high: number };
  readonly count: number;
}

/**
 * The lowest threshold (most items auto-accepted) whose observed error among items at or above it
 * is within `targetError` — and, as `conservative`, the lowest whose Wilson upper bound is. Only
 * thresholds with at least `minCount` judged items above them count (fewer say nothing). Null when
 * no threshold qualifies.
 */
export function adviseThreshold(
  judged: readonly Judged[],
  targetError: number,
  minCount = 20,
): { suggested: ThresholdAdvice | null; conservative: ThresholdAdvice | null } {
  const sorted = [...judged].sort((a, b) => b.confidence - a.confidence);
  let suggested: ThresholdAdvice | null = null;
  let conservative: ThresholdAdvice | null = null;
  let wrong = 0;
  for (let i = 0; i < sorted.length; i++) {
    const j = sorted[i];
    if (!j) continue;
    if (!j.correct) wrong++;
    // Only cut between distinct confidences: a threshold takes every item at that confidence.
    if (i + 1 < sorted.length && sorted[i + 1]?.confidence === j.confidence) continue;
    const n = i + 1;
    if (n < minCount) continue;
    const advice: ThresholdAdvice = {
      threshold: j.confidence,
      autoAcceptedShare: n / sorted.length,
      estimatedError: wrong / n,
      errorInterval: wilsonInterval(wrong, n),
      count: n,
    };
    if (advice.estimatedError <= targetError) suggested = advice;
    if (advice.errorInterval.high <= targetError) conservative = advice;
  }
  return { suggested, conservative };
}
