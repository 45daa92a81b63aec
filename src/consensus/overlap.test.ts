import { describe, expect, it } from 'vitest';
import { boxIoU, intervalIoU, matchF1 } from './overlap.js';
import { stableStringify } from './stable-stringify.js';

describe('intervalIoU', () => {
  it('divides the shared length by the combined length', () => {
    // 0..10 and 5..15 share 5..10 (5) out of 0..15 (15).
    expect(intervalIoU({ start: 0, end: 10 }, { start: 5, end: 15 })).toBeCloseTo(1 / 3, 10);
    expect(intervalIoU({ start: 2, end: 6 }, { start: 2, end: 6 })).toBe(1);
  });

  it('gives 0 to ranges that only touch or are apart', () => {
    expect(intervalIoU({ start: 0, end: 3 }, { start: 3, end: 5 })).toBe(0);
    expect(intervalIoU({ start: 0, end: 3 }, { start: 7, end: 9 })).toBe(0);
    expect(intervalIoU({ start: 4, end: 4 }, { start: 4, end: 4 })).toBe(0);
  });
});

describe('boxIoU', () => {
  it('divides the shared area by the combined area', () => {
    // Two 10×10 boxes offset by 5 horizontally share 5×10 = 50 of 100 + 100 − 50 = 150.
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(boxIoU(a, { x: 5, y: 0, width: 10, height: 10 })).toBeCloseTo(1 / 3, 10);
    expect(boxIoU(a, a)).toBe(1);
    // A box inside another: 25 / 100.
    expect(boxIoU(a, { x: 0, y: 0, width: 5, height: 5 })).toBe(0.25);
  });

  it('gives 0 to boxes that only share an edge', () => {
    expect(boxIoU({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 })).toBe(0);
  });
});

describe('matchF1', () => {
  const same = (x: number, y: number) => x === y;

  it('scores 2·matched / (|a| + |b|)', () => {
    // 2 and 3 match: 2·2 / (3 + 3).
    expect(matchF1([1, 2, 3], [2, 3, 4], same)).toBeCloseTo(2 / 3, 10);
    expect(matchF1([1], [], same)).toBe(0);
    expect(matchF1([], [], same)).toBe(1);
  });

  it('matches one to one', () => {
    // The second 1 in a has no partner left: 2·1 / (2 + 1).
    expect(matchF1([1, 1], [1], same)).toBeCloseTo(2 / 3, 10);
  });
});

describe('stableStringify', () => {
  it('ignores key order at every depth but keeps array order', () => {
    const a = { to: 'bob', meta: { b: 1, a: [2, 1] } };
    const b = { meta: { a: [2, 1], b: 1 }, to: 'bob' };
    expect(stableStringify(a)).toBe(stableStringify(b));
    expect(stableStringify(a)).toBe('{"meta":{"a":[2,1],"b":1},"to":"bob"}');
    expect(stableStringify({ a: [1, 2] })).not.toBe(stableStringify({ a: [2, 1] }));
  });

  it('keeps a "__proto__" key as data', () => {
    const value = JSON.parse('{"__proto__": {"x": 1}, "a": 2}') as unknown;
    expect(stableStringify(value)).toBe('{"__proto__":{"x":1},"a":2}');
  });
});
