import { describe, expect, it } from 'vitest';
import { codePointLength, sliceCodePoints, validateAnswer } from './answer.js';
import type { LabelSchemaInput } from './label-schema.js';
import { LabelSchema } from './label-schema.js';

type QuestionInput = LabelSchemaInput['questions'][number];

/** Issues for answering a one-question schema with `value`. */
function check(question: QuestionInput, value: unknown, data: unknown = {}) {
  const schema = LabelSchema.parse({ questions: [question] });
  return validateAnswer(schema, { [question.name]: value }, data);
}

const verdict: QuestionInput = {
  name: 'verdict',
  type: 'single_choice',
  options: [{ value: 'spam' }, { value: 'ham' }],
};
const notes: QuestionInput = { name: 'notes', type: 'text', required: false };

describe('validateAnswer: the answer object', () => {
  const schema = LabelSchema.parse({ questions: [verdict, notes] });

  it('returns no issues for a valid answer', () => {
    expect(validateAnswer(schema, { verdict: 'spam', notes: 'obvious' }, {})).toEqual([]);
  });

  it('rejects an answer that is not an object', () => {
    expect(validateAnswer(schema, ['spam'], {})).toEqual([
      { path: [], message: 'expected an object keyed by question name; got an array of 1' },
    ]);
  });

  it('names unknown questions', () => {
    expect(validateAnswer(schema, { verdict: 'ham', verdcit: 'ham' }, {})).toEqual([
      {
        path: ['verdcit'],
        message: 'unknown question "verdcit"; expected one of "verdict", "notes"',
      },
    ]);
  });

  it('requires required questions unless the answer is partial', () => {
    const required = [{ path: ['verdict'], message: 'an answer is required for question "verdict"' }];
    expect(validateAnswer(schema, {}, {})).toEqual(required);
    expect(validateAnswer(schema, { verdict: null }, {})).toEqual(required);
    expect(validateAnswer(schema, {}, {}, { partial: true })).toEqual([]);
  });

  it('still checks the questions a partial answer does give', () => {
    expect(validateAnswer(schema, { notes: 42 }, {}, { partial: true })).toEqual([
      { path: ['notes'], message: 'expected a string; got 42' },
    ]);
  });
});

describe('choice answers', () => {
  it('single_choice names the options when the value is not one', () => {
    expect(check(verdict, 'spam')).toEqual([]);
    expect(check(verdict, 'spma')).toEqual([
      { path: ['verdict'], message: 'expected one of "spam", "ham"; got "spma"' },
    ]);
    expect(check(verdict, ['spam'])).toEqual([
      { path: ['verdict'], message: 'expected one of "spam", "ham"; got an array of 1' },
    ]);
  });

  const topics: QuestionInput = {
    name: 'topics',
    type: 'multi_choice',
    options: [{ value: 'sport' }, { value: 'music' }, { value: 'film' }],
    minSelected: 1,
    maxSelected: 2,
  };

  it('multi_choice accepts distinct option values within the limits', () => {
    expect(check(topics, ['film', 'sport'])).toEqual([]);
  });

  it('multi_choice reports each bad or repeated value by index', () => {
    expect(check(topics, ['film', 'films', 'film'])).toEqual([
      { path: ['topics', 1], message: 'expected one of "sport", "music", "film"; got "films"' },
      { path: ['topics', 2], message: '"film" is selected more than once' },
      { path: ['topics'], message: 'expected at most 2 selected options; got 3' },
    ]);
  });

  it('multi_choice enforces minSelected and the array shape', () => {
    expect(check(topics, [])).toEqual([{ path: ['topics'], message: 'expected at least 1 selected option; got 0' }]);
    expect(check(topics, 'film')).toEqual([
      { path: ['topics'], message: 'expected an array of option values; got "film"' },
    ]);
  });
});

describe('scale answers', () => {
  const quality: QuestionInput = { name: 'quality', type: 'rating', min: 0, max: 10, step: 2 };

  it('rating accepts values on the step grid', () => {
    expect(check(quality, 0)).toEqual([]);
    expect(check(quality, 10)).toEqual([]);
  });

  it('rating rejects values off the grid, out of range or not numbers', () => {
    const message = (got: string) => ({
      path: ['quality'],
      message: `expected a number on the scale 0..10 in steps of 2; got ${got}`,
    });
    expect(check(quality, 3)).toEqual([message('3')]);
    expect(check(quality, 12)).toEqual([message('12')]);
    expect(check(quality, '4')).toEqual([message('"4"')]);
  });

  it('rating tolerates floating-point steps such as 0.1', () => {
    const precise: QuestionInput = { name: 'score', type: 'rating', min: 0, max: 1, step: 0.1 };
    expect(check(precise, 0.7)).toEqual([]);
    expect(check(precise, 0.75)).toHaveLength(1);
  });

  const grading: QuestionInput = {
    name: 'grading',
    type: 'rubric',
    criteria: [
      { name: 'clarity', min: 1, max: 5 },
      { name: 'accuracy', min: 0, max: 2 },
    ],
  };

  it('rubric needs an in-range integer score for every criterion', () => {
    expect(check(grading, { clarity: 4, accuracy: 0 })).toEqual([]);
    expect(check(grading, { clarity: 4.5, tone: 1 })).toEqual([
      { path: ['grading', 'clarity'], message: 'expected a number on the scale 1..5; got 4.5' },
      { path: ['grading', 'accuracy'], message: 'missing score for criterion "accuracy"' },
      {
        path: ['grading', 'tone'],
        message: 'unknown criterion "tone"; expected one of "clarity", "accuracy"',
      },
    ]);
  });

  it('rubric rejects a bare number', () => {
    expect(check(grading, 3)).toEqual([
      {
        path: ['grading'],
        message: 'expected an object with a score for each of "clarity", "accuracy"; got 3',
      },
    ]);
  });
});

