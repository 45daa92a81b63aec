import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, type E2EEnv, openE2E, screenshot, signedInPage } from './support.js';

/** A manager sets the sampling policy, reads the traces report and opens a sampled trace's item. */
describe('traces page (Chromium)', () => {
  let env: E2EEnv;
  beforeAll(async () => {
    env = await openE2E();
    await env.api('POST', '/api/projects', {
      name: 'Support bot',
      slug: 'bot',
      labelSchema: {
        questions: [{ name: 'verdict', type: 'single_choice', options: [{ value: 'good' }, { value: 'bad' }] }],
      },
    });
    const now = Date.now();
    await env.api(
      'POST',
      '/api/projects/bot/traces',
      Array.from({ length: 6 }, (_, i) => ({
        traceId: `chat-${i}`,
        input: `question ${i}`,
        output: `answer ${i}`,
        metadata: { locale: i % 2 === 0 ? 'en' : 'fr' },
        timestamp: new Date(now - (i % 3) * 86_400_000).toISOString(),
        ...(i < 2 ? { feedback: { thumbs: 'down' } } : {}),
      })),
    );
  }, 60_000);
  afterAll(async () => env?.close());

  it('saves the sampling policy, shows the report with its chart, and links sampled traces to their items', async () => {
    const page = await signedInPage(env.browser, env.server.url, ADMIN_TOKEN);
    await page.goto('/projects/bot/traces');
    await page.getByRole('heading', { name: /traces/ }).waitFor();
    await page.getByTestId('report-summary').getByText('6 received, 2 sampled (thumbs down 2)').waitFor();

    await page.getByLabel('Random sample (%)').fill('10');
    await page.getByLabel('Daily cap (all reasons)').fill('100');
    await page.getByLabel('judge fails').check();
    await page.getByLabel(/Slice boosts/).fill('locale=fr: 0.5');
    await page.getByLabel('Review question that says pass').fill('verdict');
    await page.getByLabel('Passing answers (comma-separated)').fill('good');
    await page.getByRole('button', { name: 'Save sampling' }).click();
    await page.getByText('Saved: version 1').waitFor();
    const saved = await env.api<{ policy: Record<string, unknown> }>('GET', '/api/projects/bot/traces/sampling');
    expect(saved.policy).toMatchObject({
      random: 0.1,
      judgeFail: true,
      boosts: [{ metadata: { locale: 'fr' }, rate: 0.5 }],
      caps: { total: 100 },
      review: { question: 'verdict', passValues: ['good'] },
    });

    await page.getByLabel('Review question that says pass').fill('colour');
    await page.getByRole('button', { name: 'Save sampling' }).click();
    await page.getByText('the project has no question "colour"').waitFor();

    await page.getByLabel('Slice by metadata key').fill('locale');
    await page.getByRole('cell', { name: 'fr' }).first().waitFor();
    expect(await page.locator('canvas').count()).toBeGreaterThan(0);

    await screenshot(page, 'traces-page');
    const sampled = page.getByRole('list', { name: 'Sampled traces' });
    expect(await sampled.getByRole('listitem').count()).toBe(2);
    await sampled
      .getByRole('link', { name: /item \d+/ })
      .first()
      .click();
    await page.waitForURL(/\/projects\/bot\/items\/\d+/);
    await screenshot(page, 'traces-item');
  });
});
