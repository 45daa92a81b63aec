import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointLength, sliceCodePoints, validateAnswer } from './answer.js';
import type { LabelSchemaInput } from './label-schema.js';
import { LabelSchema } from './label-schema.js';

type QuestionInput = LabelSchemaInput['questions'][number];

function check(question: QuestionInput, value: unknown, data: unknown = {}) {
  const schema = LabelSchema.parse({ questions: [question] });
  return validateAnswer(schema, { [question.name]: value }, data);
}

const entities: QuestionInput = {
  name: 'entities',
  type: 'spans',
  field: 'text',
  labels: [{ value: 'FOOD' }, { value: 'FEELING' }],
};

describe('spans answers', () => {
  const emojiData = { text: 'I ❤️ 🍕 pizza' };

  it('uses code-point offsets across emoji', () => {
    const spans = [
      { start: 2, end: 4, label: 'FEELING', text: '❤️' },
      { start: 5, end: 6, label: 'FOOD', text: '🍕' },
      { start: 7, end: 12, label: 'FOOD', text: 'pizza' },
    ];
    expect(check(entities, spans, emojiData)).toEqual([]);
  });

  it('uses code-point offsets in CJK text with astral characters', () => {
    const data = { text: '我爱吃𠮷野家的披萨' };
    expect(check(entities, [{ start: 3, end: 6, label: 'FOOD', text: '𠮷野家' }], data)).toEqual([]);
  });

  it('hints at UTF-16 offsets when the text only matches JavaScript string indexes', () => {
    // 'pizza' is at 8..13 in UTF-16 units because 🍕 takes two.
    expect(check(entities, [{ start: 8, end: 13, label: 'FOOD', text: 'pizza' }], emojiData)).toEqual([
      {
        path: ['entities', 0, 'end'],
        message: 'expected a code-point offset from 1 to 12; got 13',
      },
    ]);
    expect(check(entities, [{ start: 7, end: 11, label: 'FOOD', text: ' piz' }], emojiData)).toEqual([
      {
        path: ['entities', 0, 'text'],
        message:
          'expected "pizz" (the text at 7..11); got " piz"; offsets count Unicode code points, not UTF-16 code units',
      },
    ]);
  });

  it('reports bad offsets and labels at the span field', () => {
    const spans = [
      { start: 0, end: 1, label: 'FOOD' },
      { start: -1, end: 2.5, label: 'DRINK' },
      { start: 4, end: 4, label: 'FOOD' },
    ];
    expect(check(entities, spans, emojiData)).toEqual([
      {
        path: ['entities', 1, 'start'],
        message: 'expected a code-point offset from 0 to 11; got -1',
      },
      {
        path: ['entities', 1, 'end'],
        message: 'expected a code-point offset from 1 to 12; got 2.5',
      },
      { path: ['entities', 1, 'label'], message: 'expected one of "FOOD", "FEELING"; got "DRINK"' },
      { path: ['entities', 2, 'end'], message: 'must be greater than start (4); got 4' },
    ]);
  });

  it('rejects a span that is not an object and an answer that is not an array', () => {
    expect(check(entities, [[0, 1, 'FOOD']], emojiData)).toEqual([
      {
        path: ['entities', 0],
        message: 'expected a span { start, end, label }; got an array of 3',
      },
    ]);
    expect(check(entities, { start: 0, end: 1 }, emojiData)).toEqual([
      { path: ['entities'], message: 'expected an array of spans; got an object' },
    ]);
  });

  it('names the data field when it is not a string', () => {
    expect(check(entities, [], { body: 'text lives elsewhere' })).toEqual([
      {
        path: ['entities'],
        message: 'data field "text" must be a string to annotate spans; got nothing',
      },
    ]);
    expect(check(entities, [], { text: ['a'] })).toEqual([
      {
        path: ['entities'],
        message: 'data field "text" must be a string to annotate spans; got an array of 1',
      },
    ]);
  });

  it('allows no spans at all on empty text, but no span fits in it', () => {
    expect(check(entities, [], { text: '' })).toEqual([]);
    expect(check(entities, [{ start: 0, end: 1, label: 'FOOD' }], { text: '' })).toEqual([
      { path: ['entities'], message: 'data field "text" is empty, so no span fits; got 1 span' },
    ]);
  });

  it('allows overlaps by default and reports them when allowOverlap is false', () => {
    const spans = [
      { start: 7, end: 12, label: 'FOOD' },
      { start: 5, end: 6, label: 'FOOD' },
      { start: 9, end: 10, label: 'FOOD' },
      { start: 6, end: 7, label: 'FOOD' },
    ];
    expect(check(entities, spans, emojiData)).toEqual([]);
    expect(check({ ...entities, allowOverlap: false }, spans, emojiData)).toEqual([
      {
        path: ['entities', 2],
        message: 'overlaps span 0 (7..12); this question does not allow overlapping spans',
      },
    ]);
  });

  it('accepts any span whose text is the code-point slice, for arbitrary Unicode', () => {
    const textAndSpan = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }).chain((text) => {
      const length = codePointLength(text);
      return fc
        .tuple(fc.nat({ max: length - 1 }), fc.nat({ max: length - 1 }))
        .map(([a, b]) => ({ text, start: Math.min(a, b), end: Math.max(a, b) + 1 }));
    });
    fc.assert(
      fc.property(textAndSpan, ({ text, start, end }) => {
        const span = { start, end, label: 'FOOD', text: sliceCodePoints(text, start, end) };
        expect(check(entities, [span], { text })).toEqual([]);
        expect(check(entities, [{ ...span, end: codePointLength(text) + 1 }], { text })).toHaveLength(1);
      }),
    );
  });
});

