import { ValidationError } from '../../errors.js';

/** One rating: a category name or a number. `null`, `undefined` and `NaN` mean "no rating". */
export type RatingValue = string | number;

/** The ratings one unit (item) received, in any order; missing ratings may be left out or given as null. */
export type UnitValues = readonly (RatingValue | null | undefined)[];

/**
 * Ratings mapped to dense integer codes `0..categories.length - 1`, in category order, so that the
 * metrics can count in typed arrays instead of hashing every value.
 */
export interface Coding {
  /** Code → value, in order: the given `order`, else numbers ascending or strings by code unit. */
  readonly categories: readonly RatingValue[];
  /** The code of a value, or -1 for a missing one (null, undefined, NaN). */
  codeOf(value: RatingValue | null | undefined): number;
}

/** Integer ranges up to this size are coded through a lookup table instead of a Map. */
const MAX_TABLE_RANGE = 1 << 20;

export function isMissing(value: unknown): value is null | undefined {
  return value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value));
}

/**
 * Codes every value in `lists` (e.g. the units of a reliability matrix, or two raters' columns).
 * With `order`, every present value must be one of its entries and codes follow it; without,
 * numbers sort numerically and strings by UTF-16 code units (a mix of the two is refused, since
 * "2" and 2 would silently be different categories). `path` names the input in error messages.
 *
 * @example
 * const coding = buildCoding([[3, 1], [2, null]], { path: 'units' });
 * coding.categories; // [1, 2, 3]
 * coding.codeOf(3); // 2
 */
export function buildCoding(
  lists: readonly UnitValues[],
  options: {
    readonly order?: readonly RatingValue[] | undefined;
    readonly path: string;
    /** Names one value in error messages; default `${path}.${listIndex}.${index}`. */
    readonly pathOf?: (listIndex: number, index: number) => string;
  },
): Coding {
  const pathOf = options.pathOf ?? ((listIndex, index) => `${options.path}.${listIndex}.${index}`);
  if (options.order) return codingFromOrder(lists, options.order, pathOf);
  let sawNumber = false;
  let sawString = false;
  let smallIntegers = true;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  // Hot loop (millions of values): plain typeof tests, no helper calls.
  for (let listIndex = 0; listIndex < lists.length; listIndex += 1) {
    const list = lists[listIndex] as UnitValues;
    for (let index = 0; index < list.length; index += 1) {
      const value = list[index];
      if (typeof value === 'number') {
        if (Number.isNaN(value)) continue; // missing
        if (!Number.isFinite(value)) throw invalidValue(pathOf(listIndex, index), 'is not a finite number');
        sawNumber = true;
        if (value < min) min = value;
        if (value > max) max = value;
        if (smallIntegers && Math.trunc(value) !== value) smallIntegers = false;
      } else if (typeof value === 'string') {
        sawString = true;
      } else if (value !== null && value !== undefined) {
        throw invalidValue(pathOf(listIndex, index), 'must be a string or a number');
      }
    }
  }
  if (sawNumber && sawString) {
    throw new ValidationError([
      { path: options.path, message: 'mixes numbers and strings; pass an explicit category order' },
    ]);
  }
  if (sawNumber && smallIntegers && max - min < MAX_TABLE_RANGE) return integerTableCoding(lists, min, max);
  return mapCoding(lists, sawNumber);
}

function codingFromOrder(
  lists: readonly UnitValues[],
  order: readonly RatingValue[],
  pathOf: (listIndex: number, index: number) => string,
): Coding {
  const codes = new Map<RatingValue, number>();
  for (const value of order) {
    if (codes.has(value)) {
      throw new ValidationError([{ path: 'order', message: `lists ${JSON.stringify(value)} twice` }]);
    }
    codes.set(value, codes.size);
  }
  lists.forEach((list, listIndex) => {
    list.forEach((value, index) => {
      if (!isMissing(value) && !codes.has(value)) {
        throw invalidValue(pathOf(listIndex, index), `${JSON.stringify(value)} is not in the category order`);
      }
    });
  });
  return { categories: [...order], codeOf: (value) => (isMissing(value) ? -1 : (codes.get(value) as number)) };
}

function integerTableCoding(lists: readonly UnitValues[], min: number, max: number): Coding {
  const table = new Int32Array(max - min + 1);
  for (const list of lists) {
    // NaN − min is not an index, so a NaN (missing) sets nothing.
    for (let index = 0; index < list.length; index += 1) {
      const value = list[index];
      if (typeof value === 'number') table[value - min] = 1;
    }
  }
  const categories: number[] = [];
  for (let offset = 0; offset < table.length; offset += 1) {
    table[offset] = table[offset] === 1 ? categories.push(min + offset) - 1 : -1;
  }
  return {
    categories,
    // null, undefined and strings fail the typeof test; NaN − min indexes nothing, so it gives -1 too.
    codeOf: (value) => (typeof value === 'number' ? (table[value - min] ?? -1) : -1),
  };
}

function mapCoding(lists: readonly UnitValues[], numeric: boolean): Coding {
  const distinct = new Set<RatingValue>();
  for (const list of lists) for (const value of list) if (!isMissing(value)) distinct.add(value);
  const categories = [...distinct].sort(numeric ? (a, b) => (a as number) - (b as number) : compareCodeUnits);
  const codes = new Map(categories.map((value, code) => [value, code]));
  return { categories, codeOf: (value) => (isMissing(value) ? -1 : (codes.get(value) as number)) };
}

/** Plain `<` order on strings: the same on every machine, unlike localeCompare. */
function compareCodeUnits(a: RatingValue, b: RatingValue): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function invalidValue(path: string, message: string): ValidationError {
  return new ValidationError([{ path, message }]);
}
