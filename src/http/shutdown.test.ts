import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ENGINES, openTestApp } from '../testing/engines.js';
import { spamItem, spamProject } from '../testing/fixtures.js';

/**
 * Graceful shutdown (issue 10, point 7), in the server's order: stop claiming jobs and let the
 * running one finish, then let the request in flight answer, then close.
 */
describe.each(ENGINES)('graceful shutdown on %s', (engine) => {
  it('finishes the running job and the request in flight, and starts nothing new', async () => {
    let releaseReceiver!: () => void;
    const receiverHeld = new Promise<void>((resolve) => {
      releaseReceiver = resolve;
    });
    let received = 0;
    let reached!: () => void;
    const deliveryStarted = new Promise<void>((resolve) => {
      reached = resolve;
    });
    const receiver = http.createServer(async (request, response) => {
      request.resume();
      reached();
      await receiverHeld;
      received += 1;
      response.writeHead(204).end();
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const t = await openTestApp(engine, { background: true, webhookAllowHosts: ['127.0.0.1'] });
    try {
      await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject });
      await t.inject({
        method: 'PUT',
        url: '/api/projects/spam/policy',
        payload: { rules: [], default: { action: 'auto_accept' } },
      });
      await t.inject({
        method: 'POST',
        url: '/api/projects/spam/webhooks',
        payload: { url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`, events: ['item.decided'] },
      });
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
      const post = (path: string, body: unknown) =>
        fetch(`${base}${path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${t.adminToken}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      // Two decisions for one endpoint: the first delivery is held by the receiver, the second
      // waits behind it (same key).
      await post('/api/projects/spam/items', spamItem(1));
      await post('/api/projects/spam/items', spamItem(2));
      await t.inject({
        method: 'PUT',
        url: '/api/projects/spam/policy',
        payload: { rules: [], default: { action: 'review', k: 1 } },
      });
      await deliveryStarted;
      // A request in flight: it waits up to a second for a decision that will not come.
      const longPoll = post('/api/projects/spam/items?wait=1', spamItem(3));
      for (let i = 0; i < 200; i++) {
        const stored = await t.storage.db
          .selectFrom('items')
          .select('id')
          .where('external_id', '=', 'mail-3')
          .execute();
        if (stored.length > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }

      // What the server's close() does, up to closing the database (read below).
      const closing = (async () => {
        await t.jobs.stop();
        await t.app.close();
      })();
      releaseReceiver();
      await closing;
      expect((await longPoll).status).toBe(202);
      expect(received).toBe(1);
      const jobs = await t.storage.db
        .selectFrom('jobs')
        .select(['state', 'attempts'])
        .where('type', '=', 'webhook.deliver')
        .orderBy('id')
        .execute();
      expect(jobs.map((job) => [job.state, Number(job.attempts)])).toEqual([
        ['done', 1],
        ['queued', 0],
      ]);
    } finally {
      releaseReceiver();
      receiver.close();
      await t.close();
    }
  });
});
