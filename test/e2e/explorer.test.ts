import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, apiClient, type E2EEnv, openE2E, screenshot, signedInPage } from './support.js';

/** Issue 14: a manager finds items by text and filters, opens one, acts on it and on a selection. */
describe('data explorer', () => {
  let env: E2EEnv;

  beforeAll(async () => {
    env = await openE2E();
    await env.api('POST', '/api/projects', {
      name: 'Mail triage',
      slug: 'mail',
      labelSchema: {
        questions: [
          {
            name: 'verdict',
            type: 'single_choice',
            options: [
              { value: 'spam', label: 'Spam' },
              { value: 'ham', label: 'Not spam' },
            ],
          },
        ],
      },
    });
    await env.api('POST', '/api/projects/mail/items/batch', {
      items: Array.from({ length: 10 }, (_, i) => ({
        externalId: `mail-${i}`,
        data: { text: i === 3 ? 'A zeppelin sale, today only' : `Minutes of meeting ${i}` },
        prediction: { verdict: i % 2 === 0 ? 'spam' : 'ham' },
        confidence: i / 10,
        metadata: { tags: [i < 5 ? 'early' : 'late'], modelVersion: 'nb-7' },
      })),
    });
    const ann = apiClient(env.server.url, await env.person('ann', 'annotator'));
    // Ann answers four items: they are decided (one answer each by default).
    for (let i = 0; i < 4; i += 1) {
      const claimed = await ann<{ task: { id: number } }>('POST', '/api/projects/mail/tasks/claim');
      await ann('POST', `/api/tasks/${claimed.task.id}/submit`, { answer: { verdict: 'ham' }, timeSpentMs: 3_000 });
    }
  });
  afterAll(async () => {
    await env?.close();
  });

  it('searches, opens an item, marks it gold, and archives a filtered selection', async () => {
    const page = await signedInPage(env.browser, env.server.url, ADMIN_TOKEN);
    page.setDefaultTimeout(10_000);
    await page.goto('/projects/mail/explore');
    await page.getByRole('heading', { name: 'Mail triage · explore' }).waitFor();
    await page.getByRole('status').filter({ hasText: '1–10 of 10 items' }).waitFor();

    // Keyboard: "/" focuses the search box; Enter searches; Enter again opens the first row.
    await page.keyboard.press('/');
    await page.keyboard.type('zeppel');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '1–1 of 1 items' }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    await page.locator('tbody').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Item mail-3' }).waitFor();
    await page.getByText('A zeppelin sale, today only').waitFor();
    await page.getByText('model nb-7').waitFor();
    await screenshot(page, 'explorer-item');

    // Mark it gold with "Spam" as the known answer.
    await page.getByRole('radio', { name: /^Spam/ }).check({ force: true });
    await page.getByRole('button', { name: 'Mark gold with this answer' }).click();
    await page.getByRole('status').filter({ hasText: 'Marked as gold' }).waitFor();
    await page.getByText('Gold answer: verdict: Spam').waitFor();
    await page.getByText('item.gold_set').waitFor();

    // Back to the explorer (the search is kept), then filter decided items and archive them all.
    await page.getByRole('link', { name: '← Back to the explorer' }).click();
    await page.getByRole('status').filter({ hasText: '1–1 of 1 items' }).waitFor();
    const decided = (await env.api<{ total: number }>('GET', '/api/projects/mail/explore?status=decided')).total;
    expect(decided).toBeGreaterThanOrEqual(3);
    await page.goto('/projects/mail/explore?status=decided');
    await page
      .getByRole('status')
      .filter({ hasText: `of ${decided} items` })
      .waitFor();
    await page.getByLabel('Select every item on this page').check();
    await page.getByRole('button', { name: 'Archive' }).click();
    await page.getByRole('alertdialog').getByText(`Archive: ${decided} items?`).waitFor();
    await screenshot(page, 'explorer-bulk-confirm');
    await page.getByRole('button', { name: `Yes, archive ${decided}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Archive: ${decided} of ${decided} done` })
      .waitFor();
    await page.getByText('No items match').waitFor();
    const archived = await env.api<{ total: number }>('GET', '/api/projects/mail/explore?status=archived');
    expect(archived.total).toBe(decided);

    // Filters from the form: tag and confidence range, with the server's message for a bad value.
    await page.goto('/projects/mail/explore');
    await page.getByText('Filters', { exact: true }).click();
    await page.getByLabel('Tag').fill('late');
    await page.getByLabel('Confidence from').fill('0.75');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    const late = await env.api<{ total: number }>('GET', '/api/projects/mail/explore?tag=late&minConfidence=0.75');
    expect(late.total).toBeGreaterThan(0);
    await page
      .getByRole('status')
      .filter({ hasText: `of ${late.total} items` })
      .waitFor();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(late.total);
    await page.getByLabel('Confidence to').fill('7');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('Too big').first().waitFor();
  });
});
