import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { spamItem, spamProject } from '../testing/fixtures.js';

// Issue 10 point 5: the export joins each page's current decisions in the same query and reads the
// next page ahead. More than two pages of items, half of them decided on arrival.
const ITEMS = 2_345;

describe.each(ENGINES)('export with decisions on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(engine);
    await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject });
    await t.inject({
      method: 'PUT',
      url: '/api/projects/spam/policy',
      payload: { rules: [{ when: { confidence: { gte: 0.5 } }, then: { action: 'auto_accept' } }] },
    });
    const items = Array.from({ length: ITEMS }, (_, index) => spamItem(index));
    const added = await t.inject({ method: 'POST', url: '/api/projects/spam/items/batch', payload: { items } });
    expect(added.json()).toMatchObject({ created: ITEMS, rejected: 0 });
  });
  afterAll(async () => t.close());

  it('writes every item once, in id order, each decided one with its decision', async () => {
    const response = await t.inject({ method: 'GET', url: '/api/projects/spam/export?format=jsonl' });
    const lines = response.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(ITEMS);
    const ids = lines.map((line) => line.id as number);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(ITEMS);
    for (const line of lines) {
      if (line.confidence >= 0.5) {
        expect(line.status).toBe('decided');
        expect(line.decision).toEqual({
          answer: line.prediction,
          method: 'auto',
          agreement: null,
          decidedAt: line.createdAt,
        });
      } else {
        expect(line.status).toBe('queued');
        expect(line.decision).toBeNull();
      }
    }
  });

  it('fills the CSV decision columns the same way', async () => {
    const response = await t.inject({ method: 'GET', url: '/api/projects/spam/export?format=csv' });
    const records = parse(response.body, { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(ITEMS);
    const decided = records.filter((record) => record.status === 'decided');
    expect(decided.length).toBeGreaterThan(ITEMS / 3);
    for (const record of records) {
      if (record.status === 'decided') {
        expect(JSON.parse(record.decision as string)).toEqual(JSON.parse(record.prediction as string));
        expect(record.decision_method).toBe('auto');
      } else {
        expect(record).toMatchObject({ decision: '', decision_method: '', decision_agreement: '' });
      }
    }
  });
});
