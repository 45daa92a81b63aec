import { describe, expect, it } from 'vitest';
import { formatIssue } from './issues.js';
import type { LabelSchemaInput } from './label-schema.js';
import { LabelSchema, parseLabelSchema, QUESTION_TYPES } from './label-schema.js';

/** The lines a project owner would see for a rejected schema. */
function problemsWith(input: unknown): string[] {
  const result = parseLabelSchema(input);
  return result.success ? [] : result.issues.map(formatIssue);
}

function problemsWithQuestion(question: Record<string, unknown>): string[] {
  return problemsWith({ questions: [{ name: 'q', ...question }] });
}

const twoOptions = [{ value: 'spam' }, { value: 'ham' }];

const oneOfEachType: LabelSchemaInput = {
  questions: [
    {
      name: 'verdict',
      type: 'single_choice',
      options: [
        { value: 'spam', hotkey: 'x' },
        { value: 'ham', hotkey: 'h' },
      ],
    },
    { name: 'topics', type: 'multi_choice', options: twoOptions, minSelected: 1, maxSelected: 2 },
    { name: 'quality', type: 'rating', min: 1, max: 5, labels: { '1': 'Poor', '5': 'Great' } },
    { name: 'grading', type: 'rubric', criteria: [{ name: 'clarity', min: 1, max: 3 }] },
    { name: 'entities', type: 'spans', field: 'text', labels: [{ value: 'PER' }] },
    { name: 'preference', type: 'pairwise', fields: ['response_a', 'response_b'] },
    { name: 'order', type: 'ranking', field: 'candidates' },
    { name: 'correction', type: 'text', field: 'draft' },
    { name: 'boxes', type: 'bbox', field: 'image_url', labels: [{ value: 'car' }] },
    { name: 'review', type: 'approval' },
  ],
};

describe('LabelSchema definitions', () => {
  it('accepts one question of every type and fills in the documented defaults', () => {
    const schema = LabelSchema.parse(oneOfEachType);
    expect(schema.questions.map((question) => question.type)).toEqual([...QUESTION_TYPES]);
    expect(schema.questions.every((question) => question.required)).toBe(true);
    expect(schema.questions[2]).toMatchObject({ step: 1 });
    expect(schema.questions[4]).toMatchObject({ allowOverlap: true });
    expect(schema.questions[5]).toMatchObject({ allowTie: true });
    expect(schema.questions[7]).toMatchObject({ maxLength: 100_000, multiline: true });
    expect(schema.questions[9]).toMatchObject({
      field: 'action',
      allowEdit: true,
      requireReason: true,
    });
  });

  it('keeps an explicit required: false', () => {
    const schema = LabelSchema.parse({
      questions: [{ name: 'notes', type: 'text', required: false }],
    });
    expect(schema.questions[0]?.required).toBe(false);
  });

  it('rejects a schema that is not an object or has no questions', () => {
    expect(problemsWith('questions')).toEqual(['expected a label schema object { questions: [...] }']);
    expect(problemsWith({ questions: 'verdict' })).toEqual(['questions: expected a list of questions']);
    expect(problemsWith({ questions: [] })).toEqual(['questions: a label schema needs at least 1 question']);
  });

  it('rejects more than 50 questions', () => {
    const questions = Array.from({ length: 51 }, (_unused, index) => ({
      name: `q${index}`,
      type: 'text',
    }));
    expect(problemsWith({ questions })).toEqual(['questions: a label schema allows at most 50 questions']);
  });

  it('names the duplicate question', () => {
    const questions = [
      { name: 'verdict', type: 'text' },
      { name: 'verdict', type: 'rating', min: 1, max: 5 },
    ];
    expect(problemsWith({ questions })).toEqual(['questions.1.name: duplicate question name "verdict"']);
  });

  it('rejects names that cannot be answer keys', () => {
    expect(problemsWithQuestion({ name: '1st', type: 'text' })).toEqual([
      'questions.0.name: must start with a letter and hold only letters, digits and "_" (at most 64 characters)',
    ]);
    expect(problemsWithQuestion({ name: 'a'.repeat(65), type: 'text' })).toHaveLength(1);
    expect(problemsWithQuestion({ name: 'Is_Toxic_2', type: 'text' })).toEqual([]);
  });

  it('lists the known types when the type is unknown or missing', () => {
    const expected = `expected one of ${QUESTION_TYPES.map((type) => `"${type}"`).join(', ')}`;
    expect(problemsWithQuestion({ type: 'dropdown' })).toEqual([
      `questions.0.type: unknown question type "dropdown"; ${expected}`,
    ]);
    expect(problemsWithQuestion({})).toEqual([`questions.0.type: missing question type; ${expected}`]);
  });

  it('reports a misspelt definition key instead of dropping it', () => {
    expect(problemsWithQuestion({ type: 'single_choice', options: twoOptions, optoins: [] })).toEqual([
      'questions.0: Unrecognized key: "optoins"',
    ]);
  });

  it('limits title and description length', () => {
    expect(problemsWithQuestion({ type: 'text', title: 't'.repeat(201), description: 'd'.repeat(2001) })).toEqual([
      'questions.0.title: must be at most 200 characters',
      'questions.0.description: must be at most 2000 characters',
    ]);
  });
});

