import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2EEnv, openE2E, screenshot } from './support.js';

/**
 * Issue 9, point 5 (already fixed on main; this pins the newcomer's exact case): a session from
 * an earlier server (a restart over a fresh data folder) must lead back to sign-in with a reason,
 * not leave every page on "This API token is not valid".
 */
describe('a stale session (Chromium)', () => {
  let env: E2EEnv;
  beforeAll(async () => {
    env = await openE2E();
  });
  afterAll(async () => env?.close());

  it('returns to sign-in with the reason, and the signed-in header always offers Sign out', async () => {
    const context = await env.browser.newContext({ baseURL: env.server.url, viewport: { width: 1366, height: 850 } });
    const url = new URL(env.server.url);
    await context.addCookies([
      { name: 'tandem_session', value: 'tds_from_a_server_that_is_gone_0123456789', domain: url.hostname, path: '/' },
    ]);
    const page = await context.newPage();
    await page.goto('/projects/spam/work');
    await page.waitForURL('**/signin**');
    const reason = page.getByRole('status');
    await reason.waitFor();
    expect((await reason.innerText()).length).toBeGreaterThan(5);
    await screenshot(page, 'signin-stale-session');

    await page.goto(`/signin#token=${await env.person('back', 'annotator')}`);
    await page.getByRole('heading', { name: 'Projects' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await context.close();
  });
});
