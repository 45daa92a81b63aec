import { describe, expect, it } from 'vitest';
import { boxF1, meanPairwise, spanAgreement } from './regions.js';

const span = (start: number, end: number, label = 'PER') => ({ start, end, label });
const box = (x: number, y: number, width: number, height: number, label = 'cat') => ({ label, x, y, width, height });

describe('span agreement', () => {
  it('scores exact and overlap matches separately (IoU ≥ 0.5, same label)', () => {
    const a = [span(0, 10), span(20, 25, 'LOC'), span(40, 50)];
    const b = [span(0, 10), span(21, 25, 'LOC'), span(45, 60)];
    // exact: only 0..10 (F1 = 2·1/6); overlap: 0..10 and 20..25 vs 21..25 (IoU 0.8), not 40..50 vs 45..60 (IoU 1/4).
    expect(spanAgreement(a, b)).toEqual({ exact: 1 / 3, overlap: 2 / 3 });
  });

  it('needs the same label, lets a lower threshold accept weaker overlaps, and counts two empty lists as agreement', () => {
    expect(spanAgreement([span(0, 5, 'PER')], [span(0, 5, 'LOC')])).toEqual({ exact: 0, overlap: 0 });
    expect(spanAgreement([span(40, 50)], [span(45, 60)], { minIoU: 0.2 }).overlap).toBe(1);
    expect(spanAgreement([], [])).toEqual({ exact: 1, overlap: 1 });
    expect(spanAgreement([span(0, 5)], [])).toEqual({ exact: 0, overlap: 0 });
  });

  it('matches one to one: a duplicate span does not match twice', () => {
    expect(spanAgreement([span(0, 5), span(0, 5)], [span(0, 5)]).exact).toBeCloseTo(2 / 3, 12);
  });
});

describe('box F1', () => {
  it('matches same-label boxes with IoU ≥ 0.5', () => {
    const a = [box(0, 0, 10, 10), box(50, 50, 10, 10), box(0, 0, 10, 10, 'dog')];
    const b = [box(1, 0, 10, 10), box(55, 55, 10, 10), box(0, 0, 10, 10, 'cat')];
    // IoU(0,0 vs 1,0) = 90/110 matches; (50,50 vs 55,55) = 25/175 does not; dog vs cat never.
    expect(boxF1(a, b)).toBeCloseTo((2 * 1) / 6, 12);
    expect(boxF1(a, b, { minIoU: 0.1 })).toBeCloseTo((2 * 2) / 6, 12);
  });
});

describe('meanPairwise', () => {
  it('averages a score over every pair of annotators', () => {
    const boxes = [[box(0, 0, 10, 10)], [box(0, 0, 10, 10)], []];
    expect(meanPairwise(boxes, (a, b) => boxF1(a, b))).toBeCloseTo(1 / 3, 12);
    expect(() => meanPairwise([[]], boxF1)).toThrow(/two annotators/);
  });
});