describe('choice questions', () => {
  it('names the duplicate option value', () => {
    const options = [{ value: 'spam' }, { value: 'spam' }];
    expect(problemsWith({ questions: [{ name: 'verdict', type: 'single_choice', options }] })).toEqual([
      'questions.0.options.1.value: duplicate option value "spam"',
    ]);
  });

  it('treats hotkeys differing only in case as duplicates', () => {
    const options = [
      { value: 'spam', hotkey: 'x' },
      { value: 'safe', hotkey: 'X' },
    ];
    expect(problemsWithQuestion({ type: 'single_choice', options })).toEqual([
      'questions.0.options.1.hotkey: duplicate hotkey "X"',
    ]);
  });

  it('requires a hotkey to be one visible character, counting emoji as one', () => {
    const options = [
      { value: 'spam', hotkey: 'sp' },
      { value: 'ham', hotkey: ' ' },
      { value: 'pizza', hotkey: '🍕' },
    ];
    expect(problemsWithQuestion({ type: 'single_choice', options })).toEqual([
      'questions.0.options.0.hotkey: must be exactly one visible character',
      'questions.0.options.1.hotkey: must be exactly one visible character',
    ]);
  });

  it('needs 2 to 100 options with non-empty values', () => {
    expect(problemsWithQuestion({ type: 'single_choice', options: [{ value: 'only' }] })).toEqual([
      'questions.0.options: a choice question needs at least 2 options',
    ]);
    const options = Array.from({ length: 101 }, (_unused, index) => ({ value: `o${index}` }));
    expect(problemsWithQuestion({ type: 'multi_choice', options })).toEqual([
      'questions.0.options: a choice question allows at most 100 options',
    ]);
    expect(problemsWithQuestion({ type: 'single_choice', options: [{ value: '' }, { value: 'x' }] })).toEqual([
      'questions.0.options.0.value: must not be empty',
    ]);
  });

  it('checks multi_choice selection limits against each other and the options', () => {
    expect(
      problemsWithQuestion({
        type: 'multi_choice',
        options: twoOptions,
        minSelected: 2,
        maxSelected: 1,
      }),
    ).toEqual(['questions.0.minSelected: must be at most maxSelected (1)']);
    expect(problemsWithQuestion({ type: 'multi_choice', options: twoOptions, maxSelected: 3 })).toEqual([
      'questions.0.maxSelected: must be at most the number of options (2)',
    ]);
    expect(problemsWithQuestion({ type: 'multi_choice', options: twoOptions, minSelected: 3 })).toEqual([
      'questions.0.minSelected: must be at most the number of options (2)',
    ]);
  });
});

