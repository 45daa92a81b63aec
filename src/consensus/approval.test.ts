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

const review: QuestionInput = { name: 'review', type: 'approval' };
const approve = { decision: 'approve' };

describe('approval consensus', () => {
  it('returns the unanimous decision with agreement 1', () => {
    expect(aggregate(review, [approve, approve])).toEqual({
      value: approve,
      agreement: 1,
      method: 'majority_vote',
      answered: 2,
    });
  });

  it('takes the majority decision; agreement is its share', () => {
    // 2 of 3 approve: 2/3. The rejecter's reason is not carried over.
    const result = aggregate(review, [approve, { decision: 'reject', reason: 'wrong recipient' }, approve]);
    expect(result.value).toEqual(approve);
    expect(result.agreement).toBeCloseTo(2 / 3, 10);
  });

  it('carries the most common edited arguments, whatever their key order', () => {
    // 3 of 4 edit: 3/4. Two of the edits are the same object with keys in a different order.
    const result = aggregate(review, [
      { decision: 'edit', arguments: { to: 'bob', cc: 'eve' } },
      { decision: 'reject', reason: 'no' },
      { decision: 'edit', arguments: { to: 'bob', cc: 'carol' } },
      { decision: 'edit', arguments: { cc: 'carol', to: 'bob' } },
    ]);
    expect(result.value).toEqual({ decision: 'edit', arguments: { to: 'bob', cc: 'carol' } });
    expect(result.agreement).toBe(0.75);
  });

  it('carries the reason of the earliest rejection', () => {
    const result = aggregate(review, [
      { decision: 'reject', reason: 'wrong amount' },
      approve,
      { decision: 'reject', reason: 'wrong recipient' },
    ]);
    expect(result.value).toEqual({ decision: 'reject', reason: 'wrong amount' });
    expect(aggregate({ ...review, requireReason: false }, [{ decision: 'reject' }]).value).toEqual({
      decision: 'reject',
    });
  });

  it('breaks a tie by the earliest first decision', () => {
    const rejection = { decision: 'reject', reason: 'unsafe' };
    expect(aggregate(review, [rejection, approve])).toMatchObject({ value: rejection, agreement: 0.5 });
  });

  it('counts only responders who answered an optional approval', () => {
    expect(aggregate({ ...review, required: false }, [undefined, approve])).toMatchObject({
      value: approve,
      answered: 1,
    });
  });
});
