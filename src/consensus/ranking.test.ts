import { describe, expect, it } from 'vitest';
import { validateAnswer } from '../schemas/answer.js';
import type { LabelSchemaInput } from '../schemas/label-schema.js';
import { LabelSchema } from '../schemas/label-schema.js';
import { aggregateResponses } from './aggregate.js';

type QuestionInput = LabelSchemaInput['questions'][number];

/** Each value is one responder's answer; `undefined` means that responder left the question out. */
function aggregate(question: QuestionInput, values: readonly unknown[], data: unknown = {}) {
  const schema = LabelSchema.parse({ questions: [question] });
  const responses = values.map((value, index) => ({
    userId: index + 1,
    answer: value === undefined ? {} : { [question.name]: value },
  }));
  for (const response of responses) expect(validateAnswer(schema, response.answer, data)).toEqual([]);
  const result = aggregateResponses(schema, responses);
  return { value: result.answer[question.name], ...result.questions[question.name] };
}

const order: QuestionInput = { name: 'order', type: 'ranking', field: 'candidates' };
const data = { candidates: ['draft A', 'draft B', 'draft C'] };

describe('ranking consensus', () => {
  it('returns the unanimous ranking with agreement 1', () => {
    expect(
      aggregate(
        order,
        [
          [2, 0, 1],
          [2, 0, 1],
        ],
        data,
      ),
    ).toEqual({
      value: [2, 0, 1],
      agreement: 1,
      method: 'borda_count',
      answered: 2,
    });
  });

  it('orders candidates by Borda score; agreement is the mean mapped Kendall tau', () => {
    // Scores (n − 1 − position): [0,1,2] → 0:2 1:1 2:0; [0,2,1] → 0:2 2:1 1:0; [1,0,2] → 1:2 0:1 2:0.
    // Totals 0:5, 1:3, 2:1 → [0, 1, 2].
    // Kendall tau over the 3 candidate pairs: r1~r2 (2 − 1)/3 = 1/3 → (1/3 + 1)/2 = 2/3;
    // r1~r3 1/3 → 2/3; r2~r3 (1 − 2)/3 = −1/3 → 1/3. Mean = (2/3 + 2/3 + 1/3) / 3 = 5/9.
    const result = aggregate(
      order,
      [
        [0, 1, 2],
        [0, 2, 1],
        [1, 0, 2],
      ],
      data,
    );
    expect(result.value).toEqual([0, 1, 2]);
    expect(result.agreement).toBeCloseTo(5 / 9, 10);
  });

  it('breaks equal scores by the lower candidate index; reversed rankings agree 0', () => {
    // [2,1,0] and [0,1,2]: every candidate scores 2; tau = −1 → 0.
    expect(
      aggregate(
        order,
        [
          [2, 1, 0],
          [0, 1, 2],
        ],
        data,
      ),
    ).toMatchObject({ value: [0, 1, 2], agreement: 0 });
  });

  it('counts only responders who answered an optional ranking', () => {
    expect(aggregate({ ...order, required: false }, [null, [1, 2, 0]], data)).toMatchObject({
      value: [1, 2, 0],
      agreement: 1,
      answered: 1,
    });
  });
});
