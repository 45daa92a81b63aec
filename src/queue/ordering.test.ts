import { describe, expect, it } from 'vitest';
import { diversify, similarity, sketch } from './diversity.js';
import {
  entropy,
  leastConfidence,
  margin,
  probabilitiesFromConfidence,
  RANK_UNSCORED,
  rankFor,
  uncertainty,
} from './ordering.js';

/**
 * The worked example of Settles' "Active Learning" (2012) §2.3 as used in modAL's documentation:
 * three instances of a 3-class problem. Least confidence and entropy pick the second instance,
 * margin picks the third — the measures really differ.
 */
const worked = [
  [0.1, 0.85, 0.05],
  [0.6, 0.3, 0.1],
  [0.39, 0.61, 0.0],
];

describe('uncertainty measures (textbook definitions)', () => {
  it('least confidence is 1 − P(ŷ|x): 0.15, 0.40, 0.39', () => {
    expect(worked.map(leastConfidence).map((v) => Number(v.toFixed(6)))).toEqual([0.15, 0.4, 0.39]);
  });
  it('margin is P(ŷ₁|x) − P(ŷ₂|x): 0.75, 0.30, 0.22', () => {
    expect(worked.map(margin).map((v) => Number(v.toFixed(6)))).toEqual([0.75, 0.3, 0.22]);
  });
  it('entropy is −Σ p ln p: 0.5182, 0.8979, 0.6687', () => {
    const h = worked.map(entropy);
    expect(h[0]).toBeCloseTo(0.5181862, 6);
    expect(h[1]).toBeCloseTo(0.89794572, 6);
    expect(h[2]).toBeCloseTo(0.66874809, 6);
  });
  it('each measure puts its own pick first in the queue', () => {
    const first = (measure: 'least_confidence' | 'margin' | 'entropy') => {
      const ranks = worked.map((p, i) => rankFor({ strategy: 'uncertainty', measure, exploration: 0 }, p, `${i}`));
      return ranks.indexOf(Math.min(...ranks));
    };
    expect(first('least_confidence')).toBe(1);
    expect(first('entropy')).toBe(1);
    expect(first('margin')).toBe(2);
  });
  it('scales every measure to [0, 1]: a uniform guess is 1, a sure one 0', () => {
    for (const measure of ['least_confidence', 'margin', 'entropy'] as const) {
      expect(uncertainty(measure, [1 / 3, 1 / 3, 1 / 3])).toBeCloseTo(1, 9);
      expect(uncertainty(measure, [1, 0, 0])).toBe(0);
    }
  });
  it('spreads a lone top confidence over the other classes', () => {
    expect(probabilitiesFromConfidence(0.7, 2)).toEqual([0.7, expect.closeTo(0.3, 9)]);
    expect(probabilitiesFromConfidence(0.4, 4)).toEqual([
      0.4,
      expect.closeTo(0.2, 9),
      expect.closeTo(0.2, 9),
      expect.closeTo(0.2, 9),
    ]);
  });
});

describe('ranks', () => {
  it('oldest keeps arrival order (rank 0); unscored items come after scored ones', () => {
    expect(rankFor({ strategy: 'oldest', measure: 'margin', exploration: 0 }, [0.5, 0.5], 'a')).toBe(0);
    const ordering = { strategy: 'uncertainty', measure: 'margin', exploration: 0 } as const;
    expect(rankFor(ordering, null, 'a')).toBe(RANK_UNSCORED);
    expect(rankFor(ordering, [0.5, 0.5], 'a')).toBeLessThan(rankFor(ordering, [0.9, 0.1], 'b'));
  });
  it('random and exploration placements are reproducible per item and about the asked share', () => {
    const random = { strategy: 'random', measure: 'least_confidence', exploration: 0 } as const;
    expect(rankFor(random, [0.9, 0.1], 'x')).toBe(rankFor(random, [0.6, 0.4], 'x'));
    const explore = { strategy: 'uncertainty', measure: 'least_confidence', exploration: 0.2 } as const;
    const sure = rankFor({ ...explore, exploration: 0 }, [0.99, 0.01], 'k');
    let moved = 0;
    for (let i = 0; i < 2_000; i++) if (rankFor(explore, [0.99, 0.01], `item-${i}`) !== sure) moved++;
    expect(moved / 2_000).toBeGreaterThan(0.17);
    expect(moved / 2_000).toBeLessThan(0.23);
  });
});

describe('diversity', () => {
  const offer = 'Limited offer: buy cheap watches now, free shipping on every order this week only';
  it('scores near-duplicates high and different texts low', () => {
    expect(similarity(sketch(offer), sketch(`${offer}!`))).toBe(1);
    expect(similarity(sketch(offer), sketch('Meeting moved to Thursday, see the agenda attached'))).toBe(0);
  });
  it('defers a near-duplicate behind the rest of the head', () => {
    const head = [offer, `${offer} and more`, 'Quarterly report draft for review', 'Lunch on Friday?'].map(
      (text, id) => ({ id, sketch: sketch(text) }),
    );
    expect(diversify(head).map((e) => e.id)).toEqual([0, 2, 3, 1]);
  });
});
