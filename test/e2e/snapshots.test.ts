import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spamItem, spamProject } from '../../src/testing/fixtures.js';
import { ADMIN_TOKEN, type E2EEnv, openE2E, screenshot, signedInPage } from './support.js';

/** A manager takes two snapshots in the web app, sees their counts and hashes, compares them and downloads one. */
describe('snapshots page (Chromium)', () => {
  let env: E2EEnv;
  let ids: number[];
  beforeAll(async () => {
    env = await openE2E();
    await env.api('POST', '/api/projects', spamProject);
    const batch = await env.api<{ items: { id: number }[] }>('POST', '/api/projects/spam/items/batch', {
      items: [spamItem(1), spamItem(2), spamItem(3)],
    });
    ids = batch.items.map((row) => row.id);
    for (const id of ids.slice(0, 2)) {
      await env.api('POST', `/api/projects/spam/items/${id}/decision`, { answer: { verdict: 'spam' }, reason: 'e2e' });
    }
  }, 60_000);
  afterAll(async () => env?.close());

  it('takes snapshots, lists them with counts and hashes, compares two and offers downloads', async () => {
    const page = await signedInPage(env.browser, env.server.url, ADMIN_TOKEN);
    await page.goto('/projects/spam/snapshots');
    await page.getByRole('heading', { name: /snapshots/ }).waitFor();
    await page.getByText('No snapshots yet').waitFor();

    await page.getByLabel('Name (optional)').fill('train-v1');
    await page.getByLabel('Why').fill('model v1');
    await page.getByRole('button', { name: 'Take snapshot' }).click();
    await page.getByText('Snapshot train-v1 taken: 2 items.').waitFor();

    await env.api('POST', `/api/projects/spam/items/${ids[2]}/decision`, { answer: { verdict: 'ham' }, reason: 'e2e' });
    await page.getByLabel('Why').fill('model v2');
    await page.keyboard.press('Enter');
    await page.getByRole('article', { name: /Snapshot snapshot-/ }).waitFor();
    expect(await page.getByRole('list', { name: 'Snapshots' }).getByRole('listitem').count()).toBe(2);

    const compare = page.getByRole('region', { name: 'Compare snapshots' });
    await compare.getByText('1 added').waitFor();
    expect(await compare.getByRole('status').textContent()).toContain('2 unchanged');

    const card = page.getByRole('article', { name: 'Snapshot train-v1' });
    expect(await card.textContent()).toMatch(/2 \(2 decided\)/);
    await card.getByLabel('Format').selectOption('parquet');
    const href = await card.getByRole('link', { name: 'Download' }).getAttribute('href');
    expect(href).toMatch(/\/api\/projects\/spam\/snapshots\/\d+\/export\?format=parquet$/);
    const download = await page.request.get(href as string);
    expect(download.status()).toBe(200);
    expect((await download.body()).subarray(0, 4).toString()).toBe('PAR1');
    await screenshot(page, 'snapshots');
  });
});
