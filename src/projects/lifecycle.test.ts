import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob } from '../jobs/store.js';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { spamItem, spamProject } from '../testing/fixtures.js';

/** Archive and delete projects and items, and read an item's answers (issue 9, point 19). */
describe.each(ENGINES)('project and item lifecycle on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(engine);
  });
  afterAll(async () => t.close());

  /** A project with three items, the first answered (and so decided: the default policy asks one person). */
  async function projectWithWork(slug: string) {
    await t.inject({ method: 'POST', url: '/api/projects', payload: { ...spamProject, slug } });
    const batch = await t.inject({
      method: 'POST',
      url: `/api/projects/${slug}/items/batch`,
      payload: { items: [spamItem(1), spamItem(2), spamItem(3)] },
    });
    const ids = batch.json().items.map((i: { id: number }) => i.id) as number[];
    const ada = await t.userClient(`ada-${slug}`, 'annotator');
    const claim = await ada.inject({ method: 'POST', url: `/api/projects/${slug}/tasks/claim` });
    const submitted = await ada.inject({
      method: 'POST',
      url: `/api/tasks/${claim.json().task.id}/submit`,
      payload: { answer: { verdict: 'spam' }, timeSpentMs: 1200 },
    });
    expect(submitted.json().itemStatus).toBe('decided');
    return { ids, answered: claim.json().item.id as number, ada };
  }

  const exported = async (slug: string) =>
    (await t.inject({ method: 'GET', url: `/api/projects/${slug}/export` })).body
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));

  it('an archived project is read-only and out of lists and queues; unarchived, it is as it was', async () => {
    const { answered } = await projectWithWork('arch');
    const archived = await t.inject({ method: 'POST', url: '/api/projects/arch/archive' });
    expect(archived.statusCode).toBe(200);
    expect(archived.json().archivedAt).toEqual(expect.any(String));

    const list = (query = '') =>
      t
        .inject({ method: 'GET', url: `/api/projects${query}` })
        .then((r) => r.json().projects.map((p: { slug: string }) => p.slug));
    expect(await list()).not.toContain('arch');
    expect(await list('?archived=true')).toContain('arch');

    const claim = await t.inject({ method: 'POST', url: '/api/projects/arch/tasks/claim' });
    expect(claim.statusCode).toBe(409);
    expect(claim.json().error.code).toBe('PROJECT_ARCHIVED');
    const add = await t.inject({ method: 'POST', url: '/api/projects/arch/items', payload: spamItem(9) });
    expect(add.json().error.code).toBe('PROJECT_ARCHIVED');
    const batch = await t.inject({
      method: 'POST',
      url: '/api/projects/arch/items/batch',
      payload: { items: [spamItem(9)] },
    });
    expect(batch.json().error.code).toBe('PROJECT_ARCHIVED');
    const imported = await t.inject({
      method: 'POST',
      url: '/api/projects/arch/items/import',
      headers: { 'content-type': 'application/x-ndjson' },
      payload: `${JSON.stringify(spamItem(9))}\n`,
    });
    expect(imported.json().error.code).toBe('PROJECT_ARCHIVED');

    // Decisions and exports stay readable.
    const rows = await exported('arch');
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.id === answered).decision).toMatchObject({ answer: { verdict: 'spam' } });

    expect((await t.inject({ method: 'POST', url: '/api/projects/arch/unarchive' })).json().archivedAt).toBeNull();
    const again = await t.inject({ method: 'POST', url: '/api/projects/arch/tasks/claim' });
    expect(again.statusCode).toBe(200);
  });

  it('deletes only an archived project, with everything in it; the audit log keeps the record', async () => {
    await projectWithWork('gone');
    await projectWithWork('kept');
    const early = await t.inject({ method: 'DELETE', url: '/api/projects/gone' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('PROJECT_NOT_ARCHIVED');

    // Jobs of a project (webhook deliveries, refits…) go with it; the runner is not started here.
    await t.inject({ method: 'POST', url: '/api/projects/gone/webhooks', payload: { url: 'https://example.com/h' } });
    for (const slug of ['gone', 'kept']) {
      const projectId = (await t.inject({ method: 'GET', url: `/api/projects/${slug}` })).json().id as number;
      await enqueueJob(t.storage.db, { type: 'webhook.deliver', payload: { deliveryId: 0 }, projectId });
    }
    const jobsOf = async (slug: string) =>
      t.storage.db
        .selectFrom('jobs')
        .innerJoin('projects', 'projects.id', 'jobs.project_id')
        .select('jobs.id')
        .where('projects.slug', '=', slug)
        .execute();
    expect(await jobsOf('gone')).not.toHaveLength(0);
    const keptJobs = (await jobsOf('kept')).length;
    const goneId = (await t.inject({ method: 'GET', url: '/api/projects/gone' })).json().id as number;
    await t.inject({ method: 'POST', url: '/api/projects/gone/archive' });
    const deleted = await t.inject({ method: 'DELETE', url: '/api/projects/gone' });
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json()).toEqual({ deletedItems: 3 });
    expect((await t.inject({ method: 'GET', url: '/api/projects/gone' })).statusCode).toBe(404);
    expect(await exported('kept')).toHaveLength(3); // other projects are untouched
    expect(await t.storage.db.selectFrom('jobs').select('id').where('project_id', '=', goneId).execute()).toEqual([]);
    expect(await jobsOf('kept')).toHaveLength(keptJobs);

    const audit = await t.inject({ method: 'GET', url: '/api/audit?action=project.deleted' });
    expect(audit.json().records[0]).toMatchObject({ action: 'project.deleted', details: { slug: 'gone', items: 3 } });
  });

  it("lists an item's answers for managers, and deletes an item with its answers and decision", async () => {
    const { ids, answered, ada } = await projectWithWork('items');
    const responses = await t.inject({ method: 'GET', url: `/api/projects/items/items/${answered}/responses` });
    expect(responses.statusCode).toBe(200);
    expect(responses.json().responses).toEqual([
      expect.objectContaining({
        username: 'ada-items',
        phase: 'review',
        answer: { verdict: 'spam' },
        timeSpentMs: 1200,
      }),
    ]);
    const asWorker = await ada.inject({ method: 'GET', url: `/api/projects/items/items/${answered}/responses` });
    expect(asWorker.statusCode).toBe(403);
    const otherProject = await t.inject({ method: 'GET', url: `/api/projects/kept/items/${answered}/responses` });
    expect(otherProject.json().error.code).toBe('ITEM_NOT_FOUND');

    const deleted = await t.inject({ method: 'DELETE', url: `/api/projects/items/items/${answered}` });
    expect(deleted.statusCode).toBe(204);
    expect((await t.inject({ method: 'GET', url: `/api/projects/items/items/${answered}` })).statusCode).toBe(404);
    expect((await exported('items')).map((r) => r.id)).toEqual(ids.filter((id) => id !== answered));
    const audit = await t.inject({ method: 'GET', url: `/api/audit?action=item.deleted&target=item:${answered}` });
    expect(audit.json().records[0].details).toMatchObject({
      externalId: expect.any(String),
      status: 'decided',
      responses: 1,
      decision: { method: 'consensus', answer: { verdict: 'spam' } },
    });
    const queue = await t.inject({ method: 'GET', url: '/api/projects/items/queue' });
    expect(queue.json().items).toEqual({ queued: 2 });
  });
});
