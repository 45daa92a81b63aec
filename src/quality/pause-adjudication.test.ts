import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { spamProject } from '../testing/fixtures.js';
import { reviewer } from '../testing/review-driver.js';
import { pausePerson } from './standing.js';

type Action =
  | { kind: 'answer'; who: number; label: 'spam' | 'ham' }
  | { kind: 'adjudicate'; label: 'spam' | 'ham' }
  | { kind: 'pause' | 'resume' | 'discard'; who: number };

const label = fc.constantFrom('spam' as const, 'ham' as const);
const who = fc.integer({ min: 0, max: 2 });
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('answer' as const), who, label }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('adjudicate' as const), label }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constantFrom('pause' as const, 'resume' as const, 'discard' as const), who }),
  },
);

describe.each(ENGINES)('pauses, resumes and adjudication on %s (issue 11 point 4)', (engine) => {
  let t: TestApp;
  let slug = 0;
  beforeAll(async () => {
    t = await openTestApp(engine);
  });
  afterAll(async () => t.close());

  async function project(items: number) {
    const name = `adj${slug++}`;
    await t.inject({ method: 'POST', url: '/api/projects', payload: { ...spamProject, slug: name } });
    await t.inject({
      method: 'PUT',
      url: `/api/projects/${name}/policy`,
      payload: { default: { action: 'review', k: 2 }, consensus: { threshold: 0.9 }, quality: { goldRate: 0 } },
    });
    const rows = Array.from({ length: items }, (_, i) => ({ externalId: `${name}-${i}`, data: { text: `m ${i}` } }));
    await t.inject({ method: 'POST', url: `/api/projects/${name}/items/batch`, payload: { items: rows } });
    const { id } = (await t.inject({ method: 'GET', url: `/api/projects/${name}` })).json();
    return { name, id: Number(id) };
  }

  async function person(name: string, role: 'annotator' | 'reviewer') {
    const client = await t.userClient(`${name}-${role}-${Math.random().toString(36).slice(2, 8)}`, role);
    return { id: client.id, driver: reviewer(client.inject, name) };
  }

  /** Every item is decided, or open in exactly one phase with an open slot of that phase. */
  async function expectOnePhaseEach(projectId: number) {
    const items = await t.storage.db
      .selectFrom('items')
      .select(['id', 'status'])
      .where('project_id', '=', projectId)
      .execute();
    const tasks = await t.storage.db
      .selectFrom('tasks')
      .select(['item_id', 'phase', 'state'])
      .where('project_id', '=', projectId)
      .where('state', '=', 'queued')
      .execute();
    for (const item of items) {
      const open = tasks.filter((task) => Number(task.item_id) === Number(item.id));
      const review = open.filter((task) => task.phase === 'review').length;
      const adjudication = open.filter((task) => task.phase === 'adjudication').length;
      const where = `item ${item.id} (${item.status}, ${review} review / ${adjudication} adjudication slots)`;
      if (item.status === 'decided') expect(review + adjudication, where).toBe(0);
      else if (item.status === 'adjudication') expect([review, adjudication], where).toEqual([0, 1]);
      else {
        expect(item.status, where).toBe('queued');
        expect(adjudication, where).toBe(0);
        expect(review, where).toBeGreaterThan(0);
      }
    }
  }

  async function act(
    p: { name: string; id: number },
    people: { id: number; driver: ReturnType<typeof reviewer> }[],
    a: Action,
  ) {
    const [r] = people.slice(3);
    if (a.kind === 'answer' || a.kind === 'adjudicate') {
      const who = a.kind === 'answer' ? people[a.who] : r;
      const claimed = await who?.driver.claim();
      if (claimed?.status !== 200) return;
      const submitted = await who?.driver.submit(claimed.body.task.id, { verdict: a.label });
      expect(submitted?.status).toBe(200);
      const status = await t.storage.db
        .selectFrom('items')
        .select('status')
        .where('id', '=', claimed.body.item.id)
        .executeTakeFirstOrThrow();
      expect(submitted?.body.itemStatus).toBe(status.status);
    } else if (a.kind === 'pause') {
      const id = people[a.who]?.id as number;
      const state = await t.storage.db
        .selectFrom('annotator_states')
        .select('status')
        .where('project_id', '=', p.id)
        .where('user_id', '=', id)
        .executeTakeFirst();
      if (state?.status === 'paused') return;
      await t.storage.db.transaction().execute((trx) => pausePerson(trx, p.id, id, 'test', Date.now()));
    } else {
      const response = await t.inject({
        method: 'POST',
        url: `/api/projects/${p.name}/annotators/${people[a.who]?.id}/${a.kind}`,
      });
      expect(response.statusCode).toBe(200);
    }
  }

  it('the reported steps: a pause while the item awaits adjudication leaves one adjudication slot', async () => {
    const p = await project(1);
    const people = [
      await person(p.name, 'annotator'),
      await person(p.name, 'annotator'),
      await person(p.name, 'annotator'),
      await person(p.name, 'reviewer'),
    ];
    await act(p, people, { kind: 'answer', who: 0, label: 'spam' });
    await act(p, people, { kind: 'answer', who: 1, label: 'ham' });
    await expectOnePhaseEach(p.id); // in adjudication
    await act(p, people, { kind: 'pause', who: 1 });
    await expectOnePhaseEach(p.id); // back to review, one fresh slot
    await act(p, people, { kind: 'answer', who: 2, label: 'ham' });
    await expectOnePhaseEach(p.id); // adjudication again, one slot
    await act(p, people, { kind: 'adjudicate', label: 'ham' });
    const item = await t.storage.db
      .selectFrom('items')
      .select('status')
      .where('project_id', '=', p.id)
      .executeTakeFirst();
    expect(item?.status).toBe('decided');
    expect((await people[3]?.driver.claim())?.body.error.code).toBe('QUEUE_EMPTY');
  });

  it('random submit / pause / resume / discard / adjudicate sequences never strand an item', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 18 }), async (actions) => {
        const p = await project(3);
        const people = [
          await person(p.name, 'annotator'),
          await person(p.name, 'annotator'),
          await person(p.name, 'annotator'),
          await person(p.name, 'reviewer'),
        ];
        for (const a of actions) {
          await act(p, people, a);
          await expectOnePhaseEach(p.id);
        }
        // Drain: pauses are lifted, and fresh people (who hold no slot of any item) finish the work.
        for (let who = 0; who < 3; who += 1) await act(p, people, { kind: 'resume', who });
        await expectOnePhaseEach(p.id);
        const fresh = [
          await person(p.name, 'annotator'),
          await person(p.name, 'annotator'),
          await person(p.name, 'reviewer'),
        ];
        for (const f of fresh) await f.driver.workUntilEmpty(() => ({ verdict: 'spam' }));
        const statuses = await t.storage.db
          .selectFrom('items')
          .select('status')
          .where('project_id', '=', p.id)
          .execute();
        expect(statuses.map((s) => s.status)).toEqual(['decided', 'decided', 'decided']);
      }),
      { numRuns: 12, seed: 11 },
    );
  });
});
