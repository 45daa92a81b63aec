import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, apiClient, type E2EEnv, openE2E, screenshot, signedInPage } from './support.js';

describe('dashboard', () => {
  let env: E2EEnv;
  let answer: (token: string, verdict: string, timeSpentMs: number) => Promise<void>;
  const people: Record<string, string> = {};

  beforeAll(async () => {
    env = await openE2E();
    await env.api('POST', '/api/projects', {
      name: 'Mail triage',
      slug: 'mail',
      labelSchema: {
        questions: [{ name: 'verdict', type: 'single_choice', options: [{ value: 'spam' }, { value: 'ham' }] }],
      },
    });
    await env.api('PUT', '/api/projects/mail/policy', {
      rules: [{ name: 'confident', when: { confidence: { gte: 0.95 } }, then: { action: 'auto_accept' } }],
      default: { action: 'review', k: 2, role: 'annotator' },
      consensus: { threshold: 0.5 },
    });
    await env.api('POST', '/api/projects/mail/items/batch', {
      items: Array.from({ length: 8 }, (_, i) => ({
        externalId: `mail-${i}`,
        data: { text: `Mail number ${i}` },
        ...(i >= 6 ? { prediction: { verdict: 'spam' }, confidence: 0.99 } : {}),
      })),
    });
    people.ann = await env.person('ann', 'annotator');
    people.bob = await env.person('bob', 'annotator');
    answer = async (token, verdict, timeSpentMs) => {
      const as = apiClient(env.server.url, token);
      const claimed = await as<{ task: { id: number } }>('POST', '/api/projects/mail/tasks/claim');
      await as('POST', `/api/tasks/${claimed.task.id}/submit`, { answer: { verdict }, timeSpentMs });
    };
    // Both answer the same three items: two agree, one does not.
    for (const verdict of ['spam', 'ham', 'spam']) await answer(people.ann as string, verdict, 4_000);
    for (const verdict of ['spam', 'spam', 'spam']) await answer(people.bob as string, verdict, 9_000);
  });
  afterAll(async () => {
    await env?.close();
  });

  const tile = (page: Page, label: RegExp) =>
    page
      .locator('dl > div')
      .filter({ has: page.locator('dt', { hasText: label }) })
      .locator('dd');

  it('draws the project’s figures and updates them live when a response comes in', async () => {
    const page = await signedInPage(env.browser, env.server.url, ADMIN_TOKEN);
    page.setDefaultTimeout(10_000);
    await page.goto('/projects/mail/dashboard');
    await page.getByRole('heading', { name: 'Mail triage · dashboard' }).waitFor();
    for (const heading of [
      'Throughput',
      'Items by status',
      'Queue depth',
      'Decisions by method',
      'Agreement',
      'People',
    ])
      await page.getByRole('heading', { name: heading, exact: true }).waitFor();
    await expect.poll(() => tile(page, /^Responses/).innerText()).toBe('6');
    expect(await tile(page, /^Items$/).innerText()).toBe('8');
    expect(await tile(page, /^Decided$/).innerText()).toBe('5');
    expect(await page.locator('section canvas').count()).toBeGreaterThanOrEqual(6);
    // Managers see the project's background jobs (nothing failed here; the audit sealer is not per project).
    const jobs = page.getByRole('region', { name: 'Background jobs' });
    await jobs.waitFor();
    await expect.poll(() => jobs.locator('dl > div').filter({ hasText: 'Failed' }).locator('dd').innerText()).toBe('0');
    await page.getByText('5 current decisions: 2 auto, 3 consensus.').waitFor();
    const bobRow = page
      .getByRole('region', { name: 'People', exact: true })
      .getByRole('row')
      .filter({ hasText: 'bob' });
    expect(await bobRow.innerText()).toMatch(/bob\s+3\s+9\.0 s/);
    await page.getByRole('status').filter({ hasText: 'Live' }).waitFor();
    await page.waitForTimeout(400); // let the chart animations settle for the screenshot
    await screenshot(page, 'dashboard');

    // A response arrives through the API; the page follows without a reload.
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));
    await answer(people.bob as string, 'ham', 3_000);
    await expect.poll(() => tile(page, /^Responses/).innerText(), { timeout: 8_000 }).toBe('7');
    expect(await bobRow.innerText()).toMatch(/bob\s+4\s+7\.5 s/);
    expect(await tile(page, /^In progress$/).innerText()).toBe('0');
    expect(navigations).toEqual([]);
    await page.context().close();
  });
});
