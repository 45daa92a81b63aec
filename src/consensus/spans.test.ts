import { describe, expect, it } from 'vitest';
import { validateAnswer } from '../schemas/answer.js';
import type { LabelSchemaInput } from '../schemas/label-schema.js';
import { LabelSchema } from '../schemas/label-schema.js';
import { aggregateResponses } from './aggregate.js';

type QuestionInput = LabelSchemaInput['questions'][number];

// Offsets: Alice 0..5, Bob 10..13, "in Paris" 14..22, " Paris" 16..22, Paris 17..22.
const data = { text: 'Alice met Bob in Paris.' };

/** Each value is one responder's answer; `undefined` means that responder left the question out. */
function aggregate(question: QuestionInput, values: readonly unknown[]) {
  const schema = LabelSchema.parse({ questions: [question] });
  const responses = values.map((value, index) => ({
    userId: index + 1,
    answer: value === undefined ? {} : { [question.name]: value },
  }));
  for (const response of responses) expect(validateAnswer(schema, response.answer, data)).toEqual([]);
  const result = aggregateResponses(schema, responses);
  return { value: result.answer[question.name], ...result.questions[question.name] };
}

const entities: QuestionInput = {
  name: 'entities',
  type: 'spans',
  field: 'text',
  labels: [{ value: 'PER' }, { value: 'LOC' }],
};

const alice = { start: 0, end: 5, label: 'PER' };
const bob = { start: 10, end: 13, label: 'PER' };
const paris = { start: 17, end: 22, label: 'LOC' };

describe('spans consensus', () => {
  it('returns unanimous spans sorted by start, without text, with agreement 1', () => {
    const spans = [{ ...paris, text: 'Paris' }, alice];
    expect(aggregate(entities, [spans, spans, spans])).toEqual({
      value: [alice, paris],
      agreement: 1,
      method: 'overlap_merge',
      answered: 3,
    });
  });

  it('merges overlapping spans at the median offsets and drops minority spans', () => {
    // PER: 0..5, 0..5, 0..4 cluster (IoU with 0..5 is 1 and 4/5) → start 0, ends 4, 5, 5 → 0..5.
    // LOC: 17..22 and 16..22 (IoU 5/6) → 2 of 3 responders, kept; lower median start 16, end 22.
    // Bob: 1 of 3 responders, dropped.
    const result = aggregate(entities, [
      [alice, paris, bob],
      [alice, { start: 16, end: 22, label: 'LOC' }],
      [{ start: 0, end: 4, label: 'PER' }],
    ]);
    expect(result.value).toEqual([alice, { start: 16, end: 22, label: 'LOC' }]);
    // Pairwise F1 = 2·matched / (|a| + |b|):
    // r1~r2: 2 matched → 4/5; r1~r3: 1 → 2/4; r2~r3: 1 → 2/3; mean = (4/5 + 1/2 + 2/3) / 3 = 59/90.
    expect(result.agreement).toBeCloseTo(59 / 90, 10);
  });

  it('does not merge spans below IoU 0.5 or with different labels', () => {
    // Paris 17..22 vs 10..22: IoU 5/12 < 0.5, two clusters of one responder each; F1 0.
    // Paris vs "in Paris" 14..22: IoU 5/8 ≥ 0.5, one cluster; lower median start 14.
    const wide = { start: 10, end: 22, label: 'LOC' };
    const result = aggregate(entities, [[paris], [wide]]);
    expect(result).toMatchObject({ value: [], agreement: 0 });
    expect(aggregate(entities, [[paris], [{ ...paris, label: 'PER' }]])).toMatchObject({ value: [], agreement: 0 });
    expect(aggregate(entities, [[paris], [{ start: 14, end: 22, label: 'LOC' }]])).toMatchObject({
      value: [{ start: 14, end: 22, label: 'LOC' }],
      agreement: 1,
    });
  });

  it('needs more than half of the responders: a 1–1 split keeps nothing', () => {
    // r1~r2: 0 matched of 1 + 0 spans → F1 0.
    expect(aggregate(entities, [[alice], []])).toMatchObject({ value: [], agreement: 0 });
  });

  it('treats two empty span lists as full agreement', () => {
    expect(aggregate(entities, [[], []])).toMatchObject({ value: [], agreement: 1 });
  });

  it('counts each responder once per cluster', () => {
    // r1 marks Alice twice; the second copy starts its own cluster, which only r1 joined.
    expect(aggregate(entities, [[alice, alice], [alice], []]).value).toEqual([alice]);
  });

  it('counts only responders who answered an optional spans question', () => {
    // Two of three answered; Paris is in both → kept.
    const result = aggregate({ ...entities, required: false }, [[paris], undefined, [paris]]);
    expect(result).toMatchObject({ value: [paris], agreement: 1, answered: 2 });
  });
});