describe('comparison answers', () => {
  const preference: QuestionInput = {
    name: 'preference',
    type: 'pairwise',
    fields: ['left', 'right'],
  };

  it('pairwise accepts a, b and tie', () => {
    for (const choice of ['a', 'b', 'tie']) expect(check(preference, choice)).toEqual([]);
    expect(check(preference, 'A')).toEqual([
      { path: ['preference'], message: 'expected one of "a", "b", "tie"; got "A"' },
    ]);
  });

  it('pairwise explains that ties are off when allowTie is false', () => {
    expect(check({ ...preference, allowTie: false }, 'tie')).toEqual([
      {
        path: ['preference'],
        message: 'this question does not allow a tie; expected one of "a", "b"; got "tie"',
      },
    ]);
  });

  const order: QuestionInput = {
    name: 'order',
    type: 'ranking',
    field: 'candidates',
    minCandidates: 3,
  };
  const data = { candidates: ['x', 'y', 'z', 'w'] };

  it('ranking accepts a permutation of candidate indexes', () => {
    expect(check(order, [2, 0, 3, 1], data)).toEqual([]);
  });

  it('ranking reports out-of-range, repeated and missing candidates', () => {
    expect(check(order, [2, 4, 2, 0], data)).toEqual([
      { path: ['order', 1], message: 'expected a candidate index from 0 to 3; got 4' },
      { path: ['order', 2], message: 'candidate 2 is ranked more than once' },
      { path: ['order'], message: 'expected all 4 candidates ranked; missing 1, 3' },
    ]);
  });

  it('ranking names the data field when it holds too few candidates or none', () => {
    expect(check(order, [0, 1], { candidates: ['x', 'y'] })).toEqual([
      {
        path: ['order'],
        message: 'data field "candidates" must hold at least 3 candidates; got 2',
      },
    ]);
    expect(check(order, [0, 1], { candidates: 'x,y' })).toEqual([
      {
        path: ['order'],
        message: 'data field "candidates" must be an array of candidates; got "x,y"',
      },
    ]);
  });
});

describe('text answers', () => {
  const title: QuestionInput = {
    name: 'title',
    type: 'text',
    minLength: 2,
    maxLength: 5,
    multiline: false,
  };

  it('counts length in code points, so an emoji is one character', () => {
    expect(check(title, '🍕🍕🍕🍕🍕')).toEqual([]);
    expect(check(title, '🍕🍕🍕🍕🍕🍕')).toEqual([
      { path: ['title'], message: 'expected at most 5 characters; got 6' },
    ]);
    expect(check(title, '字')).toEqual([{ path: ['title'], message: 'expected at least 2 characters; got 1' }]);
  });

  it('rejects line breaks in a single-line question', () => {
    expect(check(title, 'a\nb')).toEqual([{ path: ['title'], message: 'expected a single line; got a line break' }]);
  });
});

describe('approval answers', () => {
  const review: QuestionInput = { name: 'review', type: 'approval' };

  it('accepts approve, reject with a reason and edit with arguments', () => {
    expect(check(review, { decision: 'approve' })).toEqual([]);
    expect(check(review, { decision: 'reject', reason: 'wrong recipient' })).toEqual([]);
    expect(check(review, { decision: 'edit', arguments: { to: 'ops@example.com' } })).toEqual([]);
  });

  it('requires a non-empty reason to reject unless the project opts out', () => {
    const missing = [{ path: ['review', 'reason'], message: 'a reason is required to reject' }];
    expect(check(review, { decision: 'reject' })).toEqual(missing);
    expect(check(review, { decision: 'reject', reason: '  ' })).toEqual(missing);
    expect(check({ ...review, requireReason: false }, { decision: 'reject' })).toEqual([]);
  });

  it('refuses edits when allowEdit is false and edits without arguments', () => {
    expect(check({ ...review, allowEdit: false }, { decision: 'edit', arguments: {} })).toEqual([
      {
        path: ['review', 'decision'],
        message: 'this question does not allow editing the action; expected one of "approve", "reject"; got "edit"',
      },
    ]);
    expect(check(review, { decision: 'edit', arguments: [] })).toEqual([
      {
        path: ['review', 'arguments'],
        message: 'expected an object of edited tool arguments; got an array of 0',
      },
    ]);
  });

  it('names the decisions when given a bare string', () => {
    expect(check(review, 'approve')).toEqual([
      {
        path: ['review'],
        message: 'expected an object with a decision ("approve", "reject", "edit"); got "approve"',
      },
    ]);
  });
});

describe('code-point helpers', () => {
  const text = 'I ❤️ 🍕 pizza';

  it('count and slice code points, not UTF-16 units', () => {
    expect(text.length).toBe(13);
    expect(codePointLength(text)).toBe(12);
    expect(sliceCodePoints(text, 5, 6)).toBe('🍕');
    expect(sliceCodePoints(text, 7)).toBe('pizza');
    expect(sliceCodePoints('東京タワー', 0, 2)).toBe('東京');
  });
});
