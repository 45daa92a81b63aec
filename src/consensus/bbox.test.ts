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

const objects: QuestionInput = {
  name: 'objects',
  type: 'bbox',
  field: 'image',
  labels: [{ value: 'cat' }, { value: 'dog' }],
};

const cat = { label: 'cat', x: 10, y: 10, width: 20, height: 20 };
const dog = { label: 'dog', x: 60, y: 5, width: 10, height: 10 };

describe('bbox consensus', () => {
  it('returns unanimous boxes top first with agreement 1', () => {
    expect(
      aggregate(objects, [
        [cat, dog],
        [dog, cat],
      ]),
    ).toEqual({
      value: [dog, cat],
      agreement: 1,
      method: 'overlap_merge',
      answered: 2,
    });
  });

  it('averages overlapping boxes and drops minority boxes', () => {
    // cat at x 10 and x 12: overlap 18×20 = 360 of 400 + 400 − 360 = 440 → IoU 0.82, one cluster
    // of 2 of 3 responders → mean x 11. The dog (1 of 3) is dropped.
    const result = aggregate(objects, [[cat], [{ ...cat, x: 12 }], [dog]]);
    expect(result.value).toEqual([{ ...cat, x: 11 }]);
    // Pairwise F1: r1~r2 1, r1~r3 0, r2~r3 0 → 1/3.
    expect(result.agreement).toBeCloseTo(1 / 3, 10);
  });

  it('rounds merged coordinates to 2 decimals', () => {
    // mean(10.1, 10.2, 10.2) = 10.1666… → 10.17; mean(20, 20, 20.01) = 20.0033… → 20.
    const boxes = [[{ ...cat, x: 10.1 }], [{ ...cat, x: 10.2 }], [{ ...cat, x: 10.2, width: 20.01 }]];
    expect(aggregate(objects, boxes).value).toEqual([{ ...cat, x: 10.17, width: 20 }]);
  });

  it('keeps a merged box inside the image after rounding', () => {
    // x 0.015 → 0.02 and width 99.985 → 99.99 would end at 100.01; the width shrinks to 99.98.
    const edge = { label: 'dog', x: 0.015, y: 0, width: 99.985, height: 50 };
    expect(aggregate(objects, [[edge], [edge]]).value).toEqual([{ ...edge, x: 0.02, width: 99.98 }]);
  });

  it('does not merge boxes below IoU 0.5 or with different labels', () => {
    // x 10 and x 20: overlap 10×20 = 200 of 600 → IoU 1/3: two clusters of one responder each.
    expect(aggregate(objects, [[cat], [{ ...cat, x: 20 }]])).toMatchObject({ value: [], agreement: 0 });
    expect(aggregate(objects, [[cat], [{ ...cat, label: 'dog' }]])).toMatchObject({ value: [], agreement: 0 });
  });

  it('treats two empty box lists as full agreement', () => {
    expect(aggregate(objects, [[], []])).toMatchObject({ value: [], agreement: 1 });
  });

  it('counts only responders who answered an optional bbox question', () => {
    const result = aggregate({ ...objects, required: false }, [null, [cat], [cat]]);
    expect(result).toMatchObject({ value: [cat], agreement: 1, answered: 2 });
  });
});
