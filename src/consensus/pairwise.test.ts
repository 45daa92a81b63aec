import { describe, expect, it } from 'vitest';
import { validateAnswer } from '../schemas/answer.js';
import type { LabelSchemaInput } from '../schemas/label-schema.js';
import { LabelSchema } from '../schemas/label-schema.js';
import { aggregateResponses } from './aggregate.js';

type QuestionInput = LabelSchemaInput['questions'][number];

/** Each value is one responder's answer; `undefined` means that responder left the question out. */
function aggregate(question: QuestionInput, values: readonly unknown[]) {
  const schema = LabelSchema.parse({ questions: [question] });
  const responses = values.map((value, index) => ({
    userId: index + 1,
    answer: value === undefined ? {} : { [question.name]: value },
  }));
  for (const response of responses) expect(validateAnswer(schema, response.answer, {})).toEqual([]);
  const result = aggregateResponses(schema, responses);
  return { value: result.answer[question.name], ...result.questions[question.name] };
}

const preference: QuestionInput = { name: 'preference', type: 'pairwise', fields: ['left', 'right'] };
const strict: QuestionInput = { ...preference, allowTie: false };

describe('pairwise consensus', () => {
  it('returns the unanimous preference with agreement 1', () => {
    expect(aggregate(preference, ['b', 'b'])).toEqual({
      value: 'b',
      agreement: 1,
      method: 'majority_vote',
      answered: 2,
    });
  });

  it('takes the majority; agreement is its share', () => {
    // 2 of 3 prefer a: 2/3.
    const result = aggregate(preference, ['a', 'b', 'a']);
    expect(result.value).toBe('a');
    expect(result.agreement).toBeCloseTo(2 / 3, 10);
  });

  it('answers tie when a and b draw and ties are allowed', () => {
    // a 1, b 1: the answer is tie; agreement is the share of a (= of b), 1/2.
    expect(aggregate(preference, ['a', 'b'])).toMatchObject({ value: 'tie', agreement: 0.5 });
    // a 2, b 2, tie 1: still a draw between a and b; 2/5.
    expect(aggregate(preference, ['tie', 'b', 'a', 'a', 'b'])).toMatchObject({ value: 'tie', agreement: 0.4 });
  });

  it('breaks other ties by the earliest first vote', () => {
    expect(aggregate(strict, ['b', 'a'])).toMatchObject({ value: 'b', agreement: 0.5 });
    // a 1, tie 1, b 0: a and b do not draw, so the earliest vote (a) wins.
    expect(aggregate(preference, ['a', 'tie'])).toMatchObject({ value: 'a', agreement: 0.5 });
  });

  it('counts only responders who answered an optional comparison', () => {
    expect(aggregate({ ...preference, required: false }, ['a', undefined, 'a'])).toMatchObject({
      value: 'a',
      agreement: 1,
      answered: 2,
    });
  });
});