describe('bbox answers', () => {
  const boxes: QuestionInput = {
    name: 'boxes',
    type: 'bbox',
    field: 'image_url',
    labels: [{ value: 'car' }, { value: 'person' }],
    maxBoxes: 2,
  };

  it('accepts boxes inside the image, including ones touching its edge', () => {
    const answer = [
      { label: 'car', x: 0, y: 0, width: 100, height: 50 },
      { label: 'person', x: 33.3, y: 10, width: 66.7, height: 90 },
    ];
    expect(check(boxes, answer)).toEqual([]);
  });

  it('reports boxes that leave the image or have no area', () => {
    const answer = [
      { label: 'car', x: 80, y: 0, width: 30, height: 10 },
      { label: 'person', x: -1, y: 5, width: 0, height: 120 },
    ];
    expect(check(boxes, answer)).toEqual([
      {
        path: ['boxes', 0, 'width'],
        message: "x + width must be at most 100 (the image's right edge); got 110",
      },
      { path: ['boxes', 1, 'x'], message: 'expected a percentage from 0 to 100; got -1' },
      {
        path: ['boxes', 1, 'width'],
        message: 'expected a percentage above 0 and at most 100; got 0',
      },
      {
        path: ['boxes', 1, 'height'],
        message: 'expected a percentage above 0 and at most 100; got 120',
      },
    ]);
  });

  it('checks labels and maxBoxes', () => {
    const box = { label: 'truck', x: 1, y: 1, width: 1, height: 1 };
    expect(check(boxes, [box, box, box])).toEqual([
      { path: ['boxes'], message: 'expected at most 2 boxes; got 3' },
      { path: ['boxes', 0, 'label'], message: 'expected one of "car", "person"; got "truck"' },
      { path: ['boxes', 1, 'label'], message: 'expected one of "car", "person"; got "truck"' },
      { path: ['boxes', 2, 'label'], message: 'expected one of "car", "person"; got "truck"' },
    ]);
  });

  it('rejects an answer that is not an array of box objects', () => {
    expect(check(boxes, 'car')).toEqual([{ path: ['boxes'], message: 'expected an array of boxes; got "car"' }]);
    expect(check(boxes, [null])).toEqual([
      { path: ['boxes', 0], message: 'expected a box { label, x, y, width, height }; got null' },
    ]);
  });
});
