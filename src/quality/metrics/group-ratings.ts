import { ValidationError } from '../../errors.js';
import type { RatingValue } from './categories.js';

/** One rater's rating of one unit, as it comes out of a table or a CSV file. */
export interface Rating {
  readonly unit: string | number;
  readonly rater: string | number;
  readonly value: RatingValue | null | undefined;
}

export interface GroupedRatings {
  /** `units[u][r]` = rater r's value for unit u, or null when that rater did not rate it. */
  readonly units: readonly (readonly (RatingValue | null)[])[];
  /** Unit ids, in order of first appearance (row u of `units`). */
  readonly unitIds: readonly (string | number)[];
  /** Rater ids, in order of first appearance (column r of `units`). */
  readonly raterIds: readonly (string | number)[];
}

/**
 * Turns long-format ratings (one row per unit × rater) into the units × raters matrix the metrics
 * take. A rater rating the same unit twice is an error (which one would count?), reported with
 * both row indexes.
 *
 * @example
 * groupRatings([{ unit: 'u1', rater: 'ann', value: 1 }, { unit: 'u1', rater: 'bob', value: 2 }]).units;
 * // [[1, 2]]
 */
export function groupRatings(ratings: readonly Rating[]): GroupedRatings {
  const unitIndex = new Map<string | number, number>();
  const raterIndex = new Map<string | number, number>();
  const rows: (RatingValue | null)[][] = [];
  const seenAt = new Map<string, number>();
  ratings.forEach((rating, row) => {
    let unit = unitIndex.get(rating.unit);
    if (unit === undefined) {
      unit = unitIndex.size;
      unitIndex.set(rating.unit, unit);
      rows.push([]);
    }
    let rater = raterIndex.get(rating.rater);
    if (rater === undefined) {
      rater = raterIndex.size;
      raterIndex.set(rating.rater, rater);
    }
    const key = `${unit}:${rater}`;
    const earlier = seenAt.get(key);
    if (earlier !== undefined) {
      throw new ValidationError([
        {
          path: `ratings.${row}`,
          message: `rater ${JSON.stringify(rating.rater)} already rated unit ${JSON.stringify(rating.unit)} in ratings.${earlier}`,
        },
      ]);
    }
    seenAt.set(key, row);
    (rows[unit] as (RatingValue | null)[])[rater] = rating.value ?? null;
  });
  const raters = raterIndex.size;
  const units = rows.map((row) => Array.from({ length: raters }, (_, rater) => row[rater] ?? null));
  return { units, unitIds: [...unitIndex.keys()], raterIds: [...raterIndex.keys()] };
}
