import { describe, expect, it } from 'vitest';
import { validateAnswer } from '../schemas/answer.js';
import type { LabelSchemaInput } from '../schemas/label-schema.js';
import { LabelSchema } from '../schemas/label-schema.js';
import { aggregateResponses } from './aggregate.js';
import type { AggregateOptions } from './types.js';

type QuestionInput = LabelSchemaInput['questions'][number];

/** Each value is one responder's answer; `undefined` means that responder left the question out. */
function aggregate(question: QuestionInput, values: readonly unknown[], options: AggregateOptions = {}) {
  const schema = LabelSchema.parse({ questions: [question] });
  const responses = values.map((value, index) => ({
    userId: index + 1,
    answer: value === undefined ? {} : { [question.name]: value },
  }));
  for (const response of responses) expect(validateAnswer(schema, response.answer, {})).toEqual([]);
  const result = aggregateResponses(schema, responses, options);
  return { value: result.answer[question.name], ...result.questions[question.name] };
}

const quality: QuestionInput = { name: 'quality', type: 'rating', min: 1, max: 5 };

describe('rating consensus', () => {
  it('returns the unanimous score with agreement 1', () => {
    expect(aggregate(quality, [4, 4, 4])).toEqual({ value: 4, agreement: 1, method: 'mean', answered: 3 });
  });

  it('rounds the mean onto the scale; agreement is 1 − mean deviation / range', () => {
    // mean(4, 5, 5) = 4.67 → 5; deviations 1, 0, 0 → mean 1/3; 1 − (1/3) / (5 − 1) = 11/12.
    const result = aggregate(quality, [4, 5, 5]);
    expect(result.value).toBe(5);
    expect(result.agreement).toBeCloseTo(11 / 12, 10);
  });

  it('rounds a mean halfway between grid values up', () => {
    // 0..10 in steps of 2.5: mean(5, 7.5) = 6.25 is 2.5 steps from 0 → 3 steps → 7.5.
    // Deviations 2.5, 0 → mean 1.25; 1 − 1.25 / 10 = 0.875.
    const result = aggregate({ name: 'score', type: 'rating', min: 0, max: 10, step: 2.5 }, [5, 7.5]);
    expect(result).toMatchObject({ value: 7.5, agreement: 0.875 });
  });

  it('returns clean decimals on a 0.1 grid', () => {
    const confidence: QuestionInput = { name: 'confidence', type: 'rating', min: 0, max: 1, step: 0.1 };
    // 0.1 · 3 is 0.30000000000000004 in floating point; the answer must read 0.3.
    expect(aggregate(confidence, [0.3, 0.3]).value).toBe(0.3);
    // mean(0.1, 0.2) = 0.15 is computed as 1.4999999999999998 steps; it still rounds up to 0.2.
    // Deviations 0.1, 0 → 1 − 0.05 / 1 = 0.95.
    const result = aggregate(confidence, [0.1, 0.2]);
    expect(result.value).toBe(0.2);
    expect(result.agreement).toBeCloseTo(0.95, 10);
  });

  it('takes the lower middle score for an even count with the median option', () => {
    // Sorted 1, 2, 4, 5 → lower middle 2; deviations 1, 0, 2, 3 → mean 1.5; 1 − 1.5 / 4 = 0.625.
    const result = aggregate(quality, [2, 4, 5, 1], { ratingAggregate: 'median' });
    expect(result).toMatchObject({ value: 2, agreement: 0.625, method: 'median' });
    // The mean of the same scores is 3: deviations 1, 1, 2, 2 → 1 − 1.5 / 4.
    expect(aggregate(quality, [2, 4, 5, 1])).toMatchObject({ value: 3, agreement: 0.625 });
  });

  it('halves the agreement when two responders sit at opposite ends of the scale', () => {
    // mean(1, 5) = 3; deviations 2, 2 → 1 − 2 / 4 = 0.5 with the mean;
    // the median is 1: deviations 0, 4 → 1 − 2 / 4 = 0.5 as well.
    expect(aggregate(quality, [1, 5])).toMatchObject({ value: 3, agreement: 0.5 });
    expect(aggregate(quality, [1, 5], { ratingAggregate: 'median' })).toMatchObject({ value: 1, agreement: 0.5 });
  });

  it('ignores responders who skipped an optional rating', () => {
    expect(aggregate({ ...quality, required: false }, [undefined, 2, null, 2])).toMatchObject({
      value: 2,
      agreement: 1,
      answered: 2,
    });
  });
});

const review: QuestionInput = {
  name: 'review',
  type: 'rubric',
  criteria: [
    { name: 'clarity', min: 1, max: 5 },
    { name: 'accuracy', min: 0, max: 10 },
  ],
};

describe('rubric consensus', () => {
  it('returns unanimous scores with agreement 1', () => {
    const scores = { clarity: 3, accuracy: 7 };
    expect(aggregate(review, [scores, scores])).toMatchObject({ value: scores, agreement: 1, method: 'mean' });
  });

  it('combines each criterion on its own scale and averages the agreements', () => {
    // clarity 4, 5, 5 → 5 with agreement 11/12 (as for the rating above);
    // accuracy 10, 6, 8 → mean 8; deviations 2, 2, 0 → 4/3; 1 − (4/3) / 10 = 13/15;
    // rubric agreement = (11/12 + 13/15) / 2 = (55/60 + 52/60) / 2 = 107/120.
    const result = aggregate(review, [
      { clarity: 4, accuracy: 10 },
      { clarity: 5, accuracy: 6 },
      { clarity: 5, accuracy: 8 },
    ]);
    expect(result.value).toEqual({ clarity: 5, accuracy: 8 });
    expect(result.agreement).toBeCloseTo(107 / 120, 10);
  });

  it('applies the median option to every criterion', () => {
    const result = aggregate(
      review,
      [
        { clarity: 1, accuracy: 0 },
        { clarity: 5, accuracy: 10 },
      ],
      { ratingAggregate: 'median' },
    );
    expect(result).toMatchObject({ value: { clarity: 1, accuracy: 0 }, method: 'median' });
  });

  it('is left out of the answer when nobody filled in an optional rubric', () => {
    const schema = LabelSchema.parse({ questions: [{ ...review, required: false }] });
    const result = aggregateResponses(schema, [
      { userId: 1, answer: {} },
      { userId: 2, answer: { review: null } },
    ]);
    expect(result).toEqual({ answer: {}, agreement: 1, questions: {} });
  });
});
