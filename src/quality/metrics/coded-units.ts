import { buildCoding, type RatingValue, type UnitValues } from './categories.js';

/**
 * Reliability data in compressed form: every present value as a category code, unit by unit.
 * Unit `u`'s codes are `codes[unitStarts[u] .. unitStarts[u + 1])`; missing values are left out.
 */
export interface CodedUnits {
  readonly categories: readonly RatingValue[];
  readonly codes: Int32Array;
  /** Length = number of units + 1. */
  readonly unitStarts: Int32Array;
}

/**
 * Codes a units × values matrix (rows may have different lengths; null/undefined/NaN = missing).
 * `order` fixes the category order (required to rank strings in an order other than lexical).
 *
 * @example
 * codeUnits([['a', 'b'], [null, 'a']]); // categories ['a', 'b'], codes [0, 1, 0], unitStarts [0, 2, 3]
 */
export function codeUnits(
  units: readonly UnitValues[],
  options: { readonly order?: readonly RatingValue[] | undefined } = {},
): CodedUnits {
  const coding = buildCoding(units, { order: options.order, path: 'units' });
  let capacity = 0;
  for (const unit of units) capacity += unit.length;
  // Sized for every entry; missing ones are skipped and the tail trimmed (a view, no copy).
  const allCodes = new Int32Array(capacity);
  const unitStarts = new Int32Array(units.length + 1);
  let next = 0;
  for (let unitIndex = 0; unitIndex < units.length; unitIndex += 1) {
    const unit = units[unitIndex] as UnitValues;
    for (let index = 0; index < unit.length; index += 1) {
      const code = coding.codeOf(unit[index]);
      if (code >= 0) allCodes[next++] = code;
    }
    unitStarts[unitIndex + 1] = next;
  }
  const codes = allCodes.subarray(0, next);
  return { categories: coding.categories, codes, unitStarts };
}

/**
 * Walks the units that have at least two values, handing each one's per-category counts to
 * `visit` as the first `distinct` entries of `touched` (codes) and `counts` indexed by code.
 * The arrays are reused between units: read them inside `visit` only.
 */
export function forEachPairableUnit(
  units: CodedUnits,
  visit: (touched: Int32Array, distinct: number, counts: Int32Array, size: number) => void,
): void {
  const { codes, unitStarts } = units;
  const counts = new Int32Array(units.categories.length);
  const touched = new Int32Array(units.categories.length);
  for (let unit = 0; unit + 1 < unitStarts.length; unit += 1) {
    const start = unitStarts[unit] as number;
    const end = unitStarts[unit + 1] as number;
    if (end - start < 2) continue;
    let distinct = 0;
    for (let index = start; index < end; index += 1) {
      const code = codes[index] as number;
      if (counts[code] === 0) touched[distinct++] = code;
      counts[code] = (counts[code] as number) + 1;
    }
    visit(touched, distinct, counts, end - start);
    for (let index = 0; index < distinct; index += 1) counts[touched[index] as number] = 0;
  }
}

/** How many units have at least two values (the ones agreement can be measured on). */
export function countPairableUnits(units: CodedUnits): number {
  let pairable = 0;
  for (let unit = 0; unit + 1 < units.unitStarts.length; unit += 1) {
    if ((units.unitStarts[unit + 1] as number) - (units.unitStarts[unit] as number) >= 2) pairable += 1;
  }
  return pairable;
}
