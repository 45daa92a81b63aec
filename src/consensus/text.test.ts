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

const city: QuestionInput = { name: 'city', type: 'text' };

describe('text consensus', () => {
  it('returns the unanimous answer with agreement 1', () => {
    expect(aggregate(city, ['Paris', 'Paris'])).toEqual({
      value: 'Paris',
      agreement: 1,
      method: 'normalized_mode',
      answered: 2,
    });
  });

  it('compares answers after trimming and collapsing whitespace', () => {
    // "New York" twice after normalizing, "NYC" once: 2/3. Case still counts.
    const result = aggregate(city, ['  New  York\n', 'NYC', 'New York']);
    expect(result.value).toBe('New York');
    expect(result.agreement).toBeCloseTo(2 / 3, 10);
    expect(aggregate(city, ['paris', 'Paris', 'Paris']).value).toBe('Paris');
  });

  it('breaks a tie by the earliest first answer', () => {
    expect(aggregate(city, ['Lyon', 'Paris', 'Paris', 'Lyon'])).toMatchObject({ value: 'Lyon', agreement: 0.5 });
  });

  it('counts only responders who answered an optional text question', () => {
    expect(aggregate({ ...city, required: false }, [undefined, 'Rome', null])).toMatchObject({
      value: 'Rome',
      agreement: 1,
      answered: 1,
    });
  });
});
