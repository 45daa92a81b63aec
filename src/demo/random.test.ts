import { describe, expect, it } from 'vitest';
import { createSeededRandom, shuffledCopy } from './random.js';

describe('createSeededRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const draw = (seed: number): number[] => {
      const random = createSeededRandom(seed);
      return Array.from({ length: 5 }, () => random());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('yields floats in [0, 1) spread over the whole range', () => {
    const random = createSeededRandom(123);
    const values = Array.from({ length: 10_000 }, () => random());
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });
});

describe('shuffledCopy', () => {
  it('returns a reproducible permutation and leaves the input alone', () => {
    const input = Array.from({ length: 50 }, (_, index) => index);
    const first = shuffledCopy(input, createSeededRandom(1));
    expect(shuffledCopy(input, createSeededRandom(1))).toEqual(first);
    expect([...first].sort((left, right) => left - right)).toEqual(input);
    expect(first).not.toEqual(input);
    expect(input[0]).toBe(0);
  });
});
