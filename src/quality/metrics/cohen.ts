import { ValidationError } from '../../errors.js';
import { buildCoding, isMissing, type RatingValue } from './categories.js';

/** Disagreement weights: none (any difference counts fully), |i − j|, or (i − j)², on category positions. */
export type KappaWeights = 'none' | 'linear' | 'quadratic';

export interface CohenKappaOptions {
  readonly weights?: KappaWeights;
  /**
   * Category order, which sets the positions weights are computed on (and may list categories
   * nobody used). Without it: numbers ascending, strings by code unit.
   */
  readonly order?: readonly RatingValue[];
}

export interface CohenKappaResult {
  /** NaN when chance agreement is 1 (both raters used one and the same category throughout). */
  readonly kappa: number;
  readonly weights: KappaWeights;
  /** Units both raters rated. */
  readonly pairs: number;
  /** Units left out because one rater (or both) has no rating. */
  readonly skippedPairs: number;
  /** Weighted observed agreement, 1 − Σ w_ij p_ij. */
  readonly observedAgreement: number;
  /** Weighted chance agreement, 1 − Σ w_ij p_i· p_·j. */
  readonly expectedAgreement: number;
  readonly categories: readonly RatingValue[];
  /**
   * Where the categories (and so the weight positions) came from: `declared` — the given `order`;
   * `inferred` — the values of the complete pairs only, as scikit-learn and R's irr take them, so a
   * value seen only beside a missing rating does not shift the positions.
   */
  readonly scale: 'declared' | 'inferred';
}

/**
 * Cohen's kappa between two raters: `a[i]` and `b[i]` rate the same unit i. Units where either
 * rating is missing (null, undefined, NaN) are skipped. Weighted kappa (Cohen 1968) uses
 * disagreement weights on category *positions* 0..k−1 (as scikit-learn and R's irr do), so
 * ratings 1, 2, 4 are equally spaced; pass `order` to fix the positions.
 *
 * @example
 * cohenKappa(['y', 'y', 'n', 'n'], ['y', 'n', 'n', 'n']).kappa; // 0.5
 */
export function cohenKappa(
  a: readonly (RatingValue | null | undefined)[],
  b: readonly (RatingValue | null | undefined)[],
  options: CohenKappaOptions = {},
): CohenKappaResult {
  if (a.length !== b.length) {
    throw new ValidationError([
      { path: 'b', message: `rates ${b.length} units but the first rater rates ${a.length}; pass one entry per unit` },
    ]);
  }
  const [left, right] = options.order ? [a, b] : completePairs(a, b);
  const coding = buildCoding([left, right], { order: options.order, path: 'raters' });
  const size = coding.categories.length;
  const table = new Float64Array(size * size);
  let pairs = 0;
  for (let index = 0; index < left.length; index += 1) {
    const row = coding.codeOf(left[index]);
    const column = coding.codeOf(right[index]);
    if (row < 0 || column < 0) continue;
    table[row * size + column] = (table[row * size + column] as number) + 1;
    pairs += 1;
  }
  if (pairs === 0) {
    throw new ValidationError([{ path: 'raters', message: 'no unit was rated by both raters' }]);
  }
  const result = kappaFromFlatTable(table, size, options.weights ?? 'none');
  return {
    ...result,
    pairs,
    skippedPairs: a.length - pairs,
    categories: coding.categories,
    scale: options.order ? 'declared' : 'inferred',
  };
}

/** The units both raters rated (the inputs themselves when none is missing: no copy). */
function completePairs(
  a: readonly (RatingValue | null | undefined)[],
  b: readonly (RatingValue | null | undefined)[],
): [readonly (RatingValue | null | undefined)[], readonly (RatingValue | null | undefined)[]] {
  let missing = 0;
  for (let index = 0; index < a.length; index += 1) {
    if (isMissing(a[index]) || isMissing(b[index])) missing += 1;
  }
  if (missing === 0) return [a, b];
  const left: RatingValue[] = [];
  const right: RatingValue[] = [];
  for (let index = 0; index < a.length; index += 1) {
    const x = a[index];
    const y = b[index];
    if (isMissing(x) || isMissing(y)) continue;
    left.push(x);
    right.push(y);
  }
  return [left, right];
}

/**
 * Cohen's kappa from a k × k contingency table: `table[i][j]` counts units rater A put in
 * category i and rater B in category j (categories in order).
 *
 * @example
 * cohenKappaFromTable([[20, 5], [10, 15]]).kappa; // 0.4
 */
export function cohenKappaFromTable(
  table: readonly (readonly number[])[],
  weights: KappaWeights = 'none',
): { readonly kappa: number; readonly observedAgreement: number; readonly expectedAgreement: number } {
  const size = table.length;
  const flat = new Float64Array(size * size);
  table.forEach((row, i) => {
    if (row.length !== size) {
      throw new ValidationError([
        { path: `table.${i}`, message: `has ${row.length} columns; the table must be square` },
      ]);
    }
    row.forEach((count, j) => {
      if (!(count >= 0) || !Number.isFinite(count)) {
        throw new ValidationError([{ path: `table.${i}.${j}`, message: 'must be a count ≥ 0' }]);
      }
      flat[i * size + j] = count;
    });
  });
  return kappaFromFlatTable(flat, size, weights);
}

function kappaFromFlatTable(table: Float64Array, size: number, weights: KappaWeights) {
  const rowTotals = new Float64Array(size);
  const columnTotals = new Float64Array(size);
  let total = 0;
  for (let i = 0; i < size; i += 1) {
    for (let j = 0; j < size; j += 1) {
      const count = table[i * size + j] as number;
      rowTotals[i] = (rowTotals[i] as number) + count;
      columnTotals[j] = (columnTotals[j] as number) + count;
      total += count;
    }
  }
  if (total === 0) throw new ValidationError([{ path: 'table', message: 'is empty' }]);
  // Disagreement weights scaled to [0, 1]; the scale cancels out of kappa but keeps the two
  // agreement figures readable as proportions.
  const span = Math.max(1, size - 1);
  let observedDisagreement = 0;
  let expectedDisagreement = 0;
  for (let i = 0; i < size; i += 1) {
    for (let j = 0; j < size; j += 1) {
      if (i === j) continue;
      const distance = Math.abs(i - j) / span;
      const weight = weights === 'none' ? 1 : weights === 'linear' ? distance : distance * distance;
      observedDisagreement += (weight * (table[i * size + j] as number)) / total;
      expectedDisagreement += (weight * (rowTotals[i] as number) * (columnTotals[j] as number)) / (total * total);
    }
  }
  return {
    kappa: expectedDisagreement > 0 ? 1 - observedDisagreement / expectedDisagreement : Number.NaN,
    weights,
    observedAgreement: 1 - observedDisagreement,
    expectedAgreement: 1 - expectedDisagreement,
  };
}
