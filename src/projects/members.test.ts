import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { spamItem, spamProject } from '../testing/fixtures.js';

/** Members one by one, and a member's role in one project (issue 14 point 2). */
describe.each(ENGINES)('project members and project roles on %s', (engine) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await openTestApp(engine);
    await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject });
    await t.inject({ method: 'POST', url: '/api/projects', payload: { ...spamProject, slug: 'other', name: 'Other' } });
  });
  afterEach(async () => t.close());

  it("gives a member a project role that replaces their own on that project's routes only", async () => {
    const rita = await t.userClient('rita', 'reviewer');
    const set = await t.inject({
      method: 'PUT',
      url: `/api/projects/spam/members/${rita.id}`,
      payload: { role: 'manager' },
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({ userId: rita.id, role: 'manager' });
    // Managing spam is hers now; other projects and the rest of the API still see a reviewer.
    expect((await rita.inject({ method: 'GET', url: '/api/projects/spam/webhooks' })).statusCode).toBe(200);
    expect((await rita.inject({ method: 'GET', url: '/api/projects/other/webhooks' })).statusCode).toBe(403);
    expect(
      (await rita.inject({ method: 'POST', url: '/api/projects', payload: { ...spamProject, slug: 'mine' } }))
        .statusCode,
    ).toBe(403);

    expect((await rita.inject({ method: 'GET', url: '/api/projects/spam' })).json().yourRole).toBe('manager');
    expect((await rita.inject({ method: 'GET', url: '/api/projects/other' })).json().yourRole).toBe('reviewer');
    const listed = await t.inject({ method: 'GET', url: '/api/projects/spam/members' });
    expect(listed.json()).toEqual({ userIds: [rita.id], members: [{ userId: rita.id, role: 'manager' }] });

    // A project role can also narrow: a manager who only reads here.
    const mo = await t.userClient('mo', 'manager');
    await t.inject({ method: 'PUT', url: `/api/projects/spam/members/${mo.id}`, payload: { role: 'viewer' } });
    expect((await mo.inject({ method: 'GET', url: '/api/projects/spam/explore' })).statusCode).toBe(200);
    const refused = await mo.inject({
      method: 'PUT',
      url: '/api/projects/spam/policy',
      payload: { rules: [], default: { action: 'auto_accept' } },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toContain('you are viewer');
    expect((await mo.inject({ method: 'POST', url: '/api/projects/spam/tasks/claim' })).statusCode).toBe(403);
    expect((await mo.inject({ method: 'GET', url: '/api/projects/other/webhooks' })).statusCode).toBe(200);

    // Back to their own role.
    await t.inject({ method: 'PUT', url: `/api/projects/spam/members/${mo.id}`, payload: { role: null } });
    expect((await mo.inject({ method: 'GET', url: '/api/projects/spam/webhooks' })).statusCode).toBe(200);
  });

  it('lets a project-role annotator claim tasks of that project and answer through /api/tasks', async () => {
    const vic = await t.userClient('vic', 'viewer');
    await t.inject({ method: 'POST', url: '/api/projects/spam/items', payload: spamItem(1) });
    expect((await vic.inject({ method: 'POST', url: '/api/projects/spam/tasks/claim' })).statusCode).toBe(403);
    await t.inject({ method: 'PUT', url: `/api/projects/spam/members/${vic.id}`, payload: { role: 'annotator' } });
    const claimed = await vic.inject({ method: 'POST', url: '/api/projects/spam/tasks/claim' });
    expect(claimed.statusCode, claimed.body).toBe(200);
    const heartbeat = await vic.inject({ method: 'POST', url: `/api/tasks/${claimed.json().task.id}/heartbeat` });
    expect(heartbeat.statusCode, heartbeat.body).toBe(200);
  });

  it('adds and removes members one by one, keeps a manager on a list they start, and audits it', async () => {
    const mo = await t.userClient('mo', 'manager');
    const ada = await t.userClient('ada', 'annotator');
    const added = await mo.inject({ method: 'PUT', url: `/api/projects/spam/members/${ada.id}`, payload: {} });
    expect(added.json()).toEqual({ userId: ada.id, role: null });
    const members = await t.inject({ method: 'GET', url: '/api/projects/spam/members' });
    expect(members.json().userIds).toEqual([mo.id, ada.id].sort((a, b) => a - b));
    // Replacing the list keeps the project roles of those who stay.
    await t.inject({ method: 'PUT', url: `/api/projects/spam/members/${ada.id}`, payload: { role: 'reviewer' } });
    await t.inject({ method: 'PUT', url: '/api/projects/spam/members', payload: { userIds: [ada.id, mo.id] } });
    const kept = await t.inject({ method: 'GET', url: '/api/projects/spam/members' });
    expect(kept.json().members).toContainEqual({ userId: ada.id, role: 'reviewer' });

    const removed = await mo.inject({ method: 'DELETE', url: `/api/projects/spam/members/${ada.id}` });
    expect(removed.statusCode).toBe(204);
    expect((await ada.inject({ method: 'GET', url: '/api/projects/spam' })).statusCode).toBe(404);
    const again = await mo.inject({ method: 'DELETE', url: `/api/projects/spam/members/${ada.id}` });
    expect(again.statusCode).toBe(404);
    const self = await mo.inject({ method: 'DELETE', url: `/api/projects/spam/members/${mo.id}` });
    expect(self.statusCode).toBe(400);
    expect(self.json().error.details[0].path).toBe('userId');

    const audit = await t.inject({ method: 'GET', url: '/api/projects/spam/audit' });
    const actions = audit.json().records.map((r: { action: string }) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['member.set', 'member.removed', 'members.set']));
  });

  it('refuses bad input naming the field: unknown user, admin narrowed, unknown role', async () => {
    const unknown = await t.inject({ method: 'PUT', url: '/api/projects/spam/members/999', payload: { role: null } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('USER_NOT_FOUND');
    const admin = await t.inject({ method: 'PUT', url: '/api/projects/spam/members/1', payload: { role: 'viewer' } });
    expect(admin.statusCode).toBe(400);
    expect(admin.json().error.details[0].path).toBe('role');
    const ada = await t.userClient('ada', 'annotator');
    const role = await t.inject({
      method: 'PUT',
      url: `/api/projects/spam/members/${ada.id}`,
      payload: { role: 'admin' },
    });
    expect(role.statusCode).toBe(400);
    expect(JSON.stringify(role.json().error.details)).toContain('role');
    const badId = await t.inject({ method: 'DELETE', url: '/api/projects/spam/members/abc' });
    expect(badId.statusCode).toBe(400);
  });
});
