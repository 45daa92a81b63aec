import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { spamItem, spamProject } from '../testing/fixtures.js';
import { reviewer } from '../testing/review-driver.js';

/** Issue 8: an item with answers or a decision is immutable to ingest, on every way in. */
describe.each(ENGINES)('answered and decided items on %s', (engine) => {
  let t: TestApp;
  const url = '/api/projects/spam/items';
  beforeAll(async () => {
    t = await openTestApp(engine);
    await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject });
    // Confident items are auto-accepted (decided on arrival); the rest wait for one person.
    await t.inject({
      method: 'PUT',
      url: '/api/projects/spam/policy',
      payload: {
        rules: [{ when: { confidence: { gte: 0.9 } }, then: { action: 'auto_accept' } }],
        default: { action: 'review', k: 1 },
      },
    });
  });
  afterAll(async () => t.close());

  it('refuses a batch row that would rewrite a decided or answered item, and takes the rest', async () => {
    const decided = spamItem(1, { confidence: 0.95 });
    const answered = spamItem(2, { confidence: 0.5 });
    const open = spamItem(3, { confidence: 0.5 });
    const resent = spamItem(4, { confidence: 0.95 });
    const first = (
      await t.inject({ method: 'POST', url: `${url}/batch`, payload: { items: [decided, answered, open, resent] } })
    ).json();
    expect(first.created).toBe(4);
    const ada = reviewer((await t.userClient('ada', 'annotator')).inject, 'spam');
    const claimed = await ada.claim();
    expect(claimed.body.item.externalId).toBe('mail-2');
    await ada.submit(claimed.body.task.id, { verdict: 'ham' });

    const changed = { data: { text: 'rewritten after review' } };
    const second = await t.inject({
      method: 'POST',
      url: `${url}/batch`,
      payload: { items: [{ ...decided, ...changed }, { ...answered, ...changed }, { ...open, ...changed }, resent] },
    });
    expect(second.statusCode).toBe(200);
    const report = second.json();
    expect(report).toMatchObject({ received: 4, created: 0, updated: 1, unchanged: 1, rejected: 2 });
    expect(report.errors.map((e: { row: number; code: string; path: string }) => [e.row, e.code, e.path])).toEqual([
      [0, 'ITEM_DECIDED', 'externalId'],
      [1, 'ITEM_DECIDED', 'externalId'],
    ]);
    expect(report.errors[0].message).toMatch(/new externalId/);
    // Row 3 sends a decided item again exactly as stored: nothing changes, the retry is safe.
    expect(report.items).toEqual([
      { row: 2, id: first.items[2].id, externalId: 'mail-3', status: 'updated' },
      { row: 3, id: first.items[3].id, externalId: 'mail-4', status: 'unchanged' },
    ]);
    for (const [index, text] of [
      [0, decided.data],
      [1, answered.data],
    ] as const) {
      const item = (await t.inject({ method: 'GET', url: `${url}/${first.items[index].id}` })).json();
      expect(item).toMatchObject({ revision: 1, data: text });
    }
    const decision = await t.inject({ method: 'GET', url: `${url}/${first.items[0].id}/decision` });
    expect(decision.json().answer).toEqual(decided.prediction);
  });

  it('answers a single POST that would rewrite a decided item with 409 ITEM_DECIDED', async () => {
    const item = spamItem(10, { confidence: 0.99 });
    expect((await t.inject({ method: 'POST', url, payload: item })).statusCode).toBe(201);
    const again = await t.inject({ method: 'POST', url, payload: item });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ revision: 1 });
    const changed = await t.inject({ method: 'POST', url, payload: { ...item, confidence: 0.5 } });
    expect(changed.statusCode).toBe(409);
    expect(changed.json().error).toMatchObject({ code: 'ITEM_DECIDED', details: [{ path: 'externalId' }] });
  });

  it('reports refused rows of an imported file by line', async () => {
    const rows = [spamItem(20, { confidence: 0.95 }), spamItem(21, { confidence: 0.95 })];
    const file = (items: unknown[]) => `${items.map((row) => JSON.stringify(row)).join('\n')}\n`;
    const imported = await t.inject({
      method: 'POST',
      url: `${url}/import`,
      headers: { 'content-type': 'application/x-ndjson' },
      payload: file(rows),
    });
    expect(imported.json()).toMatchObject({ created: 2, rejected: 0 });
    const again = await t.inject({
      method: 'POST',
      url: `${url}/import`,
      headers: { 'content-type': 'application/x-ndjson' },
      payload: file([rows[0], { ...rows[1], prediction: { verdict: 'spam' } }]),
    });
    const report = again.json();
    expect(report).toMatchObject({ received: 2, created: 0, updated: 0, unchanged: 1, rejected: 1 });
    expect(report.errors).toEqual([expect.objectContaining({ line: 2, code: 'ITEM_DECIDED', path: 'externalId' })]);
  });
});
