import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, type E2EEnv, openE2E, screenshot, signedInPage } from './support.js';

/** Keys that do one predictable thing each (issue 9, points 8, 9 and 14), in real Chromium. */
describe('workspace keys', () => {
  let env: E2EEnv;
  let page: Page;
  beforeAll(async () => {
    env = await openE2E();
    page = await signedInPage(env.browser, env.server.url, await env.person('ada', 'annotator'));
    page.setDefaultTimeout(10_000);
  });
  afterAll(async () => env?.close());

  const activeQuestion = () => page.locator('section[data-active]').getAttribute('data-question');

  it('spans: a label key labels, a second one relabels the span just made, digits never shadow label keys, Tab goes on', async () => {
    await env.api('POST', '/api/projects', {
      name: 'Entities',
      slug: 'entities',
      labelSchema: {
        questions: [
          {
            name: 'entities',
            type: 'spans',
            field: 'text',
            labels: [
              { value: 'PERSON', label: 'Person', hotkey: 'p' },
              { value: 'ORG', label: 'Organisation', hotkey: 'o' },
            ],
          },
          {
            name: 'sure',
            type: 'single_choice',
            title: 'Are you sure?',
            options: [{ value: 'yes' }, { value: 'no' }],
          },
        ],
      },
    });
    const added = await env.api<{ id: number }>('POST', '/api/projects/entities/items', {
      data: { text: 'Acme hired Grace' },
    });
    await page.goto('/projects/entities/work');
    await page.getByText('Select text with the mouse').waitFor();
    expect(await activeQuestion()).toBe('entities');
    // "Acme" selected; p labels it Person, o right after relabels the same span.
    await page.keyboard.press('Home');
    await page.keyboard.press('Control+Shift+ArrowRight');
    await page.keyboard.press('p');
    await page.keyboard.press('o');
    const list = page.getByRole('list').filter({ hasText: '“Acme”' });
    await list.getByText('Organisation').waitFor();
    expect(await list.getByRole('listitem').count()).toBe(1);
    // A digit does not pick a label that has its own key.
    await page.keyboard.press('1');
    await list.getByText('Organisation').waitFor();
    expect(await list.getByText('Person').count()).toBe(0);
    // Tab goes to the next question, not to the next span.
    await page.keyboard.press('Tab');
    expect(await activeQuestion()).toBe('sure');
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    const decision = await env.api<{ answer: Record<string, unknown> }>(
      'GET',
      `/api/projects/entities/items/${added.id}/decision?wait=10`,
    );
    expect(decision.answer).toEqual({ entities: [{ start: 0, end: 4, label: 'ORG' }], sure: 'yes' });
  });

  it('an option key works from any question when only one question has it; Esc closes the key panel', async () => {
    await env.api('POST', '/api/projects', {
      name: 'Triage',
      slug: 'triage',
      labelSchema: {
        questions: [
          {
            name: 'verdict',
            type: 'single_choice',
            options: [
              { value: 'spam', label: 'Spam', hotkey: 'x' },
              { value: 'ham', label: 'Not spam', hotkey: 'h' },
            ],
          },
          {
            name: 'why',
            type: 'multi_choice',
            required: false,
            options: [
              { value: 'money', label: 'Asks for money', hotkey: 'm' },
              { value: 'link', label: 'Suspicious link', hotkey: 'l' },
            ],
          },
        ],
      },
    });
    const added = await env.api<{ id: number }>('POST', '/api/projects/triage/items', {
      data: { subject: 'Claim your prize', body: 'Send 20 euros to get it' },
    });
    await page.goto('/projects/triage/work');
    await page.getByText('Claim your prize').waitFor();
    expect(await activeQuestion()).toBe('verdict');
    await page.keyboard.press('m'); // a key of the second question, pressed while the first is active
    expect(await page.getByRole('checkbox', { name: /Asks for money/ }).isChecked()).toBe(true);
    expect(await activeQuestion()).toBe('why');
    await page.keyboard.press('x'); // and back: the first question's key
    expect(await page.getByRole('radio', { name: /Spam/ }).first().isChecked()).toBe(true);

    await page.keyboard.press('?');
    const help = page.getByRole('region', { name: 'Keyboard' });
    await help.getByText('label the selection; again: relabel the span just made or picked').waitFor();
    await screenshot(page, 'workspace-keys');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });

    await page.keyboard.press('Enter');
    const decision = await env.api<{ answer: Record<string, unknown> }>(
      'GET',
      `/api/projects/triage/items/${added.id}/decision?wait=10`,
    );
    expect(decision.answer).toEqual({ verdict: 'spam', why: ['money'] });
  });

  it('the schema editor refuses an option key that the workspace uses, next to the field', async () => {
    const admin = await signedInPage(env.browser, env.server.url, ADMIN_TOKEN);
    admin.setDefaultTimeout(10_000);
    await admin.goto('/projects/new');
    await admin.getByLabel('Name', { exact: true }).fill('Keys clash');
    const key = admin.locator('#project-labelSchema-questions-0-options-1-hotkey');
    await key.fill('s');
    await admin.getByRole('button', { name: 'Create project' }).click();
    await admin.getByText('"s" is the workspace key for Skip; choose another key').first().waitFor();
    expect(await key.getAttribute('aria-invalid')).toBe('true');
    await screenshot(admin, 'setup-hotkey-refused');
    await admin.context().close();
  });
});
