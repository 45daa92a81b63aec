import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { spamItem, spamProject } from '../testing/fixtures.js';

/** "Report a problem with this item" and the managers' list (issue 9, point 12). */
describe.each(ENGINES)('item reports on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(engine);
  });
  afterAll(async () => t.close());

  async function setUp(slug: string) {
    await t.inject({ method: 'POST', url: '/api/projects', payload: { ...spamProject, slug } });
    await t.inject({
      method: 'PUT',
      url: `/api/projects/${slug}/policy`,
      payload: { default: { action: 'review', k: 2 } },
    });
    await t.inject({ method: 'POST', url: `/api/projects/${slug}/items`, payload: spamItem(1) });
    const ada = await t.userClient(`ada-${slug}`, 'annotator');
    const grace = await t.userClient(`grace-${slug}`, 'annotator');
    const claim = await ada.inject({ method: 'POST', url: `/api/projects/${slug}/tasks/claim` });
    return { ada, grace, taskId: claim.json().task.id as number, itemId: claim.json().item.id as number };
  }
  const itemStatus = async (slug: string, itemId: number) =>
    (await t.inject({ method: 'GET', url: `/api/projects/${slug}/items/${itemId}` })).json().status;

  it('takes the item out of the queue into the managers list; sent back, it is worked again', async () => {
    const { ada, grace, taskId, itemId } = await setUp('rep');
    const tooShort = await ada.inject({ method: 'POST', url: `/api/tasks/${taskId}/report`, payload: { reason: ' ' } });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().error.details[0].path).toBe('reason');

    const reported = await ada.inject({
      method: 'POST',
      url: `/api/tasks/${taskId}/report`,
      payload: { reason: 'The text is cut off after two words' },
    });
    expect(reported.statusCode).toBe(201);
    expect(reported.json()).toMatchObject({ itemId, status: 'open', reportedBy: { username: 'ada-rep' } });
    expect(await itemStatus('rep', itemId)).toBe('reported');

    // Nobody gets it any more, and ada's task is gone.
    const other = await grace.inject({ method: 'POST', url: '/api/projects/rep/tasks/claim' });
    expect(other.json().error.code).toBe('QUEUE_EMPTY');
    const submit = await ada.inject({
      method: 'POST',
      url: `/api/tasks/${taskId}/submit`,
      payload: { answer: { verdict: 'spam' } },
    });
    expect(submit.json().error.code).toBe('LEASE_LOST');

    const list = await t.inject({ method: 'GET', url: '/api/projects/rep/reports' });
    expect(list.json().reports).toEqual([
      expect.objectContaining({ itemId, reason: 'The text is cut off after two words' }),
    ]);
    const onItem = await t.inject({ method: 'GET', url: `/api/projects/rep/items/${itemId}/reports` });
    expect(onItem.json().reports).toHaveLength(1);
    expect((await ada.inject({ method: 'GET', url: '/api/projects/rep/reports' })).statusCode).toBe(403);

    const resolved = await t.inject({
      method: 'POST',
      url: `/api/projects/rep/reports/${reported.json().id}/resolve`,
      payload: { action: 'requeue', note: 'Full text restored' },
    });
    expect(resolved.json()).toMatchObject({
      status: 'requeued',
      resolution: 'Full text restored',
      resolvedBy: { username: 'admin' },
    });
    expect(await itemStatus('rep', itemId)).toBe('queued');
    const queue = await t.inject({ method: 'GET', url: '/api/projects/rep/queue' });
    expect(queue.json()).toMatchObject({ open: 2, leased: 0 }); // both slots, as before the report
    expect((await grace.inject({ method: 'POST', url: '/api/projects/rep/tasks/claim' })).statusCode).toBe(200);
    expect((await t.inject({ method: 'GET', url: '/api/projects/rep/reports' })).json().reports).toEqual([]);

    const audit = await t.inject({ method: 'GET', url: `/api/audit?target=item:${itemId}` });
    const actions = audit.json().records.map((r: { action: string }) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['item.reported', 'item.report_resolved']));
  });

  it('a closed report keeps the item out (held); a report is resolved once; only the holder reports', async () => {
    const { ada, grace, taskId, itemId } = await setUp('closed');
    const notHolder = await grace.inject({
      method: 'POST',
      url: `/api/tasks/${taskId}/report`,
      payload: { reason: 'broken' },
    });
    expect(notHolder.statusCode).toBe(409);
    const reported = await ada.inject({
      method: 'POST',
      url: `/api/tasks/${taskId}/report`,
      payload: { reason: 'broken image' },
    });
    const url = `/api/projects/closed/reports/${reported.json().id}/resolve`;
    expect((await t.inject({ method: 'POST', url, payload: { action: 'close' } })).json().status).toBe('closed');
    expect(await itemStatus('closed', itemId)).toBe('held');
    const again = await t.inject({ method: 'POST', url, payload: { action: 'requeue' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('REPORT_RESOLVED');
    expect((await grace.inject({ method: 'POST', url: '/api/projects/closed/tasks/claim' })).json().error.code).toBe(
      'QUEUE_EMPTY',
    );
    const all = await t.inject({ method: 'GET', url: '/api/projects/closed/reports?status=all' });
    expect(all.json().reports.map((r: { status: string }) => r.status)).toEqual(['closed']);
  });
});
