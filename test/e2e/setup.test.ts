import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, type E2EEnv, openE2E, screenshot, signedInPage } from './support.js';

/** A screenshot of the whole page as a window that tall shows it (sticky bars where they rest). */
async function wholePage(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1366, height });
  await screenshot(page, name);
  await page.setViewportSize({ width: 1366, height: 850 });
}

/** The text of whatever an input's aria-describedby points at (its hint and its error). */
async function describedText(page: Page, field: Locator): Promise<string> {
  const ids = (await field.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    ids
      .split(' ')
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).innerText()),
  );
  return texts.join(' ');
}

describe('project setup', () => {
  let env: E2EEnv;
  beforeAll(async () => {
    env = await openE2E();
  });
  afterAll(async () => {
    await env?.close();
  });

  it('creates a project with a live preview, then uploads a file and reports the bad line', async () => {
    const page = await signedInPage(env.browser, env.server.url, ADMIN_TOKEN);
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => console.error('page error:', error));
    page.on('requestfailed', (r) => console.error('request failed:', r.url()));
    await page.goto('/projects/new');
    await page.getByLabel('Name', { exact: true }).fill('Support triage');
    await page.getByLabel('Slug (optional)').fill('support-triage');
    await page.getByLabel('Description').fill('Route support emails to the right team');
    await page.getByLabel('Guidelines (Markdown)').fill('## Routing rules\n\n- Refunds go to **billing**.');
    await page.getByRole('button', { name: 'Preview guidelines' }).click();
    await page
      .getByRole('region', { name: 'Guidelines preview' })
      .getByRole('heading', { name: 'Routing rules' })
      .waitFor();

    // The starter question plus two of other types; the preview's sample follows the schema.
    await page.getByLabel('New question type').selectOption('spans');
    await page.getByRole('button', { name: 'Add question' }).click();
    await page.getByLabel('New question type').selectOption('rating');
    await page.getByRole('button', { name: 'Add question' }).click();
    expect(await page.getByRole('heading', { name: /^Question \d/ }).count()).toBe(3);
    const ratingName = page.locator('#project-labelSchema-questions-2-name');
    expect(await ratingName.evaluate((el) => el === document.activeElement)).toBe(true);
    await ratingName.fill('helpfulness');
    const sample = page.getByLabel('Sample item data (JSON)');
    expect(JSON.parse(await sample.inputValue())).toMatchObject({ text: expect.any(String) });
    const preview = page.getByRole('region', { name: 'Live preview' });
    expect((await preview.innerText()).length).toBeGreaterThan(20);
    await wholePage(page, 'setup-editor');

    // The same schema as raw JSON; a change there shows in the form after switching back.
    await page.getByRole('button', { name: 'Edit as JSON' }).click();
    const json = page.getByLabel('Schema JSON');
    const edited = JSON.parse(await json.inputValue());
    expect(edited.questions[2]).toMatchObject({ name: 'helpfulness', type: 'rating', min: 1, max: 5 });
    edited.questions[2].max = 7;
    await json.fill(JSON.stringify(edited, null, 2));
    await page.getByRole('button', { name: 'Back to the form' }).click();
    expect(await page.locator('#project-labelSchema-questions-2-max').inputValue()).toBe('7');

    await page.getByRole('button', { name: 'Create project' }).click();
    await page.waitForURL('**/projects/support-triage/settings#created');
    const created = await env.api<{ labelSchema: { questions: { name: string; type: string }[] } }>(
      'GET',
      '/api/projects/support-triage',
    );
    expect(created.labelSchema.questions.map((q) => [q.name, q.type])).toEqual([
      ['verdict', 'single_choice'],
      ['spans', 'spans'],
      ['helpfulness', 'rating'],
    ]);

    // The upload tab is open; one line of five is bad.
    const lines = [1, 2, 3, 4, 5].map((n) =>
      n === 3
        ? '{"externalId": "mail-3", "data": 5}'
        : JSON.stringify({ externalId: `mail-${n}`, data: { text: `Mail ${n}` } }),
    );
    await page.getByLabel('File (.jsonl, .ndjson or .csv)').setInputFiles({
      name: 'mails.jsonl',
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from(lines.join('\n')),
    });
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    const progress = page.getByRole('progressbar', { name: 'Upload progress' });
    await expect.poll(() => progress.getAttribute('aria-valuenow')).toBe('100');
    const report = page.getByRole('region', { name: 'Import report' });
    await report.waitFor();
    expect(await report.getByText('Created', { exact: true }).locator('..').innerText()).toContain('4');
    expect(await report.getByText('Rejected', { exact: true }).locator('..').innerText()).toContain('1');
    const row = report.getByRole('row').filter({ hasText: 'data' });
    expect(await row.getByRole('cell').first().innerText()).toBe('3');
    expect(await row.innerText()).toMatch(/expected record/);
    await screenshot(page, 'setup-upload');

    // Members: no members means everyone; adding one person restricts the project.
    await env.person('pat', 'annotator');
    await page.getByRole('tab', { name: 'Members' }).click();
    await page.getByLabel('Add a person').selectOption({ label: 'pat (@pat, annotator)' });
    await page.getByRole('button', { name: 'Add member' }).click();
    await page.getByText('pat added.').waitFor();
    const members = await env.api<{ userIds: number[] }>('GET', '/api/projects/support-triage/members');
    expect(members.userIds).toHaveLength(1);
    await page.getByRole('tab', { name: 'Project & schema' }).click();
    await page.getByRole('button', { name: 'Save changes' }).waitFor();
    await wholePage(page, 'setup-settings');
    await page.context().close();
  });

  it('shows the server’s validation errors next to the fields and in a summary', async () => {
    const page = await signedInPage(env.browser, env.server.url, ADMIN_TOKEN);
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => console.error('page error:', error));
    page.on('requestfailed', (r) => console.error('request failed:', r.url()));
    await page.goto('/projects/new');
    // No name; a duplicate option value; a rating whose min is above its max.
    await page.locator('#project-labelSchema-questions-0-options-1-value').fill('yes');
    await page.getByLabel('New question type').selectOption('rating');
    await page.getByRole('button', { name: 'Add question' }).click();
    await page.locator('#project-labelSchema-questions-1-min').fill('5');
    await page.locator('#project-labelSchema-questions-1-max').fill('1');
    await page.getByRole('button', { name: 'Create project' }).click();

    const summary = page.getByRole('alert').filter({ hasText: 'The project was not saved' });
    await summary.waitFor();
    const duplicate = page.locator('#project-labelSchema-questions-0-options-1-value');
    const max = page.locator('#project-labelSchema-questions-1-max');
    const name = page.getByLabel('Name', { exact: true });
    for (const field of [duplicate, max, name]) expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await describedText(page, duplicate)).toContain('duplicate option value "yes"');
    expect(await describedText(page, max)).toContain('must be greater than min (5)');
    expect(await describedText(page, name)).toMatch(/.+/);
    await summary.getByRole('link', { name: /Question 2 › max/ }).click();
    expect(await max.evaluate((el) => el === document.activeElement)).toBe(true);
    await wholePage(page, 'setup-errors');

    // An invalid policy value lands next to its field as well.
    await env.api('POST', '/api/projects', {
      name: 'Policy errors',
      labelSchema: { questions: [{ name: 'ok', type: 'approval' }] },
    });
    await page.goto('/projects/policy-errors/settings#policy');
    const auditRate = page.getByLabel('Audit rate (0–1)');
    await auditRate.fill('2');
    await page.getByRole('button', { name: 'Add rule' }).click();
    await page.locator('#policy-rules-0-then-k').fill('0');
    await page.getByRole('button', { name: 'Save policy' }).click();
    await page.getByRole('alert').filter({ hasText: 'The policy was not saved' }).waitFor();
    expect(await auditRate.getAttribute('aria-invalid')).toBe('true');
    expect(await describedText(page, auditRate)).toMatch(/Too big|<=1/);
    const k = page.locator('#policy-rules-0-then-k');
    expect(await describedText(page, k)).toMatch(/Too small|>=1/);
    await wholePage(page, 'setup-policy-errors');

    await auditRate.fill('0.1');
    await k.fill('2');
    await page.getByRole('button', { name: 'Save policy' }).click();
    await page.getByText('Saved as version 1.').waitFor();
    await page.context().close();
  });
});
