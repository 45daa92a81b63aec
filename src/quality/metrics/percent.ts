import { ValidationError } from '../../errors.js';
import type { UnitValues } from './categories.js';
import { codeUnits, forEachPairableUnit } from './coded-units.js';

export interface PercentAgreementResult {
  /** Mean over units of the share of agreeing rater pairs (0..1). */
  readonly agreement: number;
  /** Units with at least two ratings (the others are left out). */
  readonly units: number;
  readonly droppedUnits: number;
  /** Rater pairs compared, over all units used. */
  readonly pairs: number;
}

/**
 * Pairwise percent agreement: in each unit with two or more ratings, the share of rater pairs
 * that gave the same value; then the mean over those units, each unit weighing the same (Fleiss'
 * P̄ when every unit has the same number of ratings). Exact equality, no chance correction.
 *
 * @example
 * percentAgreement([['a', 'a', 'b'], ['c', 'c'], ['d']]).agreement; // (1/3 + 1) / 2 = 0.666…
 */
export function percentAgreement(units: readonly UnitValues[]): PercentAgreementResult {
  const coded = codeUnits(units);
  let used = 0;
  let pairs = 0;
  let shareSum = 0;
  forEachPairableUnit(coded, (touched, distinct, counts, values) => {
    let agreeing = 0;
    for (let x = 0; x < distinct; x += 1) {
      const count = counts[touched[x] as number] as number;
      agreeing += (count * (count - 1)) / 2;
    }
    const unitPairs = (values * (values - 1)) / 2;
    shareSum += agreeing / unitPairs;
    pairs += unitPairs;
    used += 1;
  });
  if (used === 0) {
    throw new ValidationError([{ path: 'units', message: 'no unit has two or more ratings to compare' }]);
  }
  return { agreement: shareSum / used, units: used, droppedUnits: units.length - used, pairs };
}
