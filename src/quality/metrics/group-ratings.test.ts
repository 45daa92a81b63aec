import { describe, expect, it } from 'vitest';
import { buildCoding } from './categories.js';
import { groupRatings } from './group-ratings.js';
import { krippendorffAlpha } from './krippendorff.js';

describe('groupRatings', () => {
  it('builds a units × raters matrix in order of first appearance, null where a rater is missing', () => {
    const grouped = groupRatings([
      { unit: 'u1', rater: 'ann', value: 'a' },
      { unit: 'u2', rater: 'bob', value: 'b' },
      { unit: 'u1', rater: 'bob', value: 'a' },
    ]);
    expect(grouped).toEqual({
      units: [
        ['a', 'a'],
        [null, 'b'],
      ],
      unitIds: ['u1', 'u2'],
      raterIds: ['ann', 'bob'],
    });
    expect(krippendorffAlpha(grouped.units)).toMatchObject({ units: 1, droppedUnits: 1 });
  });

  it('refuses a rater rating the same unit twice, naming both rows', () => {
    expect(() =>
      groupRatings([
        { unit: 1, rater: 'ann', value: 1 },
        { unit: 1, rater: 'ann', value: 2 },
      ]),
    ).toThrow(/rater "ann" already rated unit 1 in ratings.0/);
  });
});

describe('buildCoding', () => {
  it('orders numbers numerically and strings by code unit, and codes missing values as -1', () => {
    expect(buildCoding([[10, 9, null], [100]], { path: 'x' }).categories).toEqual([9, 10, 100]);
    expect(buildCoding([[0.5, 10, 2]], { path: 'x' }).categories).toEqual([0.5, 2, 10]);
    const strings = buildCoding([['b', 'B', 'a']], { path: 'x' });
    expect(strings.categories).toEqual(['B', 'a', 'b']);
    expect([strings.codeOf('a'), strings.codeOf(undefined), strings.codeOf(Number.NaN)]).toEqual([1, -1, -1]);
  });

  it('refuses a repeated category in the order and infinite numbers', () => {
    expect(() => buildCoding([[1]], { path: 'x', order: [1, 1] })).toThrow(/lists 1 twice/);
    expect(() => buildCoding([[Number.POSITIVE_INFINITY]], { path: 'x' })).toThrow(/finite/);
  });
});