describe('rating and rubric scales', () => {
  it('needs min below max and a span of at most 100', () => {
    expect(problemsWithQuestion({ type: 'rating', min: 5, max: 5 })).toEqual([
      'questions.0.max: must be greater than min (5)',
    ]);
    expect(problemsWithQuestion({ type: 'rating', min: 0, max: 101 })).toEqual([
      'questions.0.max: the scale 0..101 spans more than 100',
    ]);
    expect(problemsWithQuestion({ type: 'rating', min: -50, max: 50 })).toEqual([]);
  });

  it('needs integer bounds and a positive step no larger than the span', () => {
    expect(problemsWithQuestion({ type: 'rating', min: 0.5, max: 5 })).toEqual(['questions.0.min: must be an integer']);
    expect(problemsWithQuestion({ type: 'rating', min: 1, max: 5, step: 0 })).toEqual([
      'questions.0.step: must be greater than 0',
    ]);
    expect(problemsWithQuestion({ type: 'rating', min: 1, max: 5, step: 5 })).toEqual([
      'questions.0.step: must be at most the span of the scale (4)',
    ]);
  });

  it('only accepts labels for values on the scale', () => {
    const labels = { '0': 'Zero', '2': 'Two', one: 'One', '1.0': 'One again', '3': 'Three' };
    expect(problemsWithQuestion({ type: 'rating', min: 1, max: 5, step: 2, labels })).toEqual([
      'questions.0.labels.0: label key "0" is not a value of the scale 1..5 in steps of 2',
      'questions.0.labels.2: label key "2" is not a value of the scale 1..5 in steps of 2',
      'questions.0.labels.one: label key "one" is not a number such as "1"',
      'questions.0.labels.1.0: label key "1.0" is not a number such as "1"',
    ]);
  });

  it('applies the same scale rules to each rubric criterion, with its path', () => {
    const criteria = [
      { name: 'clarity', min: 1, max: 5, labels: { '1': 'Unclear' } },
      { name: 'accuracy', min: 3, max: 1 },
    ];
    expect(problemsWithQuestion({ type: 'rubric', criteria })).toEqual([
      'questions.0.criteria.1.max: must be greater than min (3)',
    ]);
  });

  it('needs 1 to 20 uniquely named criteria', () => {
    expect(problemsWithQuestion({ type: 'rubric', criteria: [] })).toEqual([
      'questions.0.criteria: a rubric needs at least 1 criterion',
    ]);
    const criteria = [
      { name: 'clarity', min: 1, max: 5 },
      { name: 'clarity', min: 1, max: 3 },
    ];
    expect(problemsWithQuestion({ type: 'rubric', criteria })).toEqual([
      'questions.0.criteria.1.name: duplicate criterion name "clarity"',
    ]);
  });
});

describe('questions that point into item data', () => {
  it('spans need a field and 1 to 100 distinct labels', () => {
    expect(problemsWithQuestion({ type: 'spans', labels: [{ value: 'PER' }] })).toEqual([
      'questions.0.field: is required',
    ]);
    expect(problemsWithQuestion({ type: 'spans', field: 'text', labels: [] })).toEqual([
      'questions.0.labels: needs at least 1 label',
    ]);
    const labels = [{ value: 'PER', hotkey: 'p' }, { value: 'PER' }];
    expect(problemsWithQuestion({ type: 'spans', field: 'text', labels })).toEqual([
      'questions.0.labels.1.value: duplicate label value "PER"',
    ]);
  });

  it('pairwise needs two different fields', () => {
    expect(problemsWithQuestion({ type: 'pairwise', fields: ['answer', 'answer'] })).toEqual([
      'questions.0.fields.1: must differ from candidate A\'s field "answer"',
    ]);
    expect(problemsWithQuestion({ type: 'pairwise', fields: ['answer'] })).toHaveLength(1);
  });

  it('ranking needs at least 2 candidates', () => {
    expect(problemsWithQuestion({ type: 'ranking', field: 'candidates', minCandidates: 1 })).toEqual([
      'questions.0.minCandidates: must be 2 or more',
    ]);
  });

  it('text needs minLength at most maxLength', () => {
    expect(problemsWithQuestion({ type: 'text', minLength: 20, maxLength: 10 })).toEqual([
      'questions.0.minLength: must be at most maxLength (10)',
    ]);
  });

  it('bbox needs a positive maxBoxes and distinct labels', () => {
    expect(
      problemsWithQuestion({
        type: 'bbox',
        field: 'image_url',
        labels: [{ value: 'car' }, { value: 'car' }],
        maxBoxes: 0,
      }),
    ).toEqual(['questions.0.maxBoxes: must be 1 or more', 'questions.0.labels.1.value: duplicate label value "car"']);
  });

  it('approval accepts a custom field and switches', () => {
    const schema = LabelSchema.parse({
      questions: [
        {
          name: 'gate',
          type: 'approval',
          field: 'tool_call',
          allowEdit: false,
          requireReason: false,
        },
      ],
    });
    expect(schema.questions[0]).toMatchObject({
      field: 'tool_call',
      allowEdit: false,
      requireReason: false,
    });
  });
});
