import { type CodedUnits, forEachPairableUnit } from './coded-units.js';

/**
 * Krippendorff's coincidence matrix: `matrix[c * size + k]` = o_ck, the number of c–k pairs of
 * values within units, each unit weighted 1 / (m_u − 1) so that a unit contributes exactly its
 * m_u values. Only units with two or more values take part (Krippendorff 2011, section C).
 */
export interface Coincidences {
  /** Number of categories (the matrix is size × size). */
  readonly size: number;
  readonly matrix: Float64Array;
  /** n_c: row sums, i.e. how many pairable values fell in each category. */
  readonly totals: Float64Array;
  /** n: all pairable values. */
  readonly pairableValues: number;
  /** Units with at least two values. */
  readonly pairableUnits: number;
}

/**
 * Builds the coincidence matrix in one pass over the units: per unit, only the categories it
 * actually uses are visited, so the cost is O(values + Σ distinct_u²) plus the size² matrix.
 *
 * @example
 * // one unit rated 1, 1, 2 (codes 0, 0, 1): o_00 = 2·1/2 = 1, o_01 = o_10 = 2·1/2 = 1
 * coincidenceMatrix(codeUnits([[1, 1, 2]])).matrix; // Float64Array [1, 1, 1, 0]
 */
export function coincidenceMatrix(units: CodedUnits): Coincidences {
  const size = units.categories.length;
  const matrix = new Float64Array(size * size);
  let pairableUnits = 0;
  forEachPairableUnit(units, (touched, distinct, counts, values) => {
    pairableUnits += 1;
    const weight = 1 / (values - 1);
    for (let x = 0; x < distinct; x += 1) {
      const c = touched[x] as number;
      const countC = counts[c] as number;
      const row = c * size;
      matrix[row + c] = (matrix[row + c] as number) + countC * (countC - 1) * weight;
      for (let y = x + 1; y < distinct; y += 1) {
        const k = touched[y] as number;
        const pairs = countC * (counts[k] as number) * weight;
        matrix[row + k] = (matrix[row + k] as number) + pairs;
        matrix[k * size + c] = (matrix[k * size + c] as number) + pairs;
      }
    }
  });
  const totals = new Float64Array(size);
  let pairableValues = 0;
  for (let c = 0; c < size; c += 1) {
    let sum = 0;
    for (let k = 0; k < size; k += 1) sum += matrix[c * size + k] as number;
    totals[c] = sum;
    pairableValues += sum;
  }
  // Row sums are integers in exact arithmetic; rounding keeps n − 1 and n_c·n_k exact.
  return { size, matrix, totals: totals.map(Math.round), pairableValues: Math.round(pairableValues), pairableUnits };
}
