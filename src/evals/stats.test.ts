import { describe, expect, it } from 'vitest';
import { compareResults, percentile, wilsonInterval } from './stats.js';

describe('eval statistics', () => {
  it('gives the Wilson score interval of worked examples', () => {
    // 8 of 10: p̂ = 0.8, z = 1.96 → (0.8 + 0.19207 ± 0.31361) / 1.38415.
    const eight = wilsonInterval(8, 10);
    expect(eight?.low).toBeCloseTo(0.4902, 4);
    expect(eight?.high).toBeCloseTo(0.9433, 4);
    // All wins still leaves room below 1; none leaves room above 0.
    expect(wilsonInterval(5, 5)?.low).toBeCloseTo(0.5655, 4);
    expect(wilsonInterval(0, 5)?.high).toBeCloseTo(0.4345, 4);
    expect(wilsonInterval(0, 0)).toBeNull();
    for (const n of [1, 3, 7, 10, 49, 1000]) {
      expect(wilsonInterval(0, n)?.low, `0 of ${n}`).toBe(0);
      expect(wilsonInterval(n, n)?.high, `${n} of ${n}`).toBe(1);
    }
  });

  it('takes nearest-rank percentiles', () => {
    const values = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(100);
    expect(percentile([], 50)).toBeNull();
  });

  it('leaves entries unscored in either run out of the comparison', () => {
    const entry = (externalId: string, pass: boolean | null, score: number | null) => ({
      externalId,
      metadata: {},
      pass,
      score,
      cost: null,
      latencyMs: null,
    });
    const result = compareResults(
      [entry('a', true, 1), entry('b', false, 0.5), entry('c', null, null)],
      [entry('a', true, 1), entry('b', true, 1), entry('c', true, 1)],
    );
    expect(result.compared).toBe(2);
    expect(result.winRate).toMatchObject({ wins: 0, losses: 1, ties: 1, rate: 0 });
    expect(result.regressions).toEqual([
      { externalId: 'b', kind: 'pass_to_fail', baseline: { pass: true, score: 1 }, run: { pass: false, score: 0.5 } },
    ]);
  });
});
