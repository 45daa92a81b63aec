import { describe, expect, it } from 'vitest';
import { validateAnswer } from '../schemas/answer.js';
import { LabelSchema } from '../schemas/label-schema.js';
import { aggregateResponses } from './aggregate.js';

const schema = LabelSchema.parse({
  questions: [
    { name: 'verdict', type: 'single_choice', options: [{ value: 'spam' }, { value: 'ham' }] },
    { name: 'topics', type: 'multi_choice', options: [{ value: 'billing' }, { value: 'bug' }] },
    { name: 'quality', type: 'rating', min: 1, max: 5 },
    { name: 'review', type: 'rubric', criteria: [{ name: 'clarity', min: 1, max: 3 }] },
    { name: 'entities', type: 'spans', field: 'text', labels: [{ value: 'PER' }] },
    { name: 'preference', type: 'pairwise', fields: ['left', 'right'] },
    { name: 'order', type: 'ranking', field: 'candidates' },
    { name: 'note', type: 'text', required: false },
    { name: 'objects', type: 'bbox', field: 'image', labels: [{ value: 'cat' }] },
    { name: 'action', type: 'approval' },
  ],
});
const data = { text: 'Alice met Bob.', left: 'x', right: 'y', candidates: ['p', 'q'], image: 'cat.png' };

const fullAnswer = {
  verdict: 'spam',
  topics: ['bug'],
  quality: 4,
  review: { clarity: 2 },
  entities: [{ start: 0, end: 5, label: 'PER', text: 'Alice' }],
  preference: 'a',
  order: [1, 0],
  note: '  looks   fine ',
  objects: [{ label: 'cat', x: 1, y: 2, width: 30, height: 40 }],
  action: { decision: 'edit', arguments: { amount: 10 } },
};

describe('aggregateResponses', () => {
  it('returns a single response as the answer with agreement 1', () => {
    expect(validateAnswer(schema, fullAnswer, data)).toEqual([]);
    const result = aggregateResponses(schema, [{ userId: 7, answer: fullAnswer }]);
    expect(result.answer).toEqual({
      ...fullAnswer,
      entities: [{ start: 0, end: 5, label: 'PER' }],
      note: 'looks fine',
    });
    expect(result.agreement).toBe(1);
    expect(Object.values(result.questions).every((question) => question.agreement === 1)).toBe(true);
    expect(result.questions.entities).toEqual({ agreement: 1, method: 'overlap_merge', answered: 1 });
  });

  it('averages agreement over the answered questions and leaves out questions nobody answered', () => {
    const small = LabelSchema.parse({
      questions: [
        { name: 'verdict', type: 'single_choice', options: [{ value: 'spam' }, { value: 'ham' }] },
        { name: 'quality', type: 'rating', min: 1, max: 5 },
        { name: 'note', type: 'text', required: false },
      ],
    });
    const result = aggregateResponses(small, [
      { userId: 1, answer: { verdict: 'spam', quality: 5 } },
      { userId: 2, answer: { verdict: 'ham', quality: 5, note: null } },
      { userId: 3, answer: { verdict: 'spam', quality: 5 } },
    ]);
    // verdict 2/3, quality 1; item = (2/3 + 1) / 2 = 5/6. The note is not a question anyone answered.
    expect(result.answer).toEqual({ verdict: 'spam', quality: 5 });
    expect(Object.keys(result.questions)).toEqual(['verdict', 'quality']);
    expect(result.agreement).toBeCloseTo(5 / 6, 10);
  });

  it('passes the rating option to rating and rubric questions', () => {
    const responses = [
      { userId: 1, answer: { ...fullAnswer, quality: 1, review: { clarity: 1 } } },
      { userId: 2, answer: { ...fullAnswer, quality: 5, review: { clarity: 3 } } },
    ];
    const result = aggregateResponses(schema, responses, { ratingAggregate: 'median' });
    expect(result.answer).toMatchObject({ quality: 1, review: { clarity: 1 } });
    expect(result.questions.quality?.method).toBe('median');
    expect(aggregateResponses(schema, responses).answer).toMatchObject({ quality: 3, review: { clarity: 2 } });
  });

  it('gives the same result for the same responses in the same order', () => {
    const responses = [
      { userId: 1, answer: fullAnswer },
      { userId: 2, answer: { ...fullAnswer, verdict: 'ham', order: [0, 1] } },
    ];
    expect(aggregateResponses(schema, responses)).toEqual(aggregateResponses(schema, responses));
  });

  it('throws a plain Error for an empty list of responses', () => {
    expect(() => aggregateResponses(schema, [])).toThrow(new Error('cannot aggregate an empty list of responses'));
  });
});
