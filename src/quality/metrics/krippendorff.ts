import { ValidationError } from '../../errors.js';
import type { RatingValue, UnitValues } from './categories.js';
import { type CodedUnits, codeUnits, countPairableUnits, forEachPairableUnit } from './coded-units.js';
import { coincidenceMatrix } from './coincidence.js';
import { type AlphaLevel, expectedDifferenceSum, linePositions, ratioDifference } from './differences.js';

export interface AlphaOptions {
  /** Level of measurement; default 'nominal'. */
  readonly level?: AlphaLevel;
  /** Category order for ordinal data (needed for strings that should not rank lexically). */
  readonly order?: readonly RatingValue[];
}

export interface AlphaResult {
  /** 1 = perfect agreement, 0 = chance level, < 0 = systematic disagreement; NaN when undefined (see below). */
  readonly alpha: number;
  readonly level: AlphaLevel;
  /** Units with at least two values: the ones alpha is computed on. */
  readonly units: number;
  /** Units with fewer than two values, left out as the method prescribes. */
  readonly droppedUnits: number;
  /** n: the values in the units used. */
  readonly pairableValues: number;
  /** D_o: mean difference between values within units. */
  readonly observedDisagreement: number;
  /** D_e: mean difference between any two pairable values. */
  readonly expectedDisagreement: number;
}

/** Above this many categories the size² coincidence matrix is not materialised (see alphaFromCodedUnits). */
export const DENSE_CATEGORY_LIMIT = 1024;

/**
 * Krippendorff's alpha, α = 1 − D_o / D_e, over units × values with missing values allowed:
 * `units[u]` holds the values unit u received (null, undefined or NaN for a missing one, or
 * simply fewer entries). Units with fewer than two values are dropped, per the method.
 * Computed from the coincidence matrix (Krippendorff 2011); interval and ratio need numbers,
 * ratio needs numbers ≥ 0. α is NaN when every pairable value is the same (D_e = 0: no variation,
 * so reliability is undefined). Throws a ValidationError when no unit has two values.
 *
 * @example
 * krippendorffAlpha([[1, 1], [2, 2], [3, 3], [1, 2]], { level: 'interval' }).alpha; // 1 − 7·2/78 = 0.8205…
 */
export function krippendorffAlpha(units: readonly UnitValues[], options: AlphaOptions = {}): AlphaResult {
  const level = options.level ?? 'nominal';
  const coded = codeUnits(units, { order: options.order });
  return alphaFromCodedUnits(coded, level);
}

/**
 * Alpha over already-coded units. With at most `denseLimit` categories it builds the coincidence
 * matrix and sums o_ck·δ²(c,k) over it; beyond that (e.g. continuous interval data) it sums the
 * same within-unit pairs unit by unit, and the expected disagreement comes from category totals
 * (O(categories), or O(categories²) for ratio) — identical results, bounded memory.
 */
export function alphaFromCodedUnits(
  coded: CodedUnits,
  level: AlphaLevel,
  denseLimit: number = DENSE_CATEGORY_LIMIT,
): AlphaResult {
  const values = numericValues(coded.categories, level);
  const size = coded.categories.length;
  const pairableUnits = countPairableUnits(coded);
  if (pairableUnits === 0) {
    throw new ValidationError([
      { path: 'units', message: 'no unit has two or more values, so there is no agreement to measure' },
    ]);
  }
  let totals: Float64Array;
  let observedSum: number;
  let positions: Float64Array | undefined;
  if (size <= denseLimit) {
    const coincidences = coincidenceMatrix(coded);
    totals = coincidences.totals;
    positions = level === 'ordinal' || level === 'interval' ? linePositions(level, values, totals) : undefined;
    observedSum = weightedMatrixSum(coincidences.matrix, size, level, values, positions);
  } else {
    totals = pairableTotals(coded);
    positions = level === 'ordinal' || level === 'interval' ? linePositions(level, values, totals) : undefined;
    observedSum = unitByUnitSum(coded, level, values, positions);
  }
  let n = 0;
  for (const total of totals) n += total;
  const expectedSum = expectedDifferenceSum(level, totals, values, positions);
  const alpha = expectedSum > 0 ? 1 - ((n - 1) * observedSum) / expectedSum : Number.NaN;
  return {
    alpha,
    level,
    units: pairableUnits,
    droppedUnits: coded.unitStarts.length - 1 - pairableUnits,
    pairableValues: n,
    observedDisagreement: observedSum / n,
    expectedDisagreement: expectedSum / (n * (n - 1)),
  };
}

function numericValues(categories: readonly RatingValue[], level: AlphaLevel): Float64Array {
  const values = new Float64Array(categories.length);
  if (level === 'nominal' || level === 'ordinal') return values;
  categories.forEach((value, code) => {
    if (typeof value !== 'number') {
      throw new ValidationError([
        { path: 'units', message: `${level} alpha needs numbers, got ${JSON.stringify(value)}` },
      ]);
    }
    if (level === 'ratio' && value < 0) {
      throw new ValidationError([
        { path: 'units', message: `ratio alpha needs values ≥ 0 (a true zero), got ${value}` },
      ]);
    }
    values[code] = value;
  });
  return values;
}

function difference(
  level: AlphaLevel,
  c: number,
  k: number,
  values: Float64Array,
  positions: Float64Array | undefined,
): number {
  if (c === k) return 0;
  if (level === 'nominal') return 1;
  if (level === 'ratio') return ratioDifference(values[c] as number, values[k] as number);
  const gap = ((positions as Float64Array)[c] as number) - ((positions as Float64Array)[k] as number);
  return gap * gap;
}

function weightedMatrixSum(
  matrix: Float64Array,
  size: number,
  level: AlphaLevel,
  values: Float64Array,
  positions: Float64Array | undefined,
): number {
  let sum = 0;
  for (let c = 0; c < size; c += 1) {
    for (let k = 0; k < size; k += 1) {
      const coincidences = matrix[c * size + k] as number;
      if (coincidences !== 0) sum += coincidences * difference(level, c, k, values, positions);
    }
  }
  return sum;
}

function pairableTotals(coded: CodedUnits): Float64Array {
  const totals = new Float64Array(coded.categories.length);
  forEachPairableUnit(coded, (touched, distinct, counts) => {
    for (let x = 0; x < distinct; x += 1) {
      const c = touched[x] as number;
      totals[c] = (totals[c] as number) + (counts[c] as number);
    }
  });
  return totals;
}

/** Σ_u Σ_{c≠k} n_uc·n_uk·δ²(c,k) / (m_u − 1): the coincidence-weighted sum without the matrix. */
function unitByUnitSum(
  coded: CodedUnits,
  level: AlphaLevel,
  values: Float64Array,
  positions: Float64Array | undefined,
): number {
  let sum = 0;
  forEachPairableUnit(coded, (touched, distinct, counts, unitValues) => {
    let unitSum = 0;
    for (let x = 0; x < distinct; x += 1) {
      const c = touched[x] as number;
      for (let y = x + 1; y < distinct; y += 1) {
        const k = touched[y] as number;
        unitSum += (counts[c] as number) * (counts[k] as number) * difference(level, c, k, values, positions);
      }
    }
    sum += (2 * unitSum) / (unitValues - 1);
  });
  return sum;
}
