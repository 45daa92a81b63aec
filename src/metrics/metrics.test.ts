import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { spamItem, spamProject } from '../testing/fixtures.js';

const SCRAPER = 'scrape-me-0123456789abcdef';

/** GET /metrics: who may read it, and the figures an operator alerts on. */
describe.each(ENGINES)('metrics on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(engine, { metricsToken: SCRAPER });
    await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject });
    await t.inject({
      method: 'POST',
      url: '/api/projects/spam/items/batch',
      payload: { items: [spamItem(1), spamItem(2), spamItem(3)] },
    });
  });
  afterAll(async () => t.close());

  const scrape = async () => {
    const response = await t.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${SCRAPER}` },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    return response.body;
  };

  it('is read by the scraper token or an admin, and by nobody else', async () => {
    expect((await t.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(200); // the admin
    const manager = await t.userClient('mo', 'manager');
    const refused = await manager.inject({ method: 'GET', url: '/metrics' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('FORBIDDEN');
    const wrong = await t.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer not-the-token' },
    });
    expect(wrong.statusCode).toBe(401);
    // The scraper token opens nothing else.
    const elsewhere = await t.inject({
      method: 'GET',
      url: '/api/jobs',
      headers: { authorization: `Bearer ${SCRAPER}` },
    });
    expect(elsewhere.statusCode).toBe(401);
  });

  it('reports queue depth per project, claim and submit latency, jobs and event streams', async () => {
    const ada = await t.userClient('ada', 'annotator');
    const claim = await ada.inject({ method: 'POST', url: '/api/projects/spam/tasks/claim' });
    await ada.inject({
      method: 'POST',
      url: `/api/tasks/${claim.json().task.id}/submit`,
      payload: { answer: { verdict: 'spam' }, timeSpentMs: 900 },
    });
    await t.jobs.runUntilIdle();
    const body = await scrape();
    console.log(
      body
        .split('\n')
        .filter((l) => l.startsWith('tandem_') && !l.startsWith('tandem_process'))
        .join('\n'),
    );
    const open = await t.storage.db.selectFrom('tasks').select('id').where('state', '=', 'queued').execute();
    expect(body).toContain(`\ntandem_queue_open_tasks{project="spam"} ${open.length}\n`);
    expect(body).toMatch(/^tandem_queue_oldest_open_task_age_seconds\{project="spam"\} [0-9.e-]+$/m);
    expect(body).toMatch(/^tandem_claim_duration_seconds_count 1$/m);
    expect(body).toMatch(/^tandem_submit_duration_seconds_count 1$/m);
    expect(body).toMatch(/^tandem_sse_clients 0$/m);
    expect(body).toMatch(/^tandem_webhook_oldest_pending_age_seconds 0$/m);
    expect(body).toMatch(/^# TYPE tandem_jobs_backlog gauge$/m);
    expect(body).toMatch(/^tandem_process_resident_memory_bytes /m);
  });
});
