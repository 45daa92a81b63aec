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

const verdict: QuestionInput = {
  name: 'verdict',
  type: 'single_choice',
  options: [{ value: 'spam' }, { value: 'ham' }, { value: 'unsure' }],
};

describe('single_choice consensus', () => {
  it('returns the unanimous choice with agreement 1', () => {
    expect(aggregate(verdict, ['ham', 'ham', 'ham'])).toEqual({
      value: 'ham',
      agreement: 1,
      method: 'majority_vote',
      answered: 3,
    });
  });

  it('takes the majority; agreement is the winner’s share', () => {
    // 2 of 3 said spam: 2/3.
    const result = aggregate(verdict, ['spam', 'ham', 'spam']);
    expect(result.value).toBe('spam');
    expect(result.agreement).toBeCloseTo(2 / 3, 10);
  });

  it('breaks a tie in favour of the value voted first', () => {
    expect(aggregate(verdict, ['ham', 'spam', 'spam', 'ham']).value).toBe('ham');
    expect(aggregate(verdict, ['unsure', 'spam', 'ham', 'ham', 'spam']).value).toBe('spam');
    expect(aggregate(verdict, ['unsure', 'spam', 'ham', 'ham', 'spam']).agreement).toBeCloseTo(2 / 5, 10);
  });

  it('counts only the responders who answered an optional question', () => {
    // 2 of the 3 who answered said ham: 2/3, not 2/4.
    const result = aggregate({ ...verdict, required: false }, ['spam', undefined, 'ham', 'ham']);
    expect(result).toMatchObject({ value: 'ham', answered: 3 });
    expect(result.agreement).toBeCloseTo(2 / 3, 10);
  });
});

const topics: QuestionInput = {
  name: 'topics',
  type: 'multi_choice',
  options: [{ value: 'billing' }, { value: 'bug' }, { value: 'feature' }],
};

describe('multi_choice consensus', () => {
  it('returns the unanimous selection in option order with agreement 1', () => {
    expect(
      aggregate(topics, [
        ['feature', 'billing'],
        ['billing', 'feature'],
      ]),
    ).toMatchObject({
      value: ['billing', 'feature'],
      agreement: 1,
      method: 'per_option_majority',
    });
  });

  it('keeps options chosen by more than half; agreement is the mean pairwise Jaccard', () => {
    // billing 3/3 kept, bug 1/3 and feature 1/3 dropped.
    // Jaccard: {billing,bug}~{billing} = 1/2, {billing,bug}~{billing,feature} = 1/3,
    // {billing}~{billing,feature} = 1/2; mean = (1/2 + 1/3 + 1/2) / 3 = 4/9.
    const result = aggregate(topics, [['billing', 'bug'], ['billing'], ['billing', 'feature']]);
    expect(result.value).toEqual(['billing']);
    expect(result.agreement).toBeCloseTo(4 / 9, 10);
  });

  it('drops an option chosen by exactly half', () => {
    // bug 1/2 and billing 1/2: neither is more than half; disjoint sets have Jaccard 0.
    expect(aggregate(topics, [['bug'], ['billing']])).toMatchObject({ value: [], agreement: 0 });
    expect(aggregate(topics, [['bug', 'billing'], ['bug'], ['billing'], ['bug']]).value).toEqual(['bug']);
  });

  it('treats two empty selections as full agreement', () => {
    expect(aggregate(topics, [[], []])).toMatchObject({ value: [], agreement: 1 });
  });

  it('leaves out responders who skipped an optional question', () => {
    // Only the two answers count: bug 2/2 kept, feature 1/2 dropped; Jaccard {bug}~{bug,feature} = 1/2.
    const result = aggregate({ ...topics, required: false }, [undefined, ['bug'], null, ['bug', 'feature']]);
    expect(result).toMatchObject({ value: ['bug'], agreement: 0.5, answered: 2 });
  });
});
