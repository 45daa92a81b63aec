import type { Box, Span } from '../../consensus/index.js';
import { boxIoU, intervalIoU, matchF1 } from '../../consensus/index.js';

export interface RegionMatchOptions {
  /** Minimum IoU for two same-label regions to count as the same annotation; default 0.5. */
  readonly minIoU?: number;
}

export interface SpanAgreement {
  /** F1 where a match needs the same label and the same start and end. */
  readonly exact: number;
  /** F1 where a match needs the same label and IoU ≥ minIoU (0.5 by default). */
  readonly overlap: number;
}

/**
 * Agreement between two annotators' span lists on one text, as F1 under a one-to-one matching
 * (greedy, in `a`'s order: see `matchF1`). Both lists empty ⇒ 1. Labels must match in both modes.
 * "Overlap" means IoU ≥ 0.5, not any shared character: a one-character overlap between two long
 * spans is a different annotation, and 0.5 is what Tandem's span consensus uses too.
 *
 * @example
 * spanAgreement([{ start: 0, end: 10, label: 'PER' }], [{ start: 0, end: 8, label: 'PER' }]);
 * // { exact: 0, overlap: 1 }   (IoU 8/10)
 */
export function spanAgreement(a: readonly Span[], b: readonly Span[], options: RegionMatchOptions = {}): SpanAgreement {
  const minIoU = options.minIoU ?? 0.5;
  return {
    exact: matchF1(a, b, (x, y) => x.label === y.label && x.start === y.start && x.end === y.end),
    overlap: matchF1(a, b, (x, y) => x.label === y.label && intervalIoU(x, y) >= minIoU),
  };
}

/**
 * Agreement between two annotators' boxes on one image: F1 where a match needs the same label
 * and box IoU ≥ minIoU (0.5 by default, the PASCAL VOC threshold). Both lists empty ⇒ 1.
 *
 * @example
 * boxF1([{ label: 'cat', x: 0, y: 0, width: 10, height: 10 }], [{ label: 'cat', x: 1, y: 0, width: 10, height: 10 }]);
 * // 1   (IoU 90/110 ≈ 0.82)
 */
export function boxF1(a: readonly Box[], b: readonly Box[], options: RegionMatchOptions = {}): number {
  const minIoU = options.minIoU ?? 0.5;
  return matchF1(a, b, (x, y) => x.label === y.label && boxIoU(x, y) >= minIoU);
}

/**
 * Mean of `score` over every pair of annotators (k annotators ⇒ k(k−1)/2 pairs), e.g.
 * `meanPairwise(spansPerAnnotator, (a, b) => spanAgreement(a, b).overlap)`. Needs two or more.
 *
 * @example
 * meanPairwise([[box], [box], []], boxF1); // (1 + 0 + 0) / 3
 */
export function meanPairwise<T>(annotations: readonly T[], score: (a: T, b: T) => number): number {
  if (annotations.length < 2) throw new RangeError('meanPairwise needs at least two annotators');
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < annotations.length; i += 1) {
    for (let j = i + 1; j < annotations.length; j += 1) {
      sum += score(annotations[i] as T, annotations[j] as T);
      pairs += 1;
    }
  }
  return sum / pairs;
}
