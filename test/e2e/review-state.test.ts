import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, apiClient, type E2EEnv, openE2E, screenshot, signedInPage } from './support.js';

/**
 * What the workspace shows about the item and its state (issue 9, points 10–14): pre-labels
 * drawn instead of raw JSON, the confidence a rule compares, agreement per question with the
 * answers beside the item, reporting a broken item, and a hold that ran out.
 */
describe('what the workspace shows', () => {
  let env: E2EEnv;
  beforeAll(async () => {
    env = await openE2E();
  });
  afterAll(async () => env?.close());

  const open = async (token: string, slug: string, text: string): Promise<Page> => {
    const page = await signedInPage(env.browser, env.server.url, token);
    page.setDefaultTimeout(15_000);
    await page.goto(`/projects/${slug}/work`);
    await page.getByText(text).first().waitFor();
    return page;
  };

  it('shows a span pre-label as highlighted text and its confidence as the rule compares it', async () => {
    await env.api('POST', '/api/projects', {
      name: 'People',
      slug: 'people',
      labelSchema: {
        questions: [{ name: 'entities', type: 'spans', field: 'text', labels: [{ value: 'PERSON', label: 'Person' }] }],
      },
    });
    await env.api('PUT', '/api/projects/people/policy', {
      rules: [{ when: { confidence: { gte: 0.95 } }, then: { action: 'auto_accept' } }],
    });
    await env.api('POST', '/api/projects/people/items', {
      data: { text: 'Grace Hopper met Ada Lovelace in London' },
      prediction: {
        entities: [
          { start: 0, end: 12, label: 'PERSON' },
          { start: 17, end: 29, label: 'PERSON' },
        ],
      },
      confidence: 0.949,
    });
    const page = await open(await env.person('ann', 'annotator'), 'people', 'Model pre-label');
    const preLabel = page.locator('section[aria-label="Item"]');
    await preLabel.getByText('2 spans: Person “Grace Hopper”, Person “Ada Lovelace”').waitFor();
    await preLabel.getByText('confidence 0.949').waitFor(); // not "95 %": it was below the 0.95 rule
    expect(await preLabel.innerText()).not.toContain('"start"');
    // Drawn like the answer, on demand.
    await preLabel.getByText("Show the model's answer").click();
    await preLabel.locator('[data-question="entities"]').getByText('Grace Hopper').first().waitFor();
    await screenshot(page, 'workspace-prelabel-spans');
    // The header names the person once.
    expect(await page.getByRole('navigation', { name: 'Main' }).innerText()).toMatch(/ann\s+annotator/);
    await page.context().close();
  });

  it('adjudication: agreement per question, answers beside the item', async () => {
    await env.api('POST', '/api/projects', {
      name: 'Adjudicate',
      slug: 'adj',
      labelSchema: {
        questions: [
          {
            name: 'verdict',
            type: 'single_choice',
            title: 'Is this spam?',
            options: [
              { value: 'spam', label: 'Spam' },
              { value: 'ham', label: 'Not spam' },
            ],
          },
          { name: 'note', type: 'text', title: 'Note', required: false },
        ],
      },
    });
    await env.api('PUT', '/api/projects/adj/policy', {
      default: { action: 'review', k: 3 },
      consensus: { threshold: 0.9 },
    });
    const long = 'This paragraph repeats to make a long item that used to push the answers off screen. '.repeat(30);
    await env.api('POST', '/api/projects/adj/items', { data: { subject: 'Long mail', body: long } });
    const answers = [
      { verdict: 'spam', note: 'prize' },
      { verdict: 'spam', note: 'link' },
      { verdict: 'ham', note: 'newsletter' },
    ];
    for (const [index, answer] of answers.entries()) {
      const person = apiClient(env.server.url, await env.person(`a${index}`, 'annotator'));
      const claimed = await person<{ task: { id: number } }>('POST', '/api/projects/adj/tasks/claim');
      await person('POST', `/api/tasks/${claimed.task.id}/submit`, { answer });
    }
    const page = await open(await env.person('rev', 'reviewer'), 'adj', 'Long mail');
    const summary = page.getByRole('region', { name: 'Where people differ' });
    await summary.getByText('Is this spam?: 2 of 3 agree (67%)').waitFor();
    await summary.getByText('Note (optional): 1 of 3 agree (33%)').waitFor();
    const item = await page.locator('section[aria-label="Item"]').boundingBox();
    const responses = await page.getByRole('region', { name: 'Responses' }).boundingBox();
    expect(item && responses).toBeTruthy();
    if (item && responses) {
      expect(responses.x).toBeGreaterThan(item.x + item.width - 1); // to the right of the item…
      expect(responses.y).toBeLessThan(item.y + 200); // …and starting level with its top
    }
    await screenshot(page, 'adjudication-per-question');
    await page.context().close();
  });

  it('reports a broken item: it leaves the queue for the managers, who send it back', async () => {
    await env.api('POST', '/api/projects', {
      name: 'Pictures',
      slug: 'pictures',
      labelSchema: {
        questions: [{ name: 'ok', type: 'single_choice', options: [{ value: 'yes' }, { value: 'no' }] }],
      },
    });
    const first = await env.api<{ id: number }>('POST', '/api/projects/pictures/items', {
      data: { caption: 'A picture that does not load' },
    });
    await env.api('POST', '/api/projects/pictures/items', { data: { caption: 'A second picture' } });
    const page = await open(await env.person('reporter', 'annotator'), 'pictures', 'does not load');
    await page.getByRole('button', { name: 'Report a problem' }).click();
    const dialog = page.getByRole('dialog', { name: 'Report a problem with this item' });
    await dialog.getByRole('button', { name: 'Report and take it out of the queue' }).click();
    await dialog.getByRole('alert').getByText('Say what is wrong').waitFor(); // the reason is required
    await dialog.getByLabel('What is wrong? (required)').fill('The image URL answers 404');
    await screenshot(page, 'workspace-report');
    await dialog.getByRole('button', { name: 'Report and take it out of the queue' }).click();
    await page.getByText('A second picture').waitFor(); // the next item, at once
    const item = await env.api<{ status: string }>('GET', `/api/projects/pictures/items/${first.id}`);
    expect(item.status).toBe('reported');

    const manager = await signedInPage(env.browser, env.server.url, ADMIN_TOKEN);
    manager.setDefaultTimeout(15_000);
    await manager.goto('/projects/pictures/dashboard');
    await manager.getByRole('link', { name: /Reported items/ }).click();
    const card = manager.getByRole('article', { name: `Report on item ${first.id}` });
    await card.getByText('The image URL answers 404').waitFor();
    await card.getByText('A picture that does not load').waitFor(); // the report beside the item
    await screenshot(manager, 'reports');
    await card.getByRole('button', { name: 'Send back to the queue' }).click();
    await manager.getByText('No open reports').waitFor();
    const back = await env.api<{ status: string }>('GET', `/api/projects/pictures/items/${first.id}`);
    expect(back.status).toBe('queued');
    await page.context().close();
    await manager.context().close();
  });

  it('shows when the hold ran out, and does not offer going back to an item someone else answered', async () => {
    await env.api('POST', '/api/projects', {
      name: 'Short holds',
      slug: 'short',
      labelSchema: {
        questions: [{ name: 'ok', type: 'single_choice', options: [{ value: 'yes' }, { value: 'no' }] }],
      },
    });
    await env.api('PUT', '/api/projects/short/policy', { leaseSeconds: 10 });
    const added = await env.api<{ id: number }>('POST', '/api/projects/short/items', { data: { text: 'Only item' } });
    const page = await open(await env.person('slow', 'annotator'), 'short', 'Only item');
    // The heartbeat cannot get through (a laptop asleep, a dropped network): the hold runs out.
    await page.route('**/api/tasks/*/heartbeat', (route) => route.abort());
    await page.getByText('your hold ran out').waitFor({ timeout: 20_000 });
    // Someone else takes the item and answers it.
    const quick = apiClient(env.server.url, await env.person('quick', 'annotator'));
    const claimed = await quick<{ task: { id: number } }>('POST', `/api/projects/short/items/${added.id}/claim`);
    await quick('POST', `/api/tasks/${claimed.task.id}/submit`, { answer: { ok: 'no' } });
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    const banner = page.getByRole('alert', { name: `Answer for item ${added.id} not saved` });
    await banner.getByText('Someone else answered this item meanwhile').waitFor();
    expect(await banner.getByRole('button', { name: 'Go back to it' }).count()).toBe(0);
    await screenshot(page, 'workspace-hold-ran-out');
    await page.context().close();
  }, 60_000);
});
