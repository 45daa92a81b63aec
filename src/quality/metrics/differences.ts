/**
 * Krippendorff's difference functions δ²(c, k) for the four levels of measurement
 * (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability", section E).
 */
export type AlphaLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

export const ALPHA_LEVELS: readonly AlphaLevel[] = ['nominal', 'ordinal', 'interval', 'ratio'];

/**
 * Positions on a line such that δ²(c, k) = (position_c − position_k)² for the ordinal and
 * interval levels. Interval: the values themselves. Ordinal: the mid-rank of each category,
 * C_c − n_c / 2 with C_c the cumulative total up to and including c, since Krippendorff's
 * (Σ_{g=c..k} n_g − (n_c + n_k)/2)² is exactly the squared difference of two mid-ranks.
 * Positions are centred on their n-weighted mean to keep sums of squares accurate.
 */
export function linePositions(level: 'ordinal' | 'interval', values: Float64Array, totals: Float64Array): Float64Array {
  const positions = new Float64Array(totals.length);
  let cumulative = 0;
  let weighted = 0;
  let n = 0;
  for (let c = 0; c < totals.length; c += 1) {
    const total = totals[c] as number;
    cumulative += total;
    positions[c] = level === 'interval' ? (values[c] as number) : cumulative - total / 2;
    weighted += total * (positions[c] as number);
    n += total;
  }
  const mean = n > 0 ? weighted / n : 0;
  for (let c = 0; c < positions.length; c += 1) positions[c] = (positions[c] as number) - mean;
  return positions;
}

/** Ratio difference ((a − b) / (a + b))²; two zeros do not differ. */
export function ratioDifference(a: number, b: number): number {
  const sum = a + b;
  if (sum === 0) return 0;
  const relative = (a - b) / sum;
  return relative * relative;
}

/**
 * Σ_c Σ_k n_c n_k δ²(c, k): the disagreement expected by chance, times n(n − 1).
 * O(categories) for nominal, ordinal and interval (via moments); O(categories used²) for ratio.
 */
export function expectedDifferenceSum(
  level: AlphaLevel,
  totals: Float64Array,
  values: Float64Array,
  positions: Float64Array | undefined,
): number {
  let n = 0;
  let sumOfSquares = 0;
  for (let c = 0; c < totals.length; c += 1) {
    const total = totals[c] as number;
    n += total;
    if (level === 'nominal') sumOfSquares += total * total;
    else if (positions) sumOfSquares += total * (positions[c] as number) ** 2;
  }
  if (level === 'nominal') return n * n - sumOfSquares;
  // Positions are centred, so Σ n_c n_k (p_c − p_k)² = 2n Σ n_c p_c² − 2(Σ n_c p_c)² = 2n Σ n_c p_c².
  if (level !== 'ratio') return 2 * n * sumOfSquares;
  const used: number[] = [];
  for (let c = 0; c < totals.length; c += 1) if ((totals[c] as number) > 0) used.push(c);
  let sum = 0;
  for (let x = 0; x < used.length; x += 1) {
    const c = used[x] as number;
    const valueC = values[c] as number;
    let row = 0;
    for (let y = x + 1; y < used.length; y += 1) {
      const k = used[y] as number;
      row += (totals[k] as number) * ratioDifference(valueC, values[k] as number);
    }
    sum += 2 * (totals[c] as number) * row;
  }
  return sum;
}
