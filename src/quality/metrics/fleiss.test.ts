import { describe, expect, it } from 'vitest';
import { fleissKappa, fleissKappaFromUnits } from './fleiss.js';
import { percentAgreement } from './percent.js';

// Wikipedia, "Fleiss' kappa", worked example: 10 subjects, 14 raters, 5 categories.
// Published: P̄ = 0.378, P̄_e = 0.213, κ = 0.210 (statsmodels' test_fleiss_kappa uses the same table).
const wikipediaTable = [
  [0, 0, 0, 0, 14],
  [0, 2, 6, 4, 2],
  [0, 0, 3, 5, 6],
  [0, 3, 9, 2, 0],
  [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0],
  [3, 2, 6, 3, 0],
  [2, 5, 3, 2, 2],
  [6, 5, 2, 1, 0],
  [0, 2, 2, 3, 7],
];

// Fleiss (1971), psychiatric diagnoses of 30 patients by 6 raters into 5 categories, as in
// statsmodels' test_inter_rater.py (`diagnoses`); R irr::kappam.fleiss gives 0.4302445
// (Fleiss 1971 reports 0.430).
const diagnoses = [
  [4, 4, 4, 4, 4, 4],
  [2, 2, 2, 5, 5, 5],
  [2, 3, 3, 3, 3, 5],
  [5, 5, 5, 5, 5, 5],
  [2, 2, 2, 4, 4, 4],
  [1, 1, 3, 3, 3, 3],
  [3, 3, 3, 3, 5, 5],
  [1, 1, 3, 3, 3, 4],
  [1, 1, 4, 4, 4, 4],
  [5, 5, 5, 5, 5, 5],
  [1, 4, 4, 4, 4, 4],
  [1, 2, 4, 4, 4, 4],
  [2, 2, 2, 3, 3, 3],
  [1, 4, 4, 4, 4, 4],
  [2, 2, 4, 4, 4, 5],
  [3, 3, 3, 3, 3, 5],
  [1, 1, 1, 4, 5, 5],
  [1, 1, 1, 1, 1, 2],
  [2, 2, 4, 4, 4, 4],
  [1, 3, 3, 5, 5, 5],
  [5, 5, 5, 5, 5, 5],
  [2, 4, 4, 4, 4, 4],
  [2, 2, 4, 5, 5, 5],
  [1, 1, 4, 4, 4, 4],
  [1, 4, 4, 4, 4, 5],
  [2, 2, 2, 2, 2, 4],
  [1, 1, 1, 1, 5, 5],
  [2, 2, 4, 4, 4, 4],
  [1, 3, 3, 3, 3, 3],
  [5, 5, 5, 5, 5, 5],
];

/** Expands a counts table into one rating per rater: subject i gets counts[i][j] copies of category j. */
const ratingsOf = (table: readonly (readonly number[])[]) =>
  table.map((row) => row.flatMap((count, category) => Array<number>(count).fill(category)));

describe("Fleiss' kappa: published values", () => {
  it("reproduces Wikipedia's worked example: P̄ 0.378, P̄e 0.213, κ 0.210", () => {
    const result = fleissKappa(wikipediaTable);
    expect(result.kappa).toBeCloseTo(0.21, 3);
    expect(result.observedAgreement).toBeCloseTo(0.378, 3);
    expect(result.expectedAgreement).toBeCloseTo(0.213, 3);
    expect(result).toMatchObject({ subjects: 10, raters: 14 });
    expect(result.categoryShares[0]).toBeCloseTo(0.143, 3);
  });

  it('reproduces Fleiss (1971) diagnoses: 0.4302445 (R irr, via statsmodels tests)', () => {
    expect(fleissKappaFromUnits(diagnoses).kappa).toBeCloseTo(0.4302445, 7);
  });

  it("gives percent agreement = Fleiss' P̄ on the Wikipedia example (0.378)", () => {
    const result = percentAgreement(ratingsOf(wikipediaTable));
    expect(result.agreement).toBeCloseTo(0.378, 3);
    expect(result).toMatchObject({ units: 10, pairs: 10 * 91 });
  });
});

describe("Fleiss' kappa: behaviour", () => {
  it('gives the same kappa from counts and from the ratings they summarise', () => {
    expect(fleissKappaFromUnits(ratingsOf(wikipediaTable)).kappa).toBeCloseTo(fleissKappa(wikipediaTable).kappa, 12);
  });

  it('refuses subjects with different numbers of ratings, naming the subject and pointing to alpha', () => {
    expect(() =>
      fleissKappaFromUnits([
        ['a', 'b', 'a'],
        ['a', null, 'b'],
      ]),
    ).toThrow(/has 2 ratings but subject 0 has 3: .*Krippendorff's alpha/);
    expect(() =>
      fleissKappa([
        [1, 0],
        [0, 1],
      ]),
    ).toThrow(/at least 2 ratings per subject/);
    expect(() => fleissKappa([[1.5, 0.5]])).toThrow(/whole count/);
  });

  it('is NaN when every rating is in one category', () => {
    expect(
      fleissKappa([
        [3, 0],
        [3, 0],
      ]).kappa,
    ).toBeNaN();
  });
});

describe('percent agreement', () => {
  it('averages the share of agreeing pairs over units with two or more ratings', () => {
    const result = percentAgreement([['a', 'a', 'b'], ['c', 'c'], ['d'], [null, 'e']]);
    expect(result.agreement).toBeCloseTo((1 / 3 + 1) / 2, 12);
    expect(result).toMatchObject({ units: 2, droppedUnits: 2, pairs: 4 });
  });

  it('refuses data where no unit has two ratings', () => {
    expect(() => percentAgreement([['a'], [null, 'b']])).toThrow(/no unit has two or more ratings/);
  });
});
