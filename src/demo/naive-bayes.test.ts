import { describe, expect, it } from 'vitest';
import { logSumExp, tokenize, trainNaiveBayes } from './naive-bayes.js';

const TOY_EXAMPLES = [
  { text: 'Win cash now, free prize money', label: 'spam' },
  { text: 'Free money!!! Claim your prize today', label: 'spam' },
  { text: 'Cheap pills, free shipping, win big', label: 'spam' },
  { text: 'Meeting moved to Tuesday, see agenda', label: 'ham' },
  { text: 'Can you review my patch before the meeting?', label: 'ham' },
  { text: 'Lunch on Tuesday? The agenda can wait', label: 'ham' },
] as const;

describe('tokenize', () => {
  it('keeps lower-case words of 2 to 20 letters, in any script', () => {
    expect(tokenize('FREE money!!! Click-here a x2 Grüße Привет')).toEqual([
      'free',
      'money',
      'click',
      'here',
      'grüße',
      'привет',
    ]);
    expect(tokenize(`ok ${'a'.repeat(20)} ${'b'.repeat(21)}`)).toEqual(['ok', 'a'.repeat(20)]);
  });
});

describe('trainNaiveBayes', () => {
  const model = trainNaiveBayes(TOY_EXAMPLES);

  it('classifies unseen texts of a toy dataset', () => {
    expect(model.predict('free prize for you').label).toBe('spam');
    expect(model.predict('agenda for the Tuesday meeting').label).toBe('ham');
    expect(model.labels).toEqual(['ham', 'spam']);
  });

  it('returns posteriors that sum to 1, with confidence the winning one', () => {
    const prediction = model.predict('free prize, see agenda');
    expect(prediction.scores.ham + prediction.scores.spam).toBeCloseTo(1, 12);
    expect(prediction.confidence).toBe(prediction.scores[prediction.label]);
    expect(prediction.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('falls back to the class priors for text with no known word', () => {
    const skewed = trainNaiveBayes([
      { text: 'alpha', label: 'a' },
      { text: 'alpha', label: 'a' },
      { text: 'alpha', label: 'a' },
      { text: 'beta', label: 'b' },
    ]);
    const prediction = skewed.predict('zzz unknown words only');
    expect(prediction.label).toBe('a');
    expect(prediction.scores.a).toBeCloseTo(0.75, 12);
  });

  it('smooths, so a word never seen with a label does not rule that label out', () => {
    const prediction = model.predict('cash cash cash meeting');
    expect(prediction.scores.ham).toBeGreaterThan(0);
    expect(prediction.scores.spam).toBeGreaterThan(0);
  });

  it('works for any number of labels and stays finite on very long texts', () => {
    const threeWay = trainNaiveBayes([
      { text: 'goal match striker referee', label: 'sport' },
      { text: 'election vote parliament minister', label: 'politics' },
      { text: 'guitar album concert drummer', label: 'music' },
    ]);
    const longText = 'striker goal referee '.repeat(5_000);
    const prediction = threeWay.predict(longText);
    expect(prediction.label).toBe('sport');
    expect(Number.isFinite(prediction.confidence)).toBe(true);
    expect(Object.keys(prediction.scores).sort()).toEqual(['music', 'politics', 'sport']);
  });

  it('caps evidence per text when asked, softening posteriors without changing the winner', () => {
    const text = 'free prize money win cash free prize money';
    const uncapped = model.predict(text);
    const capped = trainNaiveBayes(TOY_EXAMPLES, { maxEvidenceTokens: 2 }).predict(text);
    expect(capped.label).toBe(uncapped.label);
    expect(capped.confidence).toBeLessThan(uncapped.confidence);
  });

  it('rejects an empty training set and non-positive options', () => {
    expect(() => trainNaiveBayes([])).toThrow(RangeError);
    expect(() => trainNaiveBayes(TOY_EXAMPLES, { smoothing: 0 })).toThrow(RangeError);
    expect(() => trainNaiveBayes(TOY_EXAMPLES, { maxEvidenceTokens: 0 })).toThrow(RangeError);
  });
});

describe('logSumExp', () => {
  it('matches the naive formula and survives values that would underflow exp()', () => {
    expect(logSumExp([Math.log(1), Math.log(3)])).toBeCloseTo(Math.log(4), 12);
    expect(logSumExp([-5_000, -5_000])).toBeCloseTo(-5_000 + Math.log(2), 9);
  });
});
