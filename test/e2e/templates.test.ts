import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, type E2EEnv, openE2E, screenshot, signedInPage } from './support.js';

/** The new-project screen offers templates with sample items (issue 9, point 4). */
describe('new project from a template (Chromium)', () => {
  let env: E2EEnv;
  beforeAll(async () => {
    env = await openE2E();
  });
  afterAll(async () => env?.close());

  it('fills the form from a template, creates it with its policy and samples, and the workspace shows them', async () => {
    const page = await signedInPage(env.browser, env.server.url, ADMIN_TOKEN);
    page.setDefaultTimeout(10_000);
    await page.goto('/projects/new');
    const picker = page.getByRole('group', { name: 'Start from' });
    await picker.getByRole('radio', { name: /Named entities \(NER\)/ }).waitFor();
    expect(await picker.getByRole('radio').count()).toBe(8); // blank + seven templates
    expect(await picker.getByRole('radio', { name: /Blank project/ }).isChecked()).toBe(true);

    await picker.getByText('Named entities (NER)', { exact: true }).click(); // the card is the radio's label
    expect(await picker.getByRole('radio', { name: /Named entities \(NER\)/ }).isChecked()).toBe(true);
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Named entities (NER)');
    expect(await page.getByLabel('Guidelines (Markdown)').inputValue()).toContain('# Named entities');
    expect(await page.locator('#project-labelSchema-questions-0-name').inputValue()).toBe('entities');
    await page.getByLabel('Name', { exact: true }).fill('People and places');
    await page.getByLabel('Slug (optional)').fill('people');
    expect(await page.getByLabel('Add the 5 sample items').isChecked()).toBe(true);
    await screenshot(page, 'new-project-template');

    await page.getByRole('button', { name: 'Create project' }).click();
    await page.waitForURL('**/projects/people/settings#created-with-5');
    const status = page.getByRole('status').filter({ hasText: '5 sample items' });
    await status.waitFor();
    const policy = await env.api<{ version: number; policy: { default: { k: number } } }>(
      'GET',
      '/api/projects/people/policy',
    );
    expect(policy.version).toBe(1);
    expect(policy.policy.default.k).toBe(2);

    await status.getByRole('link', { name: 'Try it in the workspace' }).click();
    await page.waitForURL('**/projects/people/work');
    // The first sample sentence, with the model's spans pre-filled.
    await page.getByText('“Eckert–Mauchly Computer Corporation”').filter({ visible: true }).first().waitFor();
  });

  it('a blank project still starts with one question and no items', async () => {
    const page = await signedInPage(env.browser, env.server.url, ADMIN_TOKEN);
    page.setDefaultTimeout(10_000);
    await page.goto('/projects/new');
    const picker = page.getByRole('group', { name: 'Start from' });
    await picker.getByText('Agent action approval', { exact: true }).click();
    await picker.getByText('Blank project', { exact: true }).click();
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('');
    await page.getByLabel('Name', { exact: true }).fill('Blank one');
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.waitForURL('**/projects/blank-one/settings#created');
    const queue = await env.api<{ items: Record<string, number> }>('GET', '/api/projects/blank-one/queue');
    expect(queue.items).toEqual({});
  });
});
