import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, apiClient, type E2EEnv, openE2E, screenshot, signedInPage } from './support.js';

interface ItemWithDecision {
  id: number;
  decision: { method: string; answer: Record<string, unknown> } | null;
}

describe('approvals inbox', () => {
  let env: E2EEnv;
  let page: Page;

  /** An agent asks for approval and waits for the answer (started at once, awaited later). */
  const requestApproval = (externalId: string, tool: string, args: Record<string, unknown>, wait = 30) =>
    fetch(`${env.server.url}/api/projects/agent/items?wait=${wait}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ externalId, data: { action: { tool, arguments: args } } }),
    });
  const card = (tool: string) => page.getByRole('button').filter({ hasText: tool });

  beforeAll(async () => {
    env = await openE2E();
    await env.api('POST', '/api/projects', {
      name: 'Support agent',
      slug: 'agent',
      labelSchema: { questions: [{ name: 'go_ahead', type: 'approval', title: 'May the agent do this?' }] },
    });
    await env.api('PUT', '/api/projects/agent/policy', { approval: { timeoutSeconds: 120, defaultOutcome: 'reject' } });
    page = await signedInPage(env.browser, env.server.url, ADMIN_TOKEN);
    page.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await env?.close();
  });

  it('approves a waiting agent action from the inbox', async () => {
    const waiting = requestApproval('refund-17', 'issue_refund', { orderId: 'A-17', amount: 40, currency: 'EUR' });
    const other = requestApproval('mail-9', 'send_email', { to: 'customer@example.com', subject: 'Your refund' }, 1);
    await page.goto('/approvals');
    await card('issue_refund').waitFor();
    await card('send_email').waitFor();
    // The countdown ticks: two readings a second and a half apart differ.
    const first = await card('issue_refund').locator('time').innerText();
    expect(first).toMatch(/^1:5\d left$/);
    await page.waitForTimeout(1_500);
    expect(await card('issue_refund').locator('time').innerText()).not.toBe(first);

    await card('issue_refund').click();
    const panel = page.getByRole('article', { name: 'issue_refund' });
    await panel.getByRole('rowheader', { name: 'orderId' }).waitFor();
    expect(await panel.getByRole('row', { name: /amount/ }).innerText()).toContain('40');
    await panel.getByRole('button', { name: 'Approve', exact: true }).waitFor();
    await screenshot(page, 'approvals');
    await panel.getByRole('button', { name: 'Approve', exact: true }).click();

    const response = await waiting;
    expect(response.status).toBe(201);
    const item = (await response.json()) as ItemWithDecision;
    expect(item.decision?.method).toBe('consensus');
    expect(item.decision?.answer).toEqual({ go_ahead: { decision: 'approve' } });
    await page.getByRole('status').filter({ hasText: 'Approved issue_refund' }).waitFor();
    await card('issue_refund').waitFor({ state: 'detached' });
    expect((await other).status).toBe(202);
  });

  it('says so when someone else holds the action', async () => {
    const carol = apiClient(env.server.url, await env.person('carol', 'annotator'));
    const added = await env.api<ItemWithDecision>('POST', '/api/projects/agent/items', {
      externalId: 'delete-3',
      data: { action: { tool: 'delete_account', arguments: { userId: 3 } } },
    });
    await carol('POST', `/api/projects/agent/items/${added.id}/claim`);
    await page.reload();
    await card('delete_account').click();
    await page.getByRole('alert').filter({ hasText: 'Someone else is handling this action' }).waitFor();
  });

  it('edits the arguments, refusing invalid JSON first', async () => {
    const waiting = requestApproval('mail-10', 'send_email', { to: 'customer@example.com', subject: 'Refund' });
    await page.reload();
    const row = page.getByRole('button').filter({ hasText: 'mail-10' });
    await row.click();
    const panel = page.getByRole('article', { name: 'send_email' });
    await panel.getByRole('button', { name: 'Edit arguments…' }).click();
    const json = panel.getByLabel('Arguments to run the action with (JSON)');
    expect(await json.evaluate((el) => el === document.activeElement)).toBe(true);
    await json.fill('{"to": "customer@example.com", "subject": "Your refund",');
    await panel.getByRole('button', { name: 'Approve with these arguments' }).click();
    await panel.getByRole('alert').filter({ hasText: 'Not valid JSON' }).waitFor();
    expect(await json.getAttribute('aria-invalid')).toBe('true');
    expect(await json.getAttribute('aria-describedby')).toBe('approval-arguments-error');
    await screenshot(page, 'approvals-invalid-json');

    await json.fill('{"to": "customer@example.com", "subject": "Your refund of €40"}');
    await panel.getByRole('button', { name: 'Approve with these arguments' }).click();
    const response = await waiting;
    expect(response.status).toBe(201);
    const item = (await response.json()) as ItemWithDecision;
    expect(item.decision?.answer).toEqual({
      go_ahead: { decision: 'edit', arguments: { to: 'customer@example.com', subject: 'Your refund of €40' } },
    });
    await page.getByRole('status').filter({ hasText: 'Approved with edited arguments: send_email' }).waitFor();
  });
});
