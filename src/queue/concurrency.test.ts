import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { spamItem, spamProject } from '../testing/fixtures.js';
import { reviewer } from '../testing/review-driver.js';

const ITEMS = 5_000;
const ANNOTATORS = 32;
const OVERLAP = 3;

/**
 * Issue #3's correctness bar: 32 annotators working one 5,000-item queue with overlap 3 at the
 * same time. Every item ends with exactly 3 responses from 3 distinct people — none lost, none
 * duplicated — and is decided or waiting for adjudication.
 */
describe.each(ENGINES)('32 concurrent annotators on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(engine, { pgPoolSize: 20 });
    await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject });
    await t.inject({
      method: 'PUT',
      url: '/api/projects/spam/policy',
      payload: { default: { action: 'review', k: OVERLAP, role: 'annotator' }, consensus: { threshold: 0.66 } },
    });
    for (let start = 0; start < ITEMS; start += 2_500) {
      const rows = Array.from({ length: 2_500 }, (_, i) => spamItem(start + i, { confidence: 0.5 }));
      const report = await t.inject({
        method: 'POST',
        url: '/api/projects/spam/items/batch',
        payload: { items: rows },
      });
      expect(report.json().created).toBe(2_500);
    }
  }, 120_000);
  afterAll(async () => t.close());

  it('gives every item exactly k distinct people, loses nothing and duplicates nothing', async () => {
    const people = await Promise.all(
      Array.from({ length: ANNOTATORS }, async (_, i) =>
        reviewer((await t.userClient(`annotator${i}`, 'annotator')).inject, 'spam'),
      ),
    );
    // Each answers by a rule of its own, so some items agree and some go to adjudication.
    const done = await Promise.all(
      people.map((person, index) =>
        person.workUntilEmpty((item) => ({ verdict: (item.id + index) % 5 === 0 ? 'ham' : 'spam' })),
      ),
    );
    expect(done.reduce((a, b) => a + b, 0)).toBe(ITEMS * OVERLAP);

    const responses = await t.storage.db.selectFrom('responses').select(['item_id', 'user_id', 'task_id']).execute();
    expect(responses).toHaveLength(ITEMS * OVERLAP);
    const byItem = new Map<number, Set<number>>();
    for (const r of responses) {
      const users = byItem.get(Number(r.item_id)) ?? new Set<number>();
      users.add(Number(r.user_id));
      byItem.set(Number(r.item_id), users);
    }
    expect(byItem.size).toBe(ITEMS);
    for (const users of byItem.values()) expect(users.size).toBe(OVERLAP);
    expect(new Set(responses.map((r) => Number(r.task_id))).size).toBe(ITEMS * OVERLAP);

    const statuses = await t.storage.db
      .selectFrom('items')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('status')
      .execute();
    const counts = Object.fromEntries(statuses.map((s) => [s.status, Number(s.n)]));
    expect((counts.decided ?? 0) + (counts.adjudication ?? 0)).toBe(ITEMS);
    expect(counts.decided).toBeGreaterThan(0);
    const decisions = await t.storage.db.selectFrom('decisions').select('item_id').execute();
    expect(decisions).toHaveLength(counts.decided ?? 0);
  }, 600_000);
});
