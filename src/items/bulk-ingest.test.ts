import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { spamItem, spamProject } from '../testing/fixtures.js';

// Issue 10 point 5: a batch is written in multi-row statements (500 rows each on SQLite, then
// smaller pieces). Every row must still come back with the id of the item holding its content,
// with and without external ids, and with one review slot each.
const ROWS = 1_234;

describe.each(ENGINES)('bulk ingest on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(engine);
    await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject });
  });
  afterAll(async () => t.close());

  it('reports each row with the id of the item that holds its content', async () => {
    const items = Array.from({ length: ROWS }, (_, index) => {
      const row = spamItem(index, { confidence: 0.1 });
      if (index % 3 === 0) delete row.externalId;
      return row;
    });
    const response = await t.inject({ method: 'POST', url: '/api/projects/spam/items/batch', payload: { items } });
    const report = response.json();
    expect(report).toMatchObject({ received: ROWS, created: ROWS, rejected: 0 });
    const ids = report.items.map((result: { id: number }) => result.id);
    expect(new Set(ids).size).toBe(ROWS);
    for (const index of [0, 1, 2, 499, 500, 501, 999, 1_000, 1_233]) {
      const item = (await t.inject({ method: 'GET', url: `/api/projects/spam/items/${ids[index]}` })).json();
      expect(item.data.text).toBe(`Hello Ada, message number ${index} from Acme`);
      expect(item.externalId).toBe(index % 3 === 0 ? null : `mail-${index}`);
    }
    const slots = await t.storage.db.selectFrom('tasks').select(['item_id']).where('state', '=', 'queued').execute();
    expect(new Set(slots.map((slot) => Number(slot.item_id)))).toEqual(new Set(ids));
    expect(slots).toHaveLength(ROWS);
  });

  it('updates the rows sent again and creates the new ones in the same batch', async () => {
    const items = Array.from({ length: 700 }, (_, index) => spamItem(index + 900, { confidence: 0.2 }));
    const report = (
      await t.inject({ method: 'POST', url: '/api/projects/spam/items/batch', payload: { items } })
    ).json();
    // Rows 900–1233 existed (those with an external id), 1234–1599 are new.
    const existing = items.filter((_, index) => index + 900 < ROWS && (index + 900) % 3 !== 0).length;
    expect(report).toMatchObject({ received: 700, updated: existing, created: 700 - existing, rejected: 0 });
  });
});
