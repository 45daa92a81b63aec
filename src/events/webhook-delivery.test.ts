import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { moveWebhookDeliveriesToJobs } from '../db/migrations-012.js';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { spamItem, spamProject } from '../testing/fixtures.js';

/** A local webhook receiver; `hold` keeps each request open until `release()` is called. */
async function receiver(options: { hold?: Promise<void> } = {}) {
  const events: number[] = [];
  let inFlight = 0;
  let mostAtOnce = 0;
  const server = http.createServer((request, response) => {
    inFlight += 1;
    mostAtOnce = Math.max(mostAtOnce, inFlight);
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', async () => {
      await options.hold;
      events.push(JSON.parse(body).id);
      inFlight -= 1;
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    events,
    mostAtOnce: () => mostAtOnce,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe.each(ENGINES)('webhook delivery jobs on %s', (engine) => {
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

  it("delivers to a fast endpoint while a slow one still holds its first delivery, in each endpoint's order", async () => {
    let releaseSlow!: () => void;
    const slowHeld = new Promise<void>((resolve) => {
      releaseSlow = resolve;
    });
    const slow = await receiver({ hold: slowHeld });
    const fast = await receiver();
    try {
      for (const url of [slow.url, fast.url]) {
        const created = await t.inject({ method: 'POST', url: '/api/projects/spam/webhooks', payload: { url } });
        expect(created.statusCode).toBe(201);
      }
      const eventIds: number[] = [];
      for (let n = 1; n <= 5; n++) {
        await t.inject({ method: 'POST', url: '/api/projects/spam/items', payload: spamItem(n, { confidence: 0.5 }) });
      }
      for (const row of await t.storage.db.selectFrom('events').select('id').orderBy('id').execute())
        eventIds.push(Number(row.id));
      expect(eventIds).toHaveLength(5);

      const running = t.jobs.runUntilIdle();
      // If the slow endpoint held up the others, the fast one would never get all five while the
      // slow one is still stuck on its first, and this loop would run out.
      for (let i = 0; i < 400 && fast.events.length < 5; i++) await new Promise((r) => setTimeout(r, 25));
      expect(fast.events).toEqual(eventIds);
      expect(slow.events).toEqual([]);
      releaseSlow();
      await running;
      expect(slow.events).toEqual(eventIds);
      expect(slow.mostAtOnce()).toBe(1);
      const deliveries = await t.storage.db.selectFrom('webhook_deliveries').select(['status', 'attempts']).execute();
      expect(deliveries).toHaveLength(10);
      expect(deliveries.every((d) => d.status === 'delivered' && d.attempts === 1)).toBe(true);
    } finally {
      releaseSlow();
      await slow.close();
      await fast.close();
    }
  });

  it('moves deliveries left pending by the old sender onto jobs (migration 012)', async () => {
    const target = await receiver();
    try {
      const hook = await t.inject({ method: 'POST', url: '/api/projects/spam/webhooks', payload: { url: target.url } });
      const projectId = (await t.inject({ method: 'GET', url: '/api/projects/spam' })).json().id as number;
      // As the old outbox wrote them: an event and its pending delivery, no job.
      const event = await t.storage.db
        .insertInto('events')
        .values({ project_id: projectId, type: 'item.decided', payload: JSON.stringify({ itemId: 1 }), created_at: 1 })
        .returning('id')
        .executeTakeFirstOrThrow();
      await t.storage.db
        .insertInto('webhook_deliveries')
        .values({ webhook_id: hook.json().id, event_id: event.id, status: 'pending', attempts: 2, next_attempt_at: 5 })
        .execute();
      expect(await t.jobs.runUntilIdle()).toBe(0);
      await moveWebhookDeliveriesToJobs(t.storage.db as unknown as Kysely<unknown>, engine);
      expect(await t.jobs.runUntilIdle()).toBe(1);
      expect(target.events).toEqual([Number(event.id)]);
      const delivery = await t.storage.db.selectFrom('webhook_deliveries').selectAll().executeTakeFirstOrThrow();
      expect(delivery).toMatchObject({ status: 'delivered', attempts: 3 });
    } finally {
      await target.close();
    }
  });
});
