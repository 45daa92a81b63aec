import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../errors.js';
import { codeUnits } from './coded-units.js';
import { coincidenceMatrix } from './coincidence.js';
import { alphaFromCodedUnits, krippendorffAlpha } from './krippendorff.js';

const _ = null;

/** Transposes observers × units (Krippendorff's layout) into the units × values rows the API takes. */
function byUnit(observers: readonly (readonly (number | string | null)[])[]) {
  return (observers[0] ?? []).map((_value, unit) => observers.map((row) => row[unit] ?? null));
}

// Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
// Communication, University of Pennsylvania (repository.upenn.edu/asc_papers/43), section C:
// 4 observers × 12 units with missing data. Published: nominal .743, ordinal .815,
// interval .849, ratio .797. NLTK's test_disagreement.py reproduces the nominal value as
// 0.743421052632; fast-krippendorff's tests/test_krippendorff.py the ordinal (0.815) and ratio (0.797).
const krippendorff2011 = byUnit([
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
]);

// Wikipedia, "Krippendorff's alpha", "A computational example": 3 coders × 15 units, nominal
// α = 0.691; fast-krippendorff's tests give 0.691358 (nominal) and 0.810845 (interval) for it.
const wikipedia = byUnit([
  [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3],
  [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _],
  [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4],
]);

describe("Krippendorff's alpha: published values", () => {
  it('reproduces Krippendorff (2011) for all four levels', () => {
    const nominal = krippendorffAlpha(krippendorff2011, { level: 'nominal' });
    expect(nominal.alpha).toBeCloseTo(0.743421052632, 10);
    expect(krippendorffAlpha(krippendorff2011, { level: 'ordinal' }).alpha).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(krippendorff2011, { level: 'interval' }).alpha).toBeCloseTo(0.849, 3);
    expect(krippendorffAlpha(krippendorff2011, { level: 'ratio' }).alpha).toBeCloseTo(0.797, 3);
    // Unit 12 has a single value and is dropped; the 11 others hold n = 40 pairable values.
    expect(nominal).toMatchObject({ units: 11, droppedUnits: 1, pairableValues: 40 });
  });

  it("reproduces Wikipedia's computational example (nominal and interval)", () => {
    expect(krippendorffAlpha(wikipedia).alpha).toBeCloseTo(0.691358, 6);
    expect(krippendorffAlpha(wikipedia, { level: 'interval' }).alpha).toBeCloseTo(0.810845, 6);
    expect(krippendorffAlpha(wikipedia)).toMatchObject({ units: 12, droppedUnits: 3 });
  });

  it('ranks strings by a given order (fast-krippendorff test_string_labels_ordinal_with_domain: 0.815)', () => {
    const names = ['very low', 'low', 'mid', 'high', 'very high'];
    const asNames = krippendorff2011.map((unit) =>
      unit.map((value) => (value === null ? null : names[Number(value) - 1])),
    );
    expect(krippendorffAlpha(asNames, { level: 'ordinal', order: names }).alpha).toBeCloseTo(0.815, 3);
  });

  it('handles string labels (fast-krippendorff test_string_labels_nominal: 0.722222)', () => {
    const data = byUnit([
      ['pos', 'neg', 'neu', _],
      ['pos', 'neg', 'neu', 'pos'],
      ['pos', 'neg', 'pos', 'pos'],
    ]);
    expect(krippendorffAlpha(data).alpha).toBeCloseTo(0.722222, 6);
  });

  it('matches the "dress" example of NLTK test_disagreement.py (-1/3), with or without a lone rating', () => {
    const dresses = [['YES', 'NO', 'NO'], ['YES', 'NO'], ['NO']];
    expect(krippendorffAlpha(dresses).alpha).toBeCloseTo(-1 / 3, 7);
    expect(krippendorffAlpha(dresses.slice(0, 2)).alpha).toBeCloseTo(-1 / 3, 7);
  });
});

