import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spamProject } from '../../src/testing/fixtures.js';
import { ADMIN_TOKEN, type E2EEnv, openE2E, screenshot, signedInPage } from './support.js';

interface PolicyView {
  version: number;
  policy: {
    consensus: { method: string };
    quality: {
      goldRate: number;
      pauseBelowAccuracy: number;
      pauseAfterGold: number;
      fatigue?: { maxTasksPerSession?: number; breakMinutes: number };
    };
  };
}

/** Quality, gold and consensus-method settings in the policy form (issue 9, point 15). */
describe('quality settings in the policy form (Chromium)', () => {
  let env: E2EEnv;
  beforeAll(async () => {
    env = await openE2E();
  });
  afterAll(async () => env?.close());

  it('sets the consensus method, gold, pauses and breaks; a bad value is refused next to its field', async () => {
    await env.api('POST', '/api/projects', spamProject);
    const page = await signedInPage(env.browser, env.server.url, ADMIN_TOKEN);
    page.setDefaultTimeout(10_000);
    await page.goto('/projects/spam/settings#policy');
    const section = page.getByRole('region', { name: 'Quality control' });
    await section.waitFor();
    await section.getByLabel('Combine choice answers by').selectOption('dawid_skene');
    const gold = section.getByLabel('Gold rate (0–1)');
    await gold.fill('2');
    await page.getByRole('button', { name: 'Save policy' }).click();
    await section
      .getByText(/less than or equal to 1|<=1|at most 1/i)
      .first()
      .waitFor();
    expect(await gold.getAttribute('aria-invalid')).toBe('true');

    await gold.fill('0.2');
    await section.getByLabel('Pause below accuracy (0–1)').fill('0.7');
    await section.getByLabel('…after this many gold items').fill('5');
    await section.getByLabel('Ask people to take a break').check();
    await section.getByLabel('After this many tasks').fill('100');
    await screenshot(page, 'setup-policy-quality');
    await page.getByRole('button', { name: 'Save policy' }).click();
    await page.getByText(/Saved as version 1/).waitFor();

    const saved = await env.api<PolicyView>('GET', '/api/projects/spam/policy');
    expect(saved.policy.consensus.method).toBe('dawid_skene');
    expect(saved.policy.quality).toMatchObject({
      goldRate: 0.2,
      pauseBelowAccuracy: 0.7,
      pauseAfterGold: 5,
      fatigue: { maxTasksPerSession: 100, breakMinutes: 10 },
    });

    // The form reads them back after a reload.
    await page.reload();
    await section.waitFor();
    expect(await section.getByLabel('Combine choice answers by').inputValue()).toBe('dawid_skene');
    expect(await section.getByLabel('Gold rate (0–1)').inputValue()).toBe('0.2');

    // The preview shows what the consensus settings decide, and warns when nothing informs weights.
    const preview = page.getByRole('region', { name: 'What this consensus decides' });
    await preview.getByText(/The annotator model has no voter/).waitFor();
    await section.getByLabel('Combine choice answers by').selectOption('majority');
    await preview.getByRole('cell', { name: 'Decided' }).first().waitFor();
    expect(await preview.getByRole('row').count()).toBeGreaterThanOrEqual(2);
  });
});
