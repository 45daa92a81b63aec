import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../../testing/engines.js';
import { spamItem, spamProject } from '../../testing/fixtures.js';
import { reviewer } from '../../testing/review-driver.js';

describe.each(ENGINES)('web app APIs on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(engine);
    await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject });
    await t.inject({
      method: 'POST',
      url: '/api/projects',
      payload: {
        name: 'Agent approvals',
        slug: 'approvals',
        labelSchema: { questions: [{ name: 'ok', type: 'approval' }] },
      },
    });
    await t.inject({
      method: 'PUT',
      url: '/api/projects/approvals/policy',
      payload: { approval: { timeoutSeconds: 600 } },
    });
  });
  afterAll(async () => t.close());

  it('restricts a project to its members once it has any', async () => {
    const ada = await t.userClient('ada', 'annotator');
    const bob = await t.userClient('bob', 'annotator');
    await t.inject({ method: 'POST', url: '/api/projects/spam/items', payload: spamItem(1, { confidence: 0.4 }) });
    const set = await t.inject({ method: 'PUT', url: '/api/projects/spam/members', payload: { userIds: [ada.id] } });
    expect(set.json()).toEqual({ userIds: [ada.id], members: [{ userId: ada.id, role: null }] });
    const unknown = await t.inject({
      method: 'PUT',
      url: '/api/projects/spam/members',
      payload: { userIds: [ada.id, 9_999] },
    });
    expect(unknown.json().error.details).toEqual([{ path: 'userIds.1', message: 'no user 9999' }]);

    const bobsProjects = await bob.inject({ method: 'GET', url: '/api/projects' });
    expect(bobsProjects.json().projects.map((p: { slug: string }) => p.slug)).toEqual(['approvals']);
    const bobClaims = await bob.inject({ method: 'POST', url: '/api/projects/spam/tasks/claim' });
    // A members-only project does not exist for a non-member.
    expect(bobClaims.statusCode).toBe(404);
    expect(bobClaims.json().error.code).toBe('PROJECT_NOT_FOUND');
    expect((await ada.inject({ method: 'POST', url: '/api/projects/spam/tasks/claim' })).statusCode).toBe(200);

    await t.inject({ method: 'PUT', url: '/api/projects/spam/members', payload: { userIds: [] } });
    expect((await bob.inject({ method: 'GET', url: '/api/projects' })).json().projects).toHaveLength(2);
  });

  it('lists pending approvals with deadlines and claims the chosen one', async () => {
    const first = await t.inject({
      method: 'POST',
      url: '/api/projects/approvals/items',
      payload: { data: { action: { tool: 'refund', arguments: { amount: 30 } } } },
    });
    await t.inject({
      method: 'POST',
      url: '/api/projects/approvals/items',
      payload: { data: { action: { tool: 'refund', arguments: { amount: 900 } } } },
    });
    const inbox = await t.inject({ method: 'GET', url: '/api/approvals' });
    const approvals = inbox.json().approvals;
    expect(approvals).toHaveLength(2);
    expect(approvals[0]).toMatchObject({
      project: { slug: 'approvals' },
      item: { id: first.json().id, deadlineAt: expect.any(String) },
    });
    const boss = await t.userClient('boss', 'expert');
    const second = approvals[1].item.id;
    const claimed = await boss.inject({ method: 'POST', url: `/api/projects/approvals/items/${second}/claim` });
    expect(claimed.json().item).toMatchObject({ id: second, data: { action: { arguments: { amount: 900 } } } });
    const again = await boss.inject({ method: 'POST', url: `/api/projects/approvals/items/${second}/claim` });
    expect(again.json().error).toMatchObject({
      code: 'QUEUE_EMPTY',
      details: [{ path: 'item', message: 'you already hold it' }],
    });
  });

  it('reports dashboard figures', async () => {
    const carol = reviewer((await t.userClient('carol', 'annotator')).inject, 'spam');
    await t.inject({ method: 'POST', url: '/api/projects/spam/items', payload: spamItem(10, { confidence: 0.4 }) });
    const claimed = await carol.claim();
    await carol.submit(claimed.body.task.id, { verdict: 'spam' }, { timeSpentMs: 4_000 });
    await t.inject({ method: 'POST', url: '/api/projects/spam/items', payload: spamItem(2, { confidence: 0.99 }) });
    const stats = (await t.inject({ method: 'GET', url: '/api/projects/spam/stats?hours=1' })).json();
    expect(stats.items.decided).toBeGreaterThanOrEqual(1);
    expect(stats.decisionsByMethod.consensus).toBe(1);
    expect(stats.throughput).toHaveLength(61);
    expect(stats.throughput.reduce((n: number, b: { responses: number }) => n + b.responses, 0)).toBe(1);
    expect(stats.agreement[9].items).toBeGreaterThanOrEqual(1);
    expect(stats.annotators).toEqual([
      { userId: expect.any(Number), username: 'carol', responses: 1, meanTimeMs: 4_000 },
    ]);
    expect((await t.inject({ method: 'GET', url: '/api/projects/spam/stats?hours=0' })).statusCode).toBe(400);
  });

  it('hides the pre-label from people in a blind project', async () => {
    await t.inject({ method: 'PUT', url: '/api/projects/spam/policy', payload: { blind: true } });
    await t.inject({ method: 'POST', url: '/api/projects/spam/items', payload: spamItem(3, { confidence: 0.3 }) });
    const dave = reviewer((await t.userClient('dave', 'annotator')).inject, 'spam');
    const claimed = await dave.claim();
    expect(claimed.body.item).toMatchObject({ prediction: null, confidence: null });
  });
});
