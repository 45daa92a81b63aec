import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spamProject } from '../../src/testing/fixtures.js';
import { ADMIN_TOKEN, apiClient, type E2EEnv, openE2E, screenshot, signedInPage } from './support.js';

interface PolicyView {
  version: number;
  policy: {
    rules: { name?: string; when: { confidence?: { gte?: number } }; then: { action: string } }[];
    ordering: { strategy: string; measure: string; exploration: number };
    model?: { calibrate?: string };
  };
}

/**
 * Issue 12, "done when": from the web app alone a manager switches the queue to uncertainty
 * ordering and accepts the threshold the advisor suggests from what people decided.
 */
describe('queue order and threshold advice in the policy form (Chromium)', () => {
  let env: E2EEnv;
  beforeAll(async () => {
    env = await openE2E();
  });
  afterAll(async () => env?.close());

  it('switches to uncertainty ordering and accepts the suggested threshold', async () => {
    await env.api('POST', '/api/projects', spamProject);
    // 60 predictions judged by a person: right from 0.80 up, wrong below.
    const items = Array.from({ length: 60 }, (_, i) => ({
      externalId: `e2e-${i}`,
      data: { text: `Message ${i}` },
      prediction: { verdict: 'spam' },
      confidence: Number((0.55 + i * 0.0075).toFixed(4)),
    }));
    await env.api('POST', '/api/projects/spam/items/batch', { items });
    const annotator = apiClient(env.server.url, await env.person('ann', 'annotator'));
    for (let i = 0; i < items.length; i++) {
      const claimed = await annotator<{ task: { id: number }; item: { confidence: number } }>(
        'POST',
        '/api/projects/spam/tasks/claim',
      );
      const verdict = claimed.item.confidence >= 0.8 ? 'spam' : 'ham';
      await annotator('POST', `/api/tasks/${claimed.task.id}/submit`, { answer: { verdict } });
    }

    const page = await signedInPage(env.browser, env.server.url, ADMIN_TOKEN);
    page.setDefaultTimeout(10_000);
    await page.goto('/projects/spam/settings#policy');
    const order = page.getByRole('region', { name: 'Queue order' });
    await order.waitFor();
    await order.getByLabel('Order items by').selectOption('uncertainty');
    await order.getByLabel('Uncertainty measure').selectOption('margin');
    await order.getByLabel('Exploration share (0–1)').fill('0.1');

    const advisor = page.getByRole('region', { name: 'Auto-accept threshold advisor' });
    await advisor.getByText(/estimated error/).waitFor();
    const accept = advisor.getByRole('button', { name: /Auto-accept at ≥/ });
    const label = (await accept.textContent()) ?? '';
    const threshold = Number(label.replace(/[^0-9.]/g, ''));
    expect(threshold).toBeGreaterThanOrEqual(0.79);
    await accept.click();
    await advisor.getByLabel(/Recalibrate the built-in model/).check();
    await screenshot(page, 'setup-policy-ordering');
    await page.getByRole('button', { name: 'Save policy' }).click();
    await page.getByText(/Saved as version/).waitFor();

    const saved = await env.api<PolicyView>('GET', '/api/projects/spam/policy');
    expect(saved.policy.ordering).toEqual({ strategy: 'uncertainty', measure: 'margin', exploration: 0.1 });
    expect(saved.policy.model?.calibrate).toBe('isotonic');
    expect(saved.policy.rules[0]?.then.action).toBe('auto_accept');
    expect(saved.policy.rules[0]?.when.confidence?.gte).toBeCloseTo(threshold, 3);

    await page.reload();
    await order.waitFor();
    expect(await order.getByLabel('Order items by').inputValue()).toBe('uncertainty');
  });
});
