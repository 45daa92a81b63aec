import { describe, expect, it } from 'vitest';
import {
  adviseThreshold,
  applyIsotonic,
  expectedCalibrationError,
  fitIsotonic,
  reliabilityBands,
  wilsonInterval,
} from './calibration.js';

describe('calibration', () => {
  it('matches the Wilson score intervals published by Newcombe (1998), table I', () => {
    const a = wilsonInterval(81, 263);
    expect(a.low).toBeCloseTo(0.2553, 4);
    expect(a.high).toBeCloseTo(0.3662, 4);
    const b = wilsonInterval(15, 148);
    expect(b.low).toBeCloseTo(0.0624, 4);
    expect(b.high).toBeCloseTo(0.1605, 4);
    const c = wilsonInterval(0, 20);
    expect(c.low).toBe(0);
    expect(c.high).toBeCloseTo(0.1611, 4);
  });

  it('bands accuracy by confidence and measures the gap (ECE)', () => {
    const judged = [
      { confidence: 0.95, correct: true },
      { confidence: 0.95, correct: false },
      { confidence: 0.55, correct: true },
      { confidence: 0.55, correct: true },
    ];
    expect(reliabilityBands(judged)).toEqual([
      { from: 0.5, to: 0.6, count: 2, meanConfidence: 0.55, accuracy: 1 },
      { from: 0.9, to: 1, count: 2, meanConfidence: 0.95, accuracy: 0.5 },
    ]);
    // Half the items 0.45 under-confident, half 0.45 over-confident.
    expect(expectedCalibrationError(judged)).toBeCloseTo(0.45, 10);
  });

  it('fits a non-decreasing map by pooling adjacent violators', () => {
    const steps = fitIsotonic([
      { confidence: 0.6, correct: true },
      { confidence: 0.7, correct: false },
      { confidence: 0.8, correct: true },
      { confidence: 0.9, correct: true },
    ]);
    expect(steps).toEqual([
      { from: 0.6, calibrated: 0.5 },
      { from: 0.8, calibrated: 1 },
    ]);
    expect(applyIsotonic(steps, 0.75)).toBe(0.5);
    expect(applyIsotonic(steps, 0.99)).toBe(1);
  });

  it('suggests the lowest threshold within the target error, and a stricter one by the upper bound', () => {
    // 100 items at 0.99 all right, 100 at 0.8 with 4 wrong, 100 at 0.6 with 40 wrong.
    const judged = [
      ...Array.from({ length: 100 }, () => ({ confidence: 0.99, correct: true })),
      ...Array.from({ length: 100 }, (_, i) => ({ confidence: 0.8, correct: i >= 4 })),
      ...Array.from({ length: 100 }, (_, i) => ({ confidence: 0.6, correct: i >= 40 })),
    ];
    const advice = adviseThreshold(judged, 0.04);
    expect(advice.suggested).toMatchObject({ threshold: 0.8, autoAcceptedShare: 200 / 300, estimatedError: 0.02 });
    expect(advice.suggested?.errorInterval.high).toBeGreaterThan(0.04);
    expect(advice.conservative).toMatchObject({ threshold: 0.99, estimatedError: 0 });
    expect(adviseThreshold(judged, 0).suggested?.threshold).toBe(0.99);
  });
});