describe("Krippendorff's alpha: behaviour", () => {
  it('builds the coincidence matrix one unit at a time, each unit contributing its m_u values', () => {
    // Unit [1, 1, 2]: o_11 = 2·1/2, o_12 = o_21 = 2·1/2; unit [2, 2]: o_22 = 2·1/1.
    const coincidences = coincidenceMatrix(codeUnits([[1, 1, 2], [2, 2], [3]]));
    expect([...coincidences.matrix]).toEqual([1, 1, 0, 1, 2, 0, 0, 0, 0]);
    expect(coincidences).toMatchObject({ pairableValues: 5, pairableUnits: 2 });
  });

  it('matches a hand computation: interval, one disagreeing unit', () => {
    // n = 8 (n_1 = 3, n_2 = 3, n_3 = 2); Σ o·δ = 2·(1−2)² = 2; Σ n_c·n_k·δ = 2·(9·1 + 6·4 + 6·1) = 78.
    const result = krippendorffAlpha(
      [
        [1, 1],
        [2, 2],
        [3, 3],
        [1, 2],
      ],
      { level: 'interval' },
    );
    expect(result.alpha).toBeCloseTo(1 - (7 * 2) / 78, 12);
    expect(result.observedDisagreement).toBeCloseTo(2 / 8, 12);
    expect(result.expectedDisagreement).toBeCloseTo(78 / 56, 12);
  });

  it('is NaN when every pairable value is the same (no variation, alpha undefined)', () => {
    const result = krippendorffAlpha([[2, 2], [2, 2, null], [7]]);
    expect(result.alpha).toBeNaN();
    expect(result.expectedDisagreement).toBe(0);
  });

  it('treats null, undefined and NaN as missing, and gives 1 for perfect agreement with variation', () => {
    expect(
      krippendorffAlpha(
        [
          [1, 1, undefined],
          [2, Number.NaN, 2],
          [3, 3],
        ],
        { level: 'interval' },
      ).alpha,
    ).toBe(1);
  });

  it('refuses data with no unit of two values, non-numbers for interval, negatives for ratio, unknown order values', () => {
    expect(() => krippendorffAlpha([[1], [2, null]])).toThrow(/no unit has two or more values/);
    expect(() => krippendorffAlpha([['a', 'b']], { level: 'interval' })).toThrow(/interval alpha needs numbers/);
    expect(() => krippendorffAlpha([[-1, 2]], { level: 'ratio' })).toThrow(/ratio alpha needs values ≥ 0/);
    expect(() => krippendorffAlpha([['a', 'z']], { level: 'ordinal', order: ['a', 'b'] })).toThrow(ValidationError);
    expect(() => krippendorffAlpha([[1, '1']])).toThrow(/mixes numbers and strings/);
  });

  it('gives the same alpha with and without materialising the coincidence matrix (many distinct values)', () => {
    const unitsArbitrary = fc.array(
      fc.array(fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }), { minLength: 0, maxLength: 5 }),
      { minLength: 1, maxLength: 25 },
    );
    fc.assert(
      fc.property(unitsArbitrary, fc.constantFrom('nominal', 'ordinal', 'interval', 'ratio'), (units, level) => {
        const coded = codeUnits(units);
        if (coded.categories.length < 2) return;
        let dense: number;
        try {
          dense = alphaFromCodedUnits(coded, level).alpha;
        } catch {
          return; // no pairable unit: both paths refuse it
        }
        const wide = alphaFromCodedUnits(coded, level, 0).alpha;
        if (Number.isNaN(dense)) expect(wide).toBeNaN();
        else expect(wide).toBeCloseTo(dense, 9);
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on unit order or on the order of values within a unit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 4 }), {
          minLength: 2,
          maxLength: 20,
        }),
        (units) => {
          const shuffled = [...units].reverse().map((unit) => [...unit].reverse());
          const a = krippendorffAlpha(units, { level: 'ordinal' }).alpha;
          const b = krippendorffAlpha(shuffled, { level: 'ordinal' }).alpha;
          if (Number.isNaN(a)) expect(b).toBeNaN();
          else expect(b).toBeCloseTo(a, 12);
        },
      ),
      { numRuns: 100 },
    );
  });
});
