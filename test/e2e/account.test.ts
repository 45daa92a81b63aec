import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, type E2EEnv, openE2E, screenshot, signedInPage } from './support.js';

/** API tokens are made, shown once and revoked in the browser; admins read and check the audit log. */
describe('account and audit (Chromium)', () => {
  let env: E2EEnv;
  beforeAll(async () => {
    env = await openE2E();
  }, 60_000);
  afterAll(async () => env?.close());

  it('creates an expiring token, shows it once, and revokes it', async () => {
    const page = await signedInPage(env.browser, env.server.url, ADMIN_TOKEN);
    await page.goto('/');
    await page.getByRole('link', { name: /Administrator/ }).click();
    await page.getByRole('heading', { name: 'Your account' }).waitFor();
    await page.getByLabel('Name').fill('ci');
    await page.getByLabel('Expires after (days, optional)').fill('30');
    await page.getByRole('button', { name: 'Create token' }).click();
    const token = (await page.getByTestId('new-token').textContent()) ?? '';
    expect(token).toMatch(/^tdm_/);
    const row = page.getByRole('row').filter({ hasText: 'ci' });
    await row.getByText('active').waitFor();
    const works = await fetch(`${env.server.url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(works.status).toBe(200);
    await screenshot(page, 'account-tokens');

    await row.getByRole('button', { name: 'Revoke ci' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke token' }).click();
    await row.getByText('revoked').waitFor();
    const refused = await fetch(`${env.server.url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(refused.status).toBe(401);
    await page.context().close();
  });

  it('lists audit records with filters and verifies the chain', async () => {
    const page = await signedInPage(env.browser, env.server.url, ADMIN_TOKEN);
    await page.goto('/');
    await page.getByRole('link', { name: 'Admin', exact: true }).click();
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await page.getByRole('cell', { name: 'token.revoked' }).waitFor();
    await page.getByLabel('Action (e.g. policy.set)').fill('token.created');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForFunction(() => !document.body.innerText.includes('token.revoked'));
    await page.getByRole('button', { name: 'Verify the chain' }).click();
    await page.getByRole('status').filter({ hasText: 'Intact' }).waitFor();
    await screenshot(page, 'audit');
    await page.context().close();
  });
});
