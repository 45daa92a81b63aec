import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, type E2EEnv, openE2E, screenshot, signedInPage } from './support.js';

/** Issue 13 point 7: set up a judge in the browser, test it on an item, run it, read its calibration. */
describe('judges', () => {
  let env: E2EEnv;
  const ids = new Map<string, number>();
  const outputs: Record<string, string> = {
    a: 'Restart the router.',
    b: 'Try again later.',
    c: 'Check the cable.',
    d: 'That is a stupid question.',
    e: 'A stupid idea.',
  };

  beforeAll(async () => {
    env = await openE2E();
    await env.api('POST', '/api/projects', {
      name: 'Bot replies',
      slug: 'replies',
      labelSchema: {
        questions: [{ name: 'verdict', type: 'single_choice', options: [{ value: 'pass' }, { value: 'fail' }] }],
      },
    });
    await env.api('POST', '/api/projects/replies/items/batch', {
      items: Object.entries(outputs).map(([externalId, output]) => ({ externalId, data: { output } })),
    });
    const { items } = await env.api<{ items: { id: number; externalId: string }[] }>(
      'GET',
      '/api/projects/replies/items',
    );
    for (const item of items) ids.set(item.externalId, item.id);
  });
  afterAll(async () => {
    await env?.close();
  });

  it('creates a rule judge in the form, tests it on an item, runs it and shows its calibration', async () => {
    const page = await signedInPage(env.browser, env.server.url, ADMIN_TOKEN);
    page.setDefaultTimeout(10_000);
    await page.goto('/projects/replies/judges');
    await page.getByRole('heading', { name: 'Bot replies · judges' }).waitFor();
    const bar = page.getByRole('form', { name: 'Calibration thresholds' });
    await bar.getByLabel('Minimum pairs').fill('5');
    await bar.getByRole('button', { name: 'Save bar' }).click();
    await bar.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    await page.getByRole('button', { name: 'New judge' }).click();
    const form = page.getByRole('form', { name: 'New judge' });
    await form.getByLabel('Name').fill('polite');
    await form.getByLabel('Check 1 type').selectOption('not_contains');
    await form.getByLabel('Check 1 text').fill('stupid');
    await form.getByLabel('Trusted: its verdict may auto-accept').check();

    const test = page.getByRole('region', { name: 'Test on item' });
    await test.getByLabel('Item id').fill(String(ids.get('d')));
    await test.getByRole('button', { name: 'Test' }).click();
    const verdict = test.getByRole('status', { name: 'Test verdict' });
    await verdict.getByText('fail (score 0.00)').waitFor();
    await verdict.getByText(/stupid/).waitFor();
    await test.getByLabel('Item id').fill(String(ids.get('a')));
    await test.getByRole('button', { name: 'Test' }).click();
    await verdict.getByText('pass (score 1.00)').waitFor();
    await screenshot(page, 'judge-editor');

    await form.getByRole('button', { name: 'Create judge' }).click();
    await page.getByRole('form', { name: 'Edit judge polite' }).waitFor();
    await page
      .getByRole('row', { name: /polite/ })
      .getByText('trust asked · not calibrated')
      .waitFor();
    const runs = page.getByRole('region', { name: 'Runs of polite v1' });
    await runs.getByRole('button', { name: 'Run on all items' }).click();
    await runs.getByText('5 runs queued; 0 items had one already.').waitFor();
    await expect.poll(() => runs.getByRole('cell', { name: 'done', exact: true }).count(), { timeout: 15_000 }).toBe(5);
    await runs.getByLabel('State').selectOption('done');
    await expect.poll(() => runs.getByRole('cell', { name: 'fail', exact: true }).count()).toBe(2);

    // People decide every item, agreeing with the judge.
    for (const [key, output] of Object.entries(outputs)) {
      await env.api('POST', `/api/projects/replies/items/${ids.get(key)}/decision`, {
        answer: { verdict: output.includes('stupid') ? 'fail' : 'pass' },
        reason: 'checked',
      });
    }
    await page.goto('/projects/replies/dashboard');
    const card = page.getByRole('region', { name: 'Judge calibration' });
    const row = card.getByRole('row', { name: /polite/ });
    await expect
      .poll(() => row.innerText(), { timeout: 15_000 })
      .toMatch(/polite\s+v1\s+1\.00\s+100 %\s+1\.00\s+5\s+yes · trusted/);
    expect(await card.locator('canvas').count()).toBe(1);
    await page.waitForTimeout(300);
    await screenshot(page, 'judge-calibration-card');

    await row.getByRole('link', { name: 'polite' }).click();
    const matrix = page.getByRole('table', { name: 'Confusion matrix' });
    await matrix.waitFor();
    expect(await matrix.innerText()).toMatch(/Judge pass\s+3\s+0\s+Judge fail\s+0\s+2/);
    await expect
      .poll(
        () =>
          page
            .getByRole('row', { name: /polite/ })
            .first()
            .innerText(),
        { timeout: 15_000 },
      )
      .toContain('trusted · calibrated');
    await page.context().close();
  });

  it('lists golden sets and runs and compares two runs: win rate, regressions, slices', async () => {
    await env.api('POST', '/api/projects/replies/evals/golden-sets/support/versions', {
      note: 'first cut',
      entries: [
        { externalId: 'g1', input: { question: 'Router?' }, metadata: { topic: 'billing' } },
        { externalId: 'g2', input: { question: 'Invoice?' }, metadata: { topic: 'billing' } },
        { externalId: 'g3', input: { question: 'Cable?' }, metadata: { topic: 'tech' } },
      ],
    });
    const post = (name: string, outputs: string[]) =>
      env.api('POST', '/api/projects/replies/evals/runs', {
        goldenSet: 'support',
        name,
        judges: ['polite'],
        outputs: outputs.map((output, i) => ({ externalId: `g${i + 1}`, output })),
      });
    await post('bot-v1', ['Restart it.', 'See the invoice.', 'Plug it in.']);
    await post('bot-v2', ['A stupid question.', 'See the invoice.', 'Plug it in.']);
    await expect
      .poll(
        async () =>
          (await env.api<{ runs: { complete: boolean }[] }>('GET', '/api/projects/replies/evals/runs')).runs.every(
            (r) => r.complete,
          ),
        { timeout: 15_000 },
      )
      .toBe(true);

    const page = await signedInPage(env.browser, env.server.url, ADMIN_TOKEN);
    page.setDefaultTimeout(10_000);
    await page.goto('/projects/replies/evals');
    await page.getByRole('heading', { name: 'Bot replies · evaluation' }).waitFor();
    await page.getByRole('button', { name: 'support' }).click();
    await page
      .getByRole('list', { name: 'Versions of support' })
      .getByText(/v1: 3 entries.*first cut/)
      .waitFor();
    await page.getByLabel('Run bot-v2').check();
    await page.getByLabel('Baseline bot-v1').check();
    await page.getByRole('button', { name: 'Compare' }).click();
    const report = page.getByRole('region', { name: 'bot-v2 against bot-v1' });
    await report.waitFor();
    expect(new URL(page.url()).search).toMatch(/^\?run=\d+&baseline=\d+$/);
    await report.getByText(/Win rate of bot-v2: 0\.0 %.*0 wins, 1 losses, 2 ties/).waitFor();
    expect(await report.getByRole('table', { name: 'Regressions' }).innerText()).toMatch(/g1\s+pass → fail/);
    expect(await report.getByRole('table', { name: 'Slices' }).innerText()).toMatch(
      /topic=billing\s+2 entries\s+100\.0 % → 50\.0 %/,
    );
    expect(await report.locator('canvas').count()).toBe(1);
    await page.waitForTimeout(300);
    await screenshot(page, 'eval-compare');

    // A new version from the web: a bad line is named, then two good lines make support v2.
    const form = page.getByRole('form', { name: 'New golden set version' });
    await form.getByLabel('Name', { exact: true }).fill('support');
    await form.getByLabel('Entries from').selectOption('jsonl');
    const lines = form.getByLabel(/JSON lines: one entry per line/);
    await lines.fill('{"externalId":"g4","input":{"question":"Modem?"}}\n{"externalId":"g5"}');
    await form.getByRole('button', { name: 'Save version' }).click();
    await form
      .getByRole('status')
      .getByText(/jsonl\.2/)
      .waitFor();
    await lines.fill(
      '{"externalId":"g4","input":{"question":"Modem?"}}\n{"externalId":"g5","input":{"question":"Wifi?"}}',
    );
    await form.getByRole('button', { name: 'Save version' }).click();
    await form.getByRole('status').getByText('Saved support v2 with 2 entries.').waitFor();
    await page.getByRole('table', { name: 'Golden sets' }).getByRole('cell', { name: 'v2', exact: true }).waitFor();
    await page.context().close();
  });
});
