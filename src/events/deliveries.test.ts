import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { spamItem, spamProject } from '../testing/fixtures.js';

/** A receiver that answers every POST with `status`. */
async function receiver(status: number) {
  const server = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => response.writeHead(status).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe.each(ENGINES)('webhook deliveries listing on %s', (engine) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await openTestApp(engine, { webhookAllowHosts: ['127.0.0.1'] });
    await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject });
    await t.inject({
      method: 'PUT',
      url: '/api/projects/spam/policy',
      payload: { rules: [], default: { action: 'auto_accept' } },
    });
  });
  afterEach(async () => t.close());

  it('shows each delivery with its attempts, HTTP status, error and next retry', async () => {
    const good = await receiver(204);
    const down = await receiver(503);
    try {
      const ids: number[] = [];
      for (const url of [good.url, down.url]) {
        const created = await t.inject({ method: 'POST', url: '/api/projects/spam/webhooks', payload: { url } });
        ids.push(created.json().id);
      }
      await t.inject({ method: 'POST', url: '/api/projects/spam/items', payload: spamItem(1) });
      await t.jobs.runUntilIdle();

      const delivered = await t.inject({ method: 'GET', url: `/api/projects/spam/webhooks/${ids[0]}/deliveries` });
      expect(delivered.statusCode).toBe(200);
      const [ok] = delivered.json().deliveries;
      expect(ok).toMatchObject({ eventType: 'item.decided', status: 'delivered', attempts: 1, httpStatus: 204 });
      expect(ok.lastError).toBeNull();
      expect(ok.nextAttemptAt).toBeNull();
      expect(ok.deliveredAt).not.toBeNull();

      const failing = await t.inject({ method: 'GET', url: `/api/projects/spam/webhooks/${ids[1]}/deliveries` });
      const [retrying] = failing.json().deliveries;
      expect(retrying).toMatchObject({ status: 'pending', attempts: 1, httpStatus: 503, lastError: 'HTTP 503' });
      expect(Date.parse(retrying.nextAttemptAt)).toBeGreaterThan(Date.parse(retrying.lastAttemptAt));
    } finally {
      await good.close();
      await down.close();
    }
  });

  it("answers 404 for another project's webhook, 400 for a bad id, and only to managers", async () => {
    await t.inject({ method: 'POST', url: '/api/projects', payload: { ...spamProject, slug: 'other', name: 'Other' } });
    const created = await t.inject({
      method: 'POST',
      url: '/api/projects/other/webhooks',
      payload: { url: 'http://127.0.0.1:9/hook' },
    });
    const id = created.json().id;
    const wrongProject = await t.inject({ method: 'GET', url: `/api/projects/spam/webhooks/${id}/deliveries` });
    expect(wrongProject.statusCode).toBe(404);
    expect(wrongProject.json().error.code).toBe('WEBHOOK_NOT_FOUND');
    const bad = await t.inject({ method: 'GET', url: '/api/projects/spam/webhooks/x1/deliveries' });
    expect(bad.statusCode).toBe(400);
    const badLimit = await t.inject({ method: 'GET', url: `/api/projects/other/webhooks/${id}/deliveries?limit=0` });
    expect(badLimit.statusCode).toBe(400);
    expect(JSON.stringify(badLimit.json().error)).toContain('limit');
    const viewer = await t.userClient('vera', 'viewer');
    const refused = await viewer.inject({ method: 'GET', url: `/api/projects/other/webhooks/${id}/deliveries` });
    expect(refused.statusCode).toBe(403);
    const empty = await t.inject({ method: 'GET', url: `/api/projects/other/webhooks/${id}/deliveries` });
    expect(empty.json()).toEqual({ deliveries: [] });
  });
});
