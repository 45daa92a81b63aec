import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Storage } from '../db/storage.js';
import { ingestRows } from '../items/ingest.js';
import { CreateProjectBody } from '../projects/contracts.js';
import { createProject, getProject } from '../projects/service.js';
import type { Project } from '../projects/store.js';
import { submitTask } from '../responses/submit.js';
import { Policy } from '../routing/contracts.js';
import { insertPolicyVersion } from '../routing/store.js';
import { ENGINES, openTestStorage } from '../testing/engines.js';
import { spamItem, spamProject } from '../testing/fixtures.js';
import { createUser } from '../users/service.js';
import type { User } from '../users/store.js';
import { RESCAN_MS } from './claim.js';
import { claimTask, MAX_LEASES, releaseHeldTask } from './service.js';
import { selectHeldTasks } from './store.js';

/** Issue 10 point 1: the per-person claim (cursor, lock, lease limit) stays exactly right. */
describe.each(ENGINES)('claims with cursors on %s', (engine) => {
  let storage: Storage;
  let counter = 0;
  beforeAll(async () => {
    storage = await openTestStorage(engine, { pgPoolSize: 16 });
  });
  afterAll(async () => storage.close());

  async function project(k: number, items: number, rules: unknown[] = []): Promise<Project> {
    const slug = `claims-${++counter}`;
    const created = await createProject(storage, CreateProjectBody.parse({ ...spamProject, slug }), null);
    await insertPolicyVersion(
      storage,
      created.id,
      Policy.parse({ default: { action: 'review', k }, rules }),
      null,
      Date.now(),
    );
    const current = await getProject(storage, slug);
    if (items > 0) await addItems(current, 0, items);
    return current;
  }

  async function addItems(p: Project, from: number, count: number, overrides: Record<string, unknown> = {}) {
    const rows = Array.from({ length: count }, (_, i) =>
      spamItem(from + i, { externalId: `${p.slug}-${from + i}`, confidence: 0.5, ...overrides }),
    );
    await ingestRows(storage, p, rows);
  }

  async function person(name: string): Promise<User> {
    return createUser(storage, { username: `${name}-${++counter}`, role: 'annotator' });
  }

  async function answer(p: Project, user: User, now = Date.now()): Promise<number> {
    const task = await claimTask(storage, p, user, now);
    await submitTask(storage, task.id, user, { answer: { verdict: 'spam' } }, now);
    return task.itemId;
  }

  it('never lets 12 parallel claims by one person exceed the lease limit (20 rounds)', async () => {
    const p = await project(3, 200);
    const ada = await person('ada');
    for (let round = 0; round < 20; round++) {
      const now = Date.now();
      const results = await Promise.allSettled(Array.from({ length: 12 }, () => claimTask(storage, p, ada, now)));
      const claimed = results.filter((r) => r.status === 'fulfilled');
      expect(claimed).toHaveLength(MAX_LEASES);
      for (const r of results) {
        if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'LEASE_LIMIT' });
      }
      const held = await selectHeldTasks(storage.db, ada.id, now, p.id);
      expect(held).toHaveLength(MAX_LEASES);
      expect(new Set(held.map((t) => t.itemId)).size).toBe(MAX_LEASES);
      for (const task of held) await releaseHeldTask(storage, task.id, ada, now);
    }
  });

  it('counts the lease limit per project', async () => {
    const first = await project(1, 5);
    const second = await project(1, 5);
    const ada = await person('ada');
    const now = Date.now();
    await claimTask(storage, first, ada, now);
    await claimTask(storage, first, ada, now);
    await expect(claimTask(storage, first, ada, now)).rejects.toMatchObject({ code: 'LEASE_LIMIT' });
    expect((await claimTask(storage, second, ada, now)).projectId).toBe(second.id);
  });

  it('gives a person far ahead of the others the next item they have not answered, in order', async () => {
    const p = await project(3, 160);
    const fast = await person('fast');
    const answered: number[] = [];
    for (let i = 0; i < 120; i++) answered.push(await answer(p, fast));
    // Strictly in item order, never an item twice, though every item still has 2 open slots.
    expect(answered).toEqual([...answered].sort((a, b) => a - b));
    expect(new Set(answered).size).toBe(120);
    // A newcomer starts at the head; the fast person carries on where they were.
    const slow = await person('slow');
    const slowTask = await claimTask(storage, p, slow);
    expect(slowTask.itemId).toBe(answered[0]);
    const next = await claimTask(storage, p, fast);
    expect(next.itemId).toBeGreaterThan(answered.at(-1) as number);
    // Overlap holds: no item has more than k answers or one person twice.
    const rows = await storage.db
      .selectFrom('responses')
      .select(['item_id', 'user_id'])
      .where('project_id', '=', p.id)
      .execute();
    const pairs = new Set(rows.map((r) => `${r.item_id}/${r.user_id}`));
    expect(pairs.size).toBe(rows.length);
  }, 120_000);

  it('serves a slot that came back (released or lapsed) before fresh ones, and a higher priority first', async () => {
    const p = await project(1, 3, [
      { when: { tags: { any: ['urgent'] } }, then: { action: 'review', k: 1, priority: 5 } },
    ]);
    const ada = await person('ada');
    const grace = await person('grace');
    const now = Date.now();
    const first = await claimTask(storage, p, ada, now);
    await answer(p, grace, now); // grace moves her cursor past the first item
    await releaseHeldTask(storage, first.id, ada, now);
    expect((await claimTask(storage, p, grace, now)).id).toBe(first.id);
    // A higher-priority item added after everyone's cursor moved still comes first.
    await addItems(p, 100, 1, { metadata: { tags: ['urgent'] } });
    const urgent = await claimTask(storage, p, ada);
    expect(urgent.priority).toBe(5);
  });

  it('finds a slot that slipped behind the cursor within the rescan period', async () => {
    const p = await project(1, 3);
    const ada = await person('ada');
    const now = Date.now();
    const first = await answer(p, ada, now);
    // Simulate a batch that committed late with a lower id than ada's cursor: reopen item 1's slot fresh.
    await storage.db
      .updateTable('tasks')
      .set({ state: 'queued', claimed_by: null, claimed_at: null, completed_at: null, available_at: now })
      .where('item_id', '=', first)
      .execute();
    await storage.db.deleteFrom('responses').where('item_id', '=', first).execute();
    await answer(p, ada, now);
    await answer(p, ada, now);
    // Nothing after the cursor: the rescan (due at once, never run yet) finds the slot behind it.
    expect((await claimTask(storage, p, ada, now)).itemId).toBe(first);
    await releaseHeldTask(storage, (await selectHeldTasks(storage.db, ada.id, now, p.id))[0]?.id as number, ada, now);
    // The returned slot is served again at once; after it is answered, the queue is empty until new work.
    await answer(p, ada, now);
    await expect(claimTask(storage, p, ada, now + RESCAN_MS)).rejects.toMatchObject({ code: 'QUEUE_EMPTY' });
  });
});
