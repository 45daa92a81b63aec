import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { spamProject } from '../testing/fixtures.js';
import { enqueueJob } from './store.js';

/** The jobs API: what an admin and a project's manager see of background work, and retrying it. */
describe.each(ENGINES)('jobs API on %s', (engine) => {
  let t: TestApp;
  let spamId: number;
  let failedId: number;
  beforeAll(async () => {
    t = await openTestApp(engine, { webhookAllowHosts: ['127.0.0.1'] });
    spamId = (await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject })).json().id;
    const otherId = (
      await t.inject({ method: 'POST', url: '/api/projects', payload: { ...spamProject, slug: 'other' } })
    ).json().id;
    // A delivery to a port nothing listens on fails for good on its last attempt.
    const hook = await t.inject({
      method: 'POST',
      url: '/api/projects/spam/webhooks',
      payload: { url: 'http://127.0.0.1:9/hook' },
    });
    const event = await t.storage.db
      .insertInto('events')
      .values({ project_id: spamId, type: 'item.decided', payload: '{}', created_at: Date.now() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const delivery = await t.storage.db
      .insertInto('webhook_deliveries')
      .values({ webhook_id: hook.json().id, event_id: event.id, status: 'pending', attempts: 11, next_attempt_at: 0 })
      .returning('id')
      .executeTakeFirstOrThrow();
    failedId = (await t.storage.db
      .insertInto('jobs')
      .values({
        type: 'webhook.deliver',
        key: `webhook:${hook.json().id}`,
        project_id: spamId,
        payload: JSON.stringify({ deliveryId: Number(delivery.id) }),
        state: 'queued',
        run_at: 0,
        attempts: 11,
        created_at: 0,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
      .then((row) => Number(row.id))) as number;
    await t.jobs.runUntilIdle();
    await enqueueJob(t.storage.db, {
      type: 'webhook.deliver',
      payload: { deliveryId: 0 },
      projectId: otherId,
      runAt: Date.now() + 3_600_000,
    });
  });
  afterAll(async () => t.close());

  it('lists failed jobs with the reason, and counts them per type', async () => {
    const failed = await t.inject({ method: 'GET', url: '/api/jobs?state=failed' });
    expect(failed.statusCode).toBe(200);
    expect(failed.json().jobs).toEqual([
      expect.objectContaining({
        id: failedId,
        type: 'webhook.deliver',
        state: 'failed',
        attempts: 12,
        lastError: expect.stringMatching(/ECONNREFUSED/),
      }),
    ]);
    const summary = (await t.inject({ method: 'GET', url: '/api/jobs/summary' })).json();
    expect(summary.types).toEqual([
      { type: 'webhook.deliver', queued: 1, due: 0, running: 0, failed: 1, oldestDueAgeSeconds: null },
    ]);
    const bad = await t.inject({ method: 'GET', url: '/api/jobs?state=stuck' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('query.state');
  });

  it("shows a manager only their project's jobs, and lets them retry a failed one", async () => {
    const manager = await t.userClient('mira', 'manager');
    await t.inject({ method: 'PUT', url: '/api/projects/spam/members', payload: { userIds: [manager.id] } });
    const listed = (await manager.inject({ method: 'GET', url: '/api/projects/spam/jobs' })).json();
    expect(listed.jobs.map((job: { id: number }) => job.id)).toEqual([failedId]);
    expect((await manager.inject({ method: 'GET', url: '/api/jobs' })).statusCode).toBe(403);
    const elsewhere = await manager.inject({ method: 'POST', url: `/api/projects/other/jobs/${failedId}/retry` });
    expect(elsewhere.statusCode).toBe(404);

    const retried = await manager.inject({ method: 'POST', url: `/api/projects/spam/jobs/${failedId}/retry` });
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toMatchObject({ id: failedId, state: 'queued', attempts: 0 });
    const again = await manager.inject({ method: 'POST', url: `/api/projects/spam/jobs/${failedId}/retry` });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('JOB_NOT_FAILED');
    const audit = (await t.inject({ method: 'GET', url: '/api/audit?action=job.retried' })).json();
    expect(audit.records[0]).toMatchObject({ actor: { username: 'mira' }, target: `job:${failedId}` });
    const summary = (await manager.inject({ method: 'GET', url: '/api/projects/spam/jobs/summary' })).json();
    expect(summary.total).toMatchObject({ queued: 1, due: 1, failed: 0 });
  });
});
