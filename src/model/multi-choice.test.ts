import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJson } from '../db/dialect.js';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { reviewer } from '../testing/review-driver.js';
import { createModelCore } from './core.js';
import { chosenOptions, multiChoiceConfidence } from './multi-choice.js';

const core = createModelCore();
const PHRASES = { billing: 'invoice charged twice', shipping: 'parcel delivery late', refund: 'money back please' };
type Topic = keyof typeof PHRASES;
const TOPIC_SETS: Topic[][] = [
  ['billing'],
  ['shipping'],
  ['refund'],
  ['billing', 'refund'],
  ['shipping', 'refund'],
  [],
];
const textOf = (topics: Topic[], i: number) => `${topics.map((t) => PHRASES[t]).join(' and ')} ticket ${i}`;
const topicsOf = (text: string) => (Object.keys(PHRASES) as Topic[]).filter((t) => text.includes(PHRASES[t]));

describe('multi-choice in the built-in model', () => {
  it('fits one sigmoid per option: each option present or not, independently', () => {
    const texts = Array.from({ length: 36 }, (_, i) => textOf(TOPIC_SETS[i % 6] ?? [], i));
    const labels = texts.map(topicsOf);
    const model = core.train(texts, labels, ['billing', 'refund', 'shipping'], { multi: true });
    expect(model.multi).toBe(true);
    const [both, none] = core.predict(model, [textOf(['billing', 'shipping'], 99), 'hello there']);
    expect(chosenOptions(model.classes, Array.from(both ?? []))).toEqual(['billing', 'shipping']);
    expect(chosenOptions(model.classes, Array.from(none ?? []))).toEqual([]);
  });

  it('states its confidence as the chance the whole set is right', () => {
    expect(multiChoiceConfidence([0.9, 0.2, 0.6])).toBeCloseTo(0.9 * 0.8 * 0.6, 10);
    expect(multiChoiceConfidence([1, 0])).toBe(1);
  });
});

describe.each(ENGINES)('a multi-choice project on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(engine);
    const created = await t.inject({
      method: 'POST',
      url: '/api/projects',
      payload: {
        name: 'Tickets',
        slug: 'tickets',
        labelSchema: {
          questions: [
            {
              name: 'topics',
              type: 'multi_choice',
              options: [{ value: 'billing' }, { value: 'shipping' }, { value: 'refund' }],
              minSelected: 0,
            },
          ],
        },
      },
    });
    expect(created.statusCode).toBe(201);
    const items = Array.from({ length: 40 }, (_, i) => ({
      externalId: `t-${i}`,
      data: { text: textOf(TOPIC_SETS[i % 6] ?? [], i) },
    }));
    expect(
      (await t.inject({ method: 'POST', url: '/api/projects/tickets/items/batch', payload: { items } })).statusCode,
    ).toBeLessThan(300);
  });
  afterAll(async () => t.close());

  it('trains on people’s multi-choice decisions and predicts option sets for the rest', async () => {
    const ada = reviewer(t.inject, 'tickets');
    for (let n = 0; n < 30; n++) {
      const claimed = await ada.claim();
      expect(claimed.status).toBe(200);
      const submitted = await ada.submit(claimed.body.task.id, {
        topics: topicsOf(String(claimed.body.item.data.text)),
      });
      expect(submitted.status).toBe(200);
    }
    const queued = await t.inject({ method: 'POST', url: '/api/projects/tickets/model/train', payload: {} });
    expect(queued.json()).toMatchObject({ question: 'topics', backend: false });
    await t.jobs.runUntilIdle();
    const versions = (await t.inject({ method: 'GET', url: '/api/projects/tickets/model/versions' })).json().versions;
    expect(versions[0]).toMatchObject({ question: 'topics', version: 1, labelsUsed: 30, refreshed: 10 });
    const rows = await t.storage.db
      .selectFrom('items')
      .select(['data', 'prediction', 'confidence'])
      .where('model_version', '=', 1)
      .execute();
    expect(rows).toHaveLength(10);
    let right = 0;
    for (const row of rows) {
      const predicted = readJson<{ topics: string[] }>(row.prediction).topics;
      expect(Array.isArray(predicted)).toBe(true);
      const truth = topicsOf(readJson<{ text: string }>(row.data).text);
      if ([...predicted].sort().join() === [...truth].sort().join()) right++;
      expect(Number(row.confidence)).toBeGreaterThan(0);
      expect(Number(row.confidence)).toBeLessThanOrEqual(1);
    }
    expect(right).toBeGreaterThanOrEqual(8);
  });
});
