import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohenKappa, cohenKappaFromTable } from './cohen.js';

const repeat = (...runs: [value: number, times: number][]) =>
  runs.flatMap(([value, times]) => Array(times).fill(value));

describe("Cohen's kappa: published values", () => {
  // scikit-learn, sklearn/metrics/tests/test_classification.py, test_cohen_kappa.
  it('matches scikit-learn test_cohen_kappa (binary 0.348; Artstein & Poesio table 4: 0.8013)', () => {
    const y1 = repeat([0, 40], [1, 60]);
    const y2 = repeat([0, 20], [1, 20], [0, 10], [1, 50]);
    expect(cohenKappa(y1, y2).kappa).toBeCloseTo(0.348, 3);
    expect(cohenKappa(y2, y1).kappa).toBe(cohenKappa(y1, y2).kappa);
    expect(cohenKappa(repeat([0, 46], [1, 44], [2, 10]), repeat([0, 52], [1, 32], [2, 16])).kappa).toBeCloseTo(
      0.8013,
      4,
    );
  });

  it('matches scikit-learn test_cohen_kappa weighting example: none 0.9315, linear 0.9412, quadratic 0.9541', () => {
    const y1 = repeat([0, 46], [1, 44], [2, 10]);
    const y2 = repeat([0, 50], [1, 40], [2, 10]);
    expect(cohenKappa(y1, y2).kappa).toBeCloseTo(0.9315, 4);
    expect(cohenKappa(y1, y2, { weights: 'linear' }).kappa).toBeCloseTo(0.9412, 4);
    expect(cohenKappa(y1, y2, { weights: 'quadratic' }).kappa).toBeCloseTo(0.9541, 4);
  });

  // statsmodels, statsmodels/stats/tests/test_inter_rater.py, test_cohens_kappa_irr: R irr::kappa2
  // on the `anxiety` data set, raters 2 and 3 (values 1, 2, 3, 4, 6: positions, not values, are weighted).
  it("matches R irr's kappa2 on the anxiety data: unweighted, equal (linear) and squared weights", () => {
    const rater2 = [3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4];
    const rater3 = [2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2];
    expect(cohenKappa(rater2, rater3).kappa).toBeCloseTo(-0.006289308, 8);
    expect(cohenKappa(rater2, rater3, { weights: 'linear' }).kappa).toBeCloseTo(0.1459075, 7);
    expect(cohenKappa(rater2, rater3, { weights: 'quadratic' }).kappa).toBeCloseTo(0.2520325, 7);
  });

  // statsmodels test_inter_rater.py, UnweightedCohens / TestWeightedCohens: a SAS PROC FREQ printout.
  it('matches the SAS example in statsmodels tests: simple 0.4842, weighted (linear) 0.4701', () => {
    const table = [
      [0, 4, 1],
      [0, 8, 0],
      [0, 1, 5],
    ];
    expect(cohenKappaFromTable(table).kappa).toBeCloseTo(0.4842, 4);
    expect(cohenKappaFromTable(table, 'linear').kappa).toBeCloseTo(0.4701, 4);
  });
});

describe("Cohen's kappa: behaviour", () => {
  it('skips units where a rating is missing and reports how many pairs were used', () => {
    const result = cohenKappa(['y', 'y', null, 'n', 'n'], ['y', 'n', 'n', 'n', undefined]);
    expect(result).toMatchObject({ pairs: 3, skippedPairs: 2, categories: ['n', 'y'] });
    expect(result.kappa).toBeCloseTo(0.4, 10); // po = 2/3, pe = (1·2 + 2·1)/9 = 4/9
  });

  it('weights by position in the given order, not lexically, and lists unused categories', () => {
    const order = ['low', 'mid', 'high', 'extreme'];
    const a = ['low', 'mid', 'high', 'mid', 'low'];
    const b = ['mid', 'mid', 'high', 'low', 'high'];
    const ordered = cohenKappa(a, b, { weights: 'quadratic', order });
    const asPositions = cohenKappa(
      a.map((value) => order.indexOf(value)),
      b.map((value) => order.indexOf(value)),
      { weights: 'quadratic', order: [0, 1, 2, 3] },
    );
    expect(ordered.categories).toEqual(order);
    expect(ordered.kappa).toBeCloseTo(asPositions.kappa, 12);
    expect(cohenKappa(a, b, { weights: 'quadratic' }).categories).toEqual(['high', 'low', 'mid']);
    expect(cohenKappa(a, b, { weights: 'quadratic' }).kappa).not.toBeCloseTo(ordered.kappa, 3);
  });

  it('is NaN when both raters used the same single category throughout', () => {
    expect(cohenKappa([1, 1], [1, 1]).kappa).toBeNaN();
  });

  it('refuses raters of different lengths and data with no complete pair', () => {
    expect(() => cohenKappa([1, 2], [1])).toThrow(/rates 1 units but the first rater rates 2/);
    expect(() => cohenKappa([1, null], [null, 2])).toThrow(/no unit was rated by both raters/);
  });

  it('is symmetric and at most 1 for every weighting', () => {
    const ratings = fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })), {
      minLength: 1,
      maxLength: 40,
    });
    fc.assert(
      fc.property(ratings, fc.constantFrom('none', 'linear', 'quadratic'), (pairs, weights) => {
        const a = pairs.map(([x]) => x);
        const b = pairs.map(([, y]) => y);
        const forward = cohenKappa(a, b, { weights }).kappa;
        const backward = cohenKappa(b, a, { weights }).kappa;
        if (Number.isNaN(forward)) {
          expect(backward).toBeNaN();
        } else {
          expect(backward).toBeCloseTo(forward, 12);
          expect(forward).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('takes inferred categories from complete pairs only, as scikit-learn and R irr do (issue 11 point 7)', () => {
    // 5 appears only beside a missing rating: it must not become a weight position.
    const withMissing = cohenKappa([1, 2, 4, 1, 2, 5], [1, 2, 2, 1, 4, null], { weights: 'linear' });
    const complete = cohenKappa([1, 2, 4, 1, 2], [1, 2, 2, 1, 4], { weights: 'linear' });
    expect(withMissing.kappa).toBe(complete.kappa);
    expect(withMissing).toMatchObject({ categories: [1, 2, 4], scale: 'inferred', pairs: 5, skippedPairs: 1 });
    // By hand: positions 0,1,2 (span 2); observed disagreement (0.5 + 0.5) / 5 = 0.2; marginals
    // A = (2,2,1)/5, B = (2,2,1)/5; expected Σ w·pA·pB = 2·(0.5·0.16 + 1·0.08 + 0.5·0.08) = 0.4.
    expect(complete.kappa).toBeCloseTo(1 - 0.2 / 0.4, 12);
    // A declared scale keeps its positions (4 sits at position 3, not 2) and says so.
    const declared = cohenKappa([1, 2, 4, 1, 2, 5], [1, 2, 2, 1, 4, null], {
      weights: 'linear',
      order: [1, 2, 3, 4, 5],
    });
    expect(declared).toMatchObject({ scale: 'declared', categories: [1, 2, 3, 4, 5] });
    expect(declared.kappa).not.toBe(complete.kappa);
  });
});
