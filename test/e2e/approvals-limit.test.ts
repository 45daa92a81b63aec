import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spamItem, spamProject } from '../../src/testing/fixtures.js';
import { apiClient, type E2EEnv, openE2E, screenshot, signedInPage } from './support.js';

/**
 * A reviewer works the queue in one tab (2 leases: the item on screen and the prefetched next)
 * and opens an approval in another (issue 9, point 7). Whether or not the server exempts chosen
 * items from the lease limit, the approval must open: at once, or after the inbox's way out.
 */
describe('approvals while holding the lease limit (Chromium)', () => {
  let env: E2EEnv;
  beforeAll(async () => {
    env = await openE2E();
  });
  afterAll(async () => env?.close());

  it('opens a chosen approval, giving back one task if the limit applies', async () => {
    await env.api('POST', '/api/projects', { ...spamProject, slug: 'queue', name: 'Mail queue' });
    await env.api('POST', '/api/projects/queue/items/batch', { items: [spamItem(1), spamItem(2), spamItem(3)] });
    await env.api('POST', '/api/projects', {
      name: 'Support agent',
      slug: 'agent',
      labelSchema: { questions: [{ name: 'go_ahead', type: 'approval' }] },
    });
    await env.api('PUT', '/api/projects/agent/policy', { approval: { timeoutSeconds: 600, defaultOutcome: 'reject' } });
    const action = await env.api<{ id: number }>('POST', '/api/projects/agent/items', {
      externalId: 'refund-1',
      data: { action: { tool: 'issue_refund', arguments: { orderId: 'A-1', amount: 12 } } },
    });

    const token = await env.person('rosalind', 'reviewer');
    const rosalind = apiClient(env.server.url, token);
    await rosalind('POST', '/api/projects/queue/tasks/claim');
    await rosalind('POST', '/api/projects/queue/tasks/claim');
    expect((await rosalind<{ tasks: unknown[] }>('GET', '/api/me/tasks')).tasks).toHaveLength(2);

    const page = await signedInPage(env.browser, env.server.url, token);
    page.setDefaultTimeout(10_000);
    await page.goto('/approvals');
    await page.getByRole('button').filter({ hasText: 'issue_refund' }).click();
    const panel = page.getByRole('article', { name: 'issue_refund' });
    const approve = panel.getByRole('button', { name: 'Approve', exact: true });
    const wayOut = panel.getByRole('button', { name: 'Give back a task you hold in Mail queue and open this action' });
    await approve.or(wayOut).first().waitFor();
    if (await wayOut.isVisible()) {
      // The limit applies here: the inbox says where the tasks are and offers the way out.
      await panel.getByText('You already hold 2 tasks in Mail queue').waitFor();
      await screenshot(page, 'approvals-lease-limit');
      await wayOut.click();
    }
    await approve.click();
    const decision = await env.api<{ answer: unknown }>(
      'GET',
      `/api/projects/agent/items/${action.id}/decision?wait=10`,
    );
    expect(decision.answer).toEqual({ go_ahead: { decision: 'approve' } });
    // At most one queue task was given back: the other is still held.
    const held = (await rosalind<{ tasks: { projectId: number }[] }>('GET', '/api/me/tasks')).tasks;
    expect(held.length).toBeGreaterThanOrEqual(1);
  });
});
