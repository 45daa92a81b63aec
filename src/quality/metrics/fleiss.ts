import { ValidationError } from '../../errors.js';
import type { RatingValue, UnitValues } from './categories.js';
import { codeUnits } from './coded-units.js';

export interface FleissKappaResult {
  /** NaN when chance agreement is 1 (every rating falls in one category). */
  readonly kappa: number;
  readonly subjects: number;
  /** Ratings per subject (the same for all). */
  readonly raters: number;
  /** P̄: mean share of agreeing rater pairs per subject. */
  readonly observedAgreement: number;
  /** P̄_e = Σ_j p_j². */
  readonly expectedAgreement: number;
  /** p_j: share of all ratings in each category, in category order. */
  readonly categoryShares: readonly number[];
}

/**
 * Fleiss' kappa (Fleiss 1971) from a subjects × categories table of counts: `counts[i][j]` raters
 * put subject i in category j. Every subject must have the same number of ratings n ≥ 2 (the
 * raters need not be the same people). Unequal totals are refused with a ValidationError naming
 * the first subject that differs, rather than silently mixing n's: for missing ratings use
 * Krippendorff's alpha (nominal), which is built for them.
 *
 * @example
 * fleissKappa([[2, 0], [0, 2], [1, 1]]).kappa; // 1/3
 */
export function fleissKappa(counts: readonly (readonly number[])[]): FleissKappaResult {
  const categories = counts[0]?.length ?? 0;
  const flat = new Float64Array(counts.length * categories);
  counts.forEach((row, subject) => {
    if (row.length !== categories) {
      throw new ValidationError([
        { path: `counts.${subject}`, message: `has ${row.length} categories; subject 0 has ${categories}` },
      ]);
    }
    row.forEach((count, category) => {
      if (!Number.isInteger(count) || count < 0) {
        throw new ValidationError([{ path: `counts.${subject}.${category}`, message: 'must be a whole count ≥ 0' }]);
      }
      flat[subject * categories + category] = count;
    });
  });
  return fleissFromFlatCounts(flat, counts.length, categories, 'counts');
}

/**
 * Fleiss' kappa straight from ratings: `units[u]` holds the category each rater gave unit u.
 * Same rule as fleissKappa: every unit needs the same number of (non-missing) ratings.
 *
 * @example
 * fleissKappaFromUnits([['a', 'a'], ['b', 'b'], ['a', 'b']]).kappa; // 1/3
 */
export function fleissKappaFromUnits(
  units: readonly UnitValues[],
  options: { readonly order?: readonly RatingValue[] } = {},
): FleissKappaResult & { readonly categories: readonly RatingValue[] } {
  const coded = codeUnits(units, { order: options.order });
  const size = coded.categories.length;
  const flat = new Float64Array(units.length * size);
  for (let unit = 0; unit < units.length; unit += 1) {
    const end = coded.unitStarts[unit + 1] as number;
    for (let index = coded.unitStarts[unit] as number; index < end; index += 1) {
      const cell = unit * size + (coded.codes[index] as number);
      flat[cell] = (flat[cell] as number) + 1;
    }
  }
  return { ...fleissFromFlatCounts(flat, units.length, size, 'units'), categories: coded.categories };
}

function fleissFromFlatCounts(
  flat: Float64Array,
  subjects: number,
  categories: number,
  path: string,
): FleissKappaResult {
  if (subjects === 0) throw new ValidationError([{ path, message: 'has no subjects' }]);
  const shares = new Float64Array(categories);
  let raters = -1;
  let agreementSum = 0;
  for (let subject = 0; subject < subjects; subject += 1) {
    let ratings = 0;
    let agreeingPairs = 0;
    for (let category = 0; category < categories; category += 1) {
      const count = flat[subject * categories + category] as number;
      ratings += count;
      agreeingPairs += count * (count - 1);
      shares[category] = (shares[category] as number) + count;
    }
    if (raters === -1) raters = ratings;
    if (ratings !== raters) {
      throw new ValidationError([
        {
          path: `${path}.${subject}`,
          message: `has ${ratings} ratings but subject 0 has ${raters}: Fleiss' kappa needs the same number of ratings for every subject (use Krippendorff's alpha, nominal, for missing ratings)`,
        },
      ]);
    }
    agreementSum += raters > 1 ? agreeingPairs / (raters * (raters - 1)) : 0;
  }
  if (raters < 2) {
    throw new ValidationError([{ path, message: `needs at least 2 ratings per subject, got ${raters}` }]);
  }
  let expectedAgreement = 0;
  const totalRatings = subjects * raters;
  for (let category = 0; category < categories; category += 1) {
    const share = (shares[category] as number) / totalRatings;
    shares[category] = share;
    expectedAgreement += share * share;
  }
  const observedAgreement = agreementSum / subjects;
  return {
    kappa: expectedAgreement < 1 ? (observedAgreement - expectedAgreement) / (1 - expectedAgreement) : Number.NaN,
    subjects,
    raters,
    observedAgreement,
    expectedAgreement,
    categoryShares: [...shares],
  };
}
