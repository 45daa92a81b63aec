import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spamItem, spamProject } from '../../src/testing/fixtures.js';
import { type E2EEnv, openE2E, screenshot } from './support.js';

/** Sign in with a token; see the projects you may work on with each queue's depth. */
describe('sign in and projects (Chromium)', () => {
  let env: E2EEnv;
  beforeAll(async () => {
    env = await openE2E();
    await env.api('POST', '/api/projects', spamProject);
    await env.api('POST', '/api/projects/spam/items/batch', { items: [spamItem(1), spamItem(2), spamItem(3)] });
    await env.api('POST', '/api/projects', { ...spamProject, slug: 'private', name: 'Private project' });
  }, 60_000);
  afterAll(async () => env?.close());

  it('rejects a wrong token next to the field, then signs in and lists projects with queue depth', async () => {
    const token = await env.person('ada', 'annotator');
    const me = await env.api<{ users: { id: number; username: string }[] }>('GET', '/api/users');
    const admin = me.users.find((u) => u.username === 'admin');
    await env.api('PUT', '/api/projects/private/members', { userIds: [admin?.id] });

    const page = await (
      await env.browser.newContext({ baseURL: env.server.url, viewport: { width: 1366, height: 850 } })
    ).newPage();
    await page.goto('/projects/spam/work'); // a deep link while signed out goes to sign-in
    await page.waitForURL('**/signin');
    await page.getByLabel('API token').fill('tdm_wrong');
    await page.keyboard.press('Enter');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/not valid/);
    expect(await page.getByLabel('API token').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'signin');

    await page.getByLabel('API token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Projects' }).waitFor();
    const cards = page.getByRole('listitem');
    expect(await cards.count()).toBe(1); // the members-only project is not shown to ada
    await page.getByText('tasks waiting').waitFor();
    await page.waitForFunction(() => document.body.innerText.includes('3\ntasks waiting'));
    expect(await page.getByRole('link', { name: 'Settings' }).count()).toBe(0); // annotators do not manage
    await screenshot(page, 'projects');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/signin');
  });

  it('signs in from a one-click link, keeps no token in the page, and returns to sign-in when the session ends', async () => {
    const token = await env.person('carol', 'annotator');
    const users = await env.api<{ users: { id: number; username: string }[] }>('GET', '/api/users');
    const carol = users.users.find((u) => u.username === 'carol');
    const context = await env.browser.newContext({ baseURL: env.server.url, viewport: { width: 1366, height: 850 } });
    const page = await context.newPage();
    await page.goto(`/signin#token=${token}`);
    await page.getByRole('heading', { name: 'Projects' }).waitFor();
    expect(page.url()).not.toContain(token);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + document.cookie);
    expect(stored).not.toContain('tdm_');
    expect(stored).not.toContain('tds_'); // the session cookie is httpOnly: no script sees it
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'tandem_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });

    await env.api('PATCH', `/api/users/${carol?.id}`, { active: false });
    await page.getByRole('link', { name: 'Approvals' }).click();
    await page.waitForURL('**/signin**');
    await page.getByRole('status').filter({ hasText: 'sign in again' }).waitFor();
    await screenshot(page, 'signin-session-ended');
    await context.close();
  });
});
