import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spamItem, spamProject } from '../../src/testing/fixtures.js';
import { ADMIN_TOKEN, apiClient, type E2EEnv, openE2E, screenshot, signedInPage } from './support.js';

/**
 * Issue 14 point 2 in Chromium: a manager makes a token, adds a member, subscribes a webhook and
 * sees its delivery, exports with a progress counter, then duplicates and archives a project.
 */
describe('management screens (Chromium)', () => {
  let env: E2EEnv;
  let receiver: http.Server;
  let hookUrl: string;
  const received: string[] = [];
  let managerToken: string;

  beforeAll(async () => {
    receiver = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => {
        body += chunk;
      });
      request.on('end', () => {
        received.push(body);
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    env = await openE2E({ env: { TANDEM_WEBHOOK_ALLOW_HOSTS: '127.0.0.1' } });
    managerToken = await env.person('maya', 'manager');
    await env.person('pat', 'annotator');
    const asManager = apiClient(env.server.url, managerToken);
    await asManager('POST', '/api/projects', spamProject);
    await asManager('PUT', '/api/projects/spam/policy', { rules: [], default: { action: 'auto_accept' } });
  }, 90_000);
  afterAll(async () => {
    await env?.close();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  it('token, member, webhook with deliveries, export with progress, duplicate and archive', async () => {
    const page = await signedInPage(env.browser, env.server.url, managerToken);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });

    // A token, shown once, with a copy button.
    await page.goto('/');
    await page.getByRole('link', { name: /maya/ }).click();
    await page.getByLabel('Name').fill('pipeline');
    await page.getByLabel('Expires after (days, optional)').fill('7');
    await page.getByRole('button', { name: 'Create token' }).click();
    const token = (await page.getByTestId('new-token').textContent()) ?? '';
    expect(token).toMatch(/^tdm_/);
    await page.getByRole('button', { name: 'Copy token' }).click();
    await page.getByText('Copied', { exact: true }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
    await page.getByRole('row').filter({ hasText: 'pipeline' }).getByText('active').waitFor();

    // The project's settings are one click from the header on any of its pages.
    await page.goto('/projects/spam/dashboard');
    await page.getByRole('link', { name: 'Settings of this project' }).click();
    await page.getByRole('tab', { name: 'Members' }).click();
    await page.getByLabel('Add a person').selectOption({ label: 'pat (@pat, annotator)' });
    await page.getByRole('button', { name: 'Add member' }).click();
    await page.getByText('pat added.').waitFor();
    const members = await env.api<{ userIds: number[] }>('GET', '/api/projects/spam/members');
    expect(members.userIds).toHaveLength(2); // pat, and maya who stays on the list she set
    // Pat reviews in this project only.
    await page.getByLabel('Role of pat in this project').selectOption('reviewer');
    await page.getByText('pat is reviewer in this project.').waitFor();
    const roles = await env.api<{ members: { userId: number; role: string | null }[] }>(
      'GET',
      '/api/projects/spam/members',
    );
    expect(roles.members.map((m) => m.role).sort()).toEqual([null, 'reviewer'].sort());

    // A webhook, then items whose decisions it receives; the delivery shows with its status.
    await page.getByRole('tab', { name: 'Webhooks' }).press('ArrowRight');
    await page.getByRole('tab', { name: 'Webhooks' }).click();
    await page.getByLabel('Receiver URL').fill(hookUrl);
    await page.getByRole('checkbox', { name: 'item.decided' }).check();
    await page.getByRole('button', { name: 'Add webhook' }).click();
    await page.getByTestId('webhook-secret').waitFor();
    await env.api('POST', '/api/projects/spam/items/batch', {
      items: [spamItem(1), spamItem(2), spamItem(3, { data: { text: 'A Zeppelin over Lyon' } })],
    });
    await page.getByRole('button', { name: `Show deliveries of ${hookUrl}` }).click();
    const rows = page.getByTestId('delivery-row');
    await rows.filter({ hasText: 'delivered' }).first().waitFor({ timeout: 20_000 });
    expect(await rows.first().textContent()).toContain('204');
    expect(received.length).toBeGreaterThan(0);
    await screenshot(page, 'manage-webhooks');

    // Export a search as JSONL with its counter; the file arrives as a download.
    await page.getByRole('tab', { name: 'Export' }).click();
    await page.getByLabel('Format', { exact: true }).selectOption('jsonl');
    await page.getByLabel('Search words').fill('acme');
    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe('spam-selection.jsonl');
    await page.getByTestId('export-progress').filter({ hasText: 'Done: 2 rows written of 2 items' }).waitFor();
    await screenshot(page, 'manage-export');

    // Duplicate: the copy opens on its settings; then archive it behind a confirmation.
    await page.getByRole('tab', { name: 'Duplicate, archive, delete' }).click();
    await page.getByLabel('URL name of the copy').fill('spam-v2');
    await page.getByRole('button', { name: 'Duplicate project' }).click();
    await page.getByText('Project duplicated').waitFor();
    expect(page.url()).toContain('/projects/spam-v2/settings');
    const copy = await env.api<{ labelSchema: unknown }>('GET', '/api/projects/spam-v2');
    expect(copy.labelSchema).toEqual(
      (await env.api<{ labelSchema: unknown }>('GET', '/api/projects/spam')).labelSchema,
    );

    await page.getByRole('tab', { name: 'Duplicate, archive, delete' }).click();
    await page.getByRole('button', { name: 'Archive project' }).click();
    const dialog = page.getByRole('dialog', { name: /Archive Spam triage \(copy\)/ });
    await dialog.getByRole('button', { name: 'Archive' }).click();
    await page.getByRole('heading', { name: 'This project is archived' }).waitFor();
    const listed = await env.api<{ projects: { slug: string }[] }>('GET', '/api/projects');
    expect(listed.projects.map((p) => p.slug)).toEqual(['spam']);

    // Delete asks for the name to be typed.
    await page.getByRole('button', { name: 'Delete project…' }).click();
    const confirm = page.getByRole('dialog', { name: /Delete Spam triage \(copy\)/ });
    const deleteButton = confirm.getByRole('button', { name: 'Delete project' });
    expect(await deleteButton.isDisabled()).toBe(true);
    await confirm.getByLabel(/Type .* to confirm/).fill('Spam triage (copy)');
    await deleteButton.click();
    await page.getByRole('heading', { name: 'Projects' }).waitFor();
    await page.context().close();
  });

  it('lets an admin create a user, change their role and deactivate them', async () => {
    const page = await signedInPage(env.browser, env.server.url, ADMIN_TOKEN);
    await page.goto('/');
    await page.getByRole('link', { name: 'Admin', exact: true }).click();
    await page.getByRole('heading', { name: 'Users and roles' }).waitFor();
    await page.getByLabel('Username').fill('quinn');
    await page.getByLabel('Role', { exact: true }).selectOption('reviewer');
    await page.getByRole('button', { name: 'Create user' }).click();
    const token = (await page.getByTestId('new-user-token').textContent()) ?? '';
    expect(token).toMatch(/^tdm_/);
    await page.getByLabel('Role of quinn').selectOption('expert');
    await page.getByText('quinn is now expert.').waitFor();
    await page.getByRole('button', { name: 'Deactivate quinn' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Deactivate' }).click();
    await page.getByText('quinn is deactivated.').waitFor();
    const refused = await fetch(`${env.server.url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(refused.status).toBe(401);
    await page.getByRole('button', { name: 'Tokens of maya' }).click();
    await page.getByRole('heading', { name: 'API tokens of maya' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'pipeline' }).waitFor();
    await screenshot(page, 'manage-users');
    await page.context().close();
  });
});
