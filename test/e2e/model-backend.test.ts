import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spamProject } from '../../src/testing/fixtures.js';
import { ADMIN_TOKEN, type E2EEnv, openE2E, screenshot, signedInPage } from './support.js';

const EXAMPLE = path.resolve(import.meta.dirname, '../../examples/ml-backend/server.mjs');

/** Issue 12 point 4: a manager connects the example ML backend and reads its health in the settings. */
describe('ML backend in the project settings (Chromium)', () => {
  let env: E2EEnv;
  let backend: ChildProcess;
  let backendUrl: string;
  beforeAll(async () => {
    backend = spawn(process.execPath, [EXAMPLE, '--port', '0', '--host', '127.0.0.1']);
    backendUrl = await new Promise<string>((resolve) => {
      backend.stdout?.on('data', (chunk) => {
        const match = /http:\/\/\S+/.exec(String(chunk));
        if (match) resolve(match[0]);
      });
    });
    env = await openE2E({ env: { TANDEM_WEBHOOK_ALLOW_HOSTS: '127.0.0.1' } });
  });
  afterAll(async () => {
    backend?.kill();
    await env?.close();
  });

  it('saves the backend, shows it up with its model version, and checks again', async () => {
    await env.api('POST', '/api/projects', spamProject);
    const page = await signedInPage(env.browser, env.server.url, ADMIN_TOKEN);
    page.setDefaultTimeout(10_000);
    await page.goto('/projects/spam/settings#model');
    const settings = page.getByRole('region', { name: 'ML backend' });
    await settings.getByLabel('Backend URL').fill('http://10.9.9.9:9090');
    await settings.getByRole('button', { name: 'Save backend' }).click();
    await settings.getByText(/TANDEM_WEBHOOK_ALLOW_HOSTS/).waitFor();

    await settings.getByLabel('Backend URL').fill(backendUrl);
    await settings.getByRole('button', { name: 'Save backend' }).click();
    const health = page.getByRole('region', { name: 'Backend health' });
    await health.getByTestId('backend-status').getByText('Up').waitFor();
    expect(await health.getByTestId('backend-version').textContent()).toBe('keywords-1');
    await health.getByRole('button', { name: 'Check now' }).click();
    await health.getByRole('button', { name: 'Refresh predictions' }).click();
    await health.getByText(/Asked again about 0 items/).waitFor();
    await screenshot(page, 'settings-ml-backend');
    const saved = await env.api<{ backend: { settings: { url: string; protocol: string } } }>(
      'GET',
      '/api/projects/spam/model/backend',
    );
    expect(saved.backend.settings).toMatchObject({ url: backendUrl, protocol: 'label_studio' });
  });
});
