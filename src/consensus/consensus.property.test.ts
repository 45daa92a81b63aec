import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateAnswer } from '../schemas/answer.js';
import type { LabelSchemaInput } from '../schemas/label-schema.js';
import { LabelSchema } from '../schemas/label-schema.js';
import { aggregateResponses } from './aggregate.js';

type QuestionInput = LabelSchemaInput['questions'][number];

const TEXT = 'The quick brown fox jumps over the lazy dog near the river bank';

/** k responders all give `value`; returns the merged value and agreement after checking the input is valid. */
function aggregateIdentical(question: QuestionInput, value: unknown, k: number, data: unknown = {}) {
  const schema = LabelSchema.parse({ questions: [question] });
  const answer = { [question.name]: value };
  expect(validateAnswer(schema, answer, data)).toEqual([]);
  const responses = Array.from({ length: k }, (_unused, index) => ({ userId: index + 1, answer }));
  const result = aggregateResponses(schema, responses);
  return { value: result.answer[question.name], agreement: result.agreement };
}

const responderCount = fc.integer({ min: 1, max: 7 });

const scale = fc
  .record({
    min: fc.integer({ min: -20, max: 20 }),
    step: fc.constantFrom(1, 0.5, 0.25, 0.1, 2, 2.5),
    stepCount: fc.integer({ min: 1, max: 40 }),
  })
  .map(({ min, step, stepCount }) => ({ min, step, max: min + Math.ceil(step * stepCount) }));

const spanList = fc.array(
  fc
    .record({
      start: fc.integer({ min: 0, max: TEXT.length - 1 }),
      length: fc.integer({ min: 1, max: 12 }),
      label: fc.constantFrom('A', 'B'),
    })
    .map(({ start, length, label }) => ({ start, end: Math.min(TEXT.length, start + length), label })),
  { maxLength: 6 },
);

const boxList = fc.array(
  fc
    .record({
      x: fc.integer({ min: 0, max: 9_999 }),
      y: fc.integer({ min: 0, max: 9_999 }),
      label: fc.constantFrom('cat', 'dog'),
      width: fc.integer({ min: 1, max: 10_000 }),
      height: fc.integer({ min: 1, max: 10_000 }),
    })
    // Hundredths of a percent, kept inside the image.
    .map(({ x, y, label, width, height }) => ({
      label,
      x: x / 100,
      y: y / 100,
      width: Math.min(width, 10_000 - x) / 100,
      height: Math.min(height, 10_000 - y) / 100,
    })),
  { maxLength: 5 },
);

const bySpanStart = (
  a: { start: number; end: number; label: string },
  b: { start: number; end: number; label: string },
) => a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);

describe('k identical answers give that answer with agreement 1', () => {
  it('for single_choice', () => {
    const question: QuestionInput = {
      name: 'verdict',
      type: 'single_choice',
      options: [{ value: 'spam' }, { value: 'ham' }, { value: 'unsure' }],
    };
    fc.assert(
      fc.property(fc.constantFrom('spam', 'ham', 'unsure'), responderCount, (value, k) => {
        expect(aggregateIdentical(question, value, k)).toEqual({ value, agreement: 1 });
      }),
    );
  });

  it('for rating, with the mean and the median', () => {
    const cases = scale.chain((range) =>
      fc.record({
        range: fc.constant(range),
        // Values as a client would send them: the grid point printed, not 0.1·3 = 0.30000000000000004.
        value: fc
          .integer({ min: 0, max: Math.floor((range.max - range.min) / range.step) })
          .map((steps) => Number((range.min + range.step * steps).toPrecision(12))),
      }),
    );
    fc.assert(
      fc.property(cases, responderCount, ({ range, value }, k) => {
        const question: QuestionInput = { name: 'score', type: 'rating', ...range };
        expect(aggregateIdentical(question, value, k)).toEqual({ value, agreement: 1 });
        const schema = LabelSchema.parse({ questions: [question] });
        const responses = Array.from({ length: k }, (_unused, index) => ({ userId: index, answer: { score: value } }));
        const median = aggregateResponses(schema, responses, { ratingAggregate: 'median' });
        expect(median).toMatchObject({ answer: { score: value }, agreement: 1 });
      }),
    );
  });

  it('for spans (returned sorted by start)', () => {
    const question: QuestionInput = {
      name: 'entities',
      type: 'spans',
      field: 'text',
      labels: [{ value: 'A' }, { value: 'B' }],
    };
    fc.assert(
      fc.property(spanList, responderCount, (spans, k) => {
        const result = aggregateIdentical(question, spans, k, { text: TEXT });
        expect(result.agreement).toBe(1);
        expect([...(result.value as typeof spans)].sort(bySpanStart)).toEqual([...spans].sort(bySpanStart));
        expect(result.value).toEqual([...(result.value as typeof spans)].sort(bySpanStart));
      }),
    );
  });

  it('for bbox', () => {
    const question: QuestionInput = {
      name: 'objects',
      type: 'bbox',
      field: 'image',
      labels: [{ value: 'cat' }, { value: 'dog' }],
    };
    const key = (box: { label: string; x: number; y: number; width: number; height: number }) =>
      `${box.label} ${box.x} ${box.y} ${box.width} ${box.height}`;
    fc.assert(
      fc.property(boxList, responderCount, (boxes, k) => {
        const result = aggregateIdentical(question, boxes, k);
        expect(result.agreement).toBe(1);
        expect((result.value as typeof boxes).map(key).sort()).toEqual(boxes.map(key).sort());
      }),
    );
  });

  it('for multi_choice and ranking', () => {
    const topics: QuestionInput = {
      name: 'topics',
      type: 'multi_choice',
      options: [{ value: 'a' }, { value: 'b' }, { value: 'c' }, { value: 'd' }],
    };
    const order: QuestionInput = { name: 'order', type: 'ranking', field: 'candidates' };
    const data = { candidates: ['p', 'q', 'r', 's', 't'] };
    fc.assert(
      fc.property(
        fc.subarray(['a', 'b', 'c', 'd']),
        fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5 }),
        responderCount,
        (selected, ranking, k) => {
          expect(aggregateIdentical(topics, selected, k)).toEqual({ value: selected, agreement: 1 });
          expect(aggregateIdentical(order, ranking, k, data)).toEqual({ value: ranking, agreement: 1 });
        },
      ),
    );
  });
});

describe('agreement stays within 0..1 for any valid answers', () => {
  it('for spans, bbox and ratings from different responders', () => {
    const schema = LabelSchema.parse({
      questions: [
        { name: 'entities', type: 'spans', field: 'text', labels: [{ value: 'A' }, { value: 'B' }] },
        { name: 'objects', type: 'bbox', field: 'image', labels: [{ value: 'cat' }, { value: 'dog' }] },
        { name: 'score', type: 'rating', min: 0, max: 10, step: 0.5 },
      ],
    });
    const answer = fc.record({
      entities: spanList,
      objects: boxList,
      score: fc.integer({ min: 0, max: 20 }).map((n) => n / 2),
    });
    fc.assert(
      fc.property(fc.array(answer, { minLength: 1, maxLength: 6 }), (answers) => {
        const result = aggregateResponses(
          schema,
          answers.map((answer, index) => ({ userId: index, answer })),
        );
        for (const question of Object.values(result.questions)) {
          expect(question.agreement).toBeGreaterThanOrEqual(0);
          expect(question.agreement).toBeLessThanOrEqual(1);
        }
        expect(validateAnswer(schema, result.answer, { text: TEXT }, { partial: true })).toEqual([]);
      }),
    );
  });
});
