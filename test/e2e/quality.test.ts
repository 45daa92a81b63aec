import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2EEnv, openE2E, screenshot, signedInPage } from './support.js';

/** Issue #5: quality flags and pauses are visible on the dashboard, and a manager can resume. */
describe('quality on the dashboard (Chromium)', () => {
  let env: E2EEnv;
  beforeAll(async () => {
    env = await openE2E();
  }, 60_000);
  afterAll(async () => env?.close());

  it('shows a rubber-stamper flagged and a paused annotator whom the manager resumes', async () => {
    const schema = {
      questions: [{ name: 'verdict', type: 'single_choice', options: [{ value: 'spam' }, { value: 'ham' }] }],
    };
    await env.api('POST', '/api/projects', { name: 'Quality watch', slug: 'qw', labelSchema: schema });
    await env.api('PUT', '/api/projects/qw/policy', {
      default: { action: 'review', k: 1 },
      quality: { goldRate: 0.5, pauseBelowAccuracy: 0.8, pauseAfterGold: 6, rubberStamp: { minWrongPrelabels: 3 } },
    });
    const items = Array.from({ length: 40 }, (_, i) => {
      const truth = i % 2 === 0 ? 'spam' : 'ham';
      const wrong = truth === 'spam' ? 'ham' : 'spam';
      return i < 20
        ? { data: { text: `real ${i}` }, prediction: { verdict: truth }, confidence: 0.5 }
        : { data: { text: `gold ${i}` }, prediction: { verdict: wrong }, gold: { verdict: truth } };
    });
    await env.api('POST', '/api/projects/qw/items/batch', { items });

    const stamperToken = await env.person('stamper', 'annotator');
    const stamper = (await import('./support.js')).apiClient(env.server.url, stamperToken);
    for (let i = 0; i < 14; i++) {
      const claimed = await stamper<{ task: { id: number }; item: { prediction: Record<string, unknown> } }>(
        'POST',
        '/api/projects/qw/tasks/claim',
      ).catch(() => undefined);
      if (!claimed) break; // paused
      await stamper('POST', `/api/tasks/${claimed.task.id}/submit`, {
        answer: claimed.item.prediction,
        timeSpentMs: 3_000,
      });
    }

    const page = await signedInPage(env.browser, env.server.url, (await import('./support.js')).ADMIN_TOKEN);
    await page.goto('/projects/qw/dashboard');
    const quality = page.getByRole('region', { name: 'Quality', exact: true });
    await quality.getByText('Rubber-stamping').waitFor();
    await quality.getByText('paused', { exact: true }).waitFor();
    expect(await quality.textContent()).toMatch(/gold accuracy 0% over 6 gold items (.*)? ?is below 80%/);
    await screenshot(page, 'dashboard-quality');

    await quality.getByRole('button', { name: 'Resume stamper' }).click();
    await quality.getByRole('button', { name: 'Resume stamper' }).waitFor({ state: 'detached' });
    const reports = await env.api<{ annotators: { username: string; status: string }[] }>(
      'GET',
      '/api/projects/qw/annotators',
    );
    expect(reports.annotators.find((a) => a.username === 'stamper')?.status).toBe('active');
  });
});
