import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { spamItem, spamProject } from '../testing/fixtures.js';
import { reviewer } from '../testing/review-driver.js';

/**
 * Issue 12 point 2: queue ordering strategies through the real claim (cursors, skip-locked
 * statements). The order comes from each slot's precomputed rank, never a sort at claim time.
 */
describe.each(ENGINES)('queue ordering on %s', (engine) => {
  let t: TestApp;
  let counter = 0;
  beforeAll(async () => {
    t = await openTestApp(engine, { pgPoolSize: 12 });
  });
  afterAll(async () => t.close());

  async function project(policy: Record<string, unknown>): Promise<string> {
    const slug = `order-${++counter}`;
    expect(
      (await t.inject({ method: 'POST', url: '/api/projects', payload: { ...spamProject, slug } })).statusCode,
    ).toBe(201);
    const put = await t.inject({ method: 'PUT', url: `/api/projects/${slug}/policy`, payload: policy });
    expect(put.statusCode, put.body).toBe(200);
    return slug;
  }

  async function add(slug: string, confidences: readonly number[], from = 0) {
    const items = confidences.map((confidence, i) =>
      spamItem(from + i, { externalId: `${slug}-${from + i}`, confidence }),
    );
    const report = await t.inject({ method: 'POST', url: `/api/projects/${slug}/items/batch`, payload: { items } });
    expect(report.json().created).toBe(items.length);
  }

  async function claimedConfidences(person: ReturnType<typeof reviewer>, count: number): Promise<number[]> {
    const seen: number[] = [];
    for (let i = 0; i < count; i++) {
      const claimed = await person.claim();
      expect(claimed.status, JSON.stringify(claimed.body)).toBe(200);
      seen.push(claimed.body.item.confidence);
      await person.submit(claimed.body.task.id, { verdict: 'spam' });
    }
    return seen;
  }

  const confidences = [0.99, 0.7, 0.51, 0.95, 0.6, 0.85, 0.55, 0.9];

  it('serves the least confident item first with uncertainty ordering', async () => {
    const slug = await project({ default: { action: 'review', k: 1 }, ordering: { strategy: 'uncertainty' } });
    await add(slug, confidences);
    const ada = reviewer((await t.userClient(`ada-${slug}`, 'annotator')).inject, slug);
    expect(await claimedConfidences(ada, confidences.length)).toEqual([...confidences].sort((a, b) => a - b));
  });

  it('keeps arrival order with oldest (the default)', async () => {
    const slug = await project({ default: { action: 'review', k: 1 } });
    await add(slug, confidences);
    const ada = reviewer((await t.userClient(`ada-${slug}`, 'annotator')).inject, slug);
    expect(await claimedConfidences(ada, confidences.length)).toEqual(confidences);
  });

  it('hands a new, more uncertain item to a person whose cursor is far ahead (overlap 3)', async () => {
    const slug = await project({ default: { action: 'review', k: 3 }, ordering: { strategy: 'uncertainty' } });
    await add(slug, confidences);
    const fast = reviewer((await t.userClient(`fast-${slug}`, 'annotator')).inject, slug);
    expect(await claimedConfidences(fast, 4)).toEqual([0.51, 0.55, 0.6, 0.7]);
    await add(slug, [0.52], 100);
    expect(await claimedConfidences(fast, 2)).toEqual([0.52, 0.85]);
    // Someone new starts at the head, which still holds the items the fast one answered.
    const slow = reviewer((await t.userClient(`slow-${slug}`, 'annotator')).inject, slug);
    expect(await claimedConfidences(slow, 3)).toEqual([0.51, 0.52, 0.55]);
  });

  it('re-ranks open items when the policy switches from oldest to uncertainty', async () => {
    const slug = await project({ default: { action: 'review', k: 2 } });
    await add(slug, confidences);
    const ada = reviewer((await t.userClient(`ada-${slug}`, 'annotator')).inject, slug);
    expect(await claimedConfidences(ada, 2)).toEqual([0.99, 0.7]);
    const put = await t.inject({
      method: 'PUT',
      url: `/api/projects/${slug}/policy`,
      payload: { default: { action: 'review', k: 2 }, ordering: { strategy: 'uncertainty', measure: 'entropy' } },
    });
    expect(put.statusCode).toBe(200);
    await t.jobs.runUntilIdle();
    expect(await claimedConfidences(ada, 3)).toEqual([0.51, 0.55, 0.6]);
    const bob = reviewer((await t.userClient(`bob-${slug}`, 'annotator')).inject, slug);
    expect(await claimedConfidences(bob, 3)).toEqual([0.51, 0.55, 0.6]);
  });

  it('random ordering is reproducible and not arrival order', async () => {
    const many = Array.from({ length: 40 }, (_, i) => 0.5 + i / 100);
    const slug = await project({ default: { action: 'review', k: 1 }, ordering: { strategy: 'random' } });
    await add(slug, many);
    const ada = reviewer((await t.userClient(`ada-${slug}`, 'annotator')).inject, slug);
    const order = await claimedConfidences(ada, many.length);
    expect(order).not.toEqual(many);
    expect([...order].sort((a, b) => a - b)).toEqual(many);
  });

  it('8 people with overlap 3 under uncertainty + exploration: every item exactly 3 distinct people', async () => {
    const items = 120;
    const slug = await project({
      default: { action: 'review', k: 3 },
      ordering: { strategy: 'uncertainty', measure: 'margin', exploration: 0.2 },
    });
    await add(
      slug,
      Array.from({ length: items }, (_, i) => 0.5 + ((i * 37) % 50) / 100),
    );
    const people = await Promise.all(
      Array.from({ length: 8 }, async (_, i) =>
        reviewer((await t.userClient(`p${i}-${slug}`, 'annotator')).inject, slug),
      ),
    );
    const done = await Promise.all(people.map((person) => person.workUntilEmpty(() => ({ verdict: 'spam' }))));
    expect(done.reduce((a, b) => a + b, 0)).toBe(items * 3);
    const rows = await t.storage.db
      .selectFrom('responses')
      .innerJoin('items', 'items.id', 'responses.item_id')
      .select(['responses.item_id', 'responses.user_id'])
      .where('items.external_id', 'like', `${slug}-%`)
      .execute();
    const byItem = new Map<number, Set<number>>();
    for (const r of rows)
      byItem.set(Number(r.item_id), (byItem.get(Number(r.item_id)) ?? new Set()).add(Number(r.user_id)));
    expect(rows).toHaveLength(items * 3);
    expect(byItem.size).toBe(items);
    for (const users of byItem.values()) expect(users.size).toBe(3);
  }, 120_000);
});
