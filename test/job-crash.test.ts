import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_PG_URL } from '../src/testing/engines.js';
import { spamItem, spamProject } from '../src/testing/fixtures.js';
import { ADMIN_TOKEN, type ServerProcess, startServerProcess } from './support/server-process.js';

/**
 * Issue 10, point 2: a job survives kill -9. Server A is killed in the middle of a webhook
 * delivery; server B, on the same PostgreSQL, takes the job once A's lease lapses and completes
 * it — once.
 */
describe.skipIf(!TEST_PG_URL)('a job survives kill -9 (two servers on one PostgreSQL)', () => {
  const schema = `tandem_job_crash_${process.pid}`;
  const servers: ServerProcess[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop('SIGKILL')));
    const client = new pg.Client({ connectionString: TEST_PG_URL });
    await client.connect();
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  });

  it('is retried by the other server and completed exactly once', async () => {
    // The receiver holds the first delivery open (server A dies meanwhile); it answers later ones.
    const seen: string[] = [];
    const completed: string[] = [];
    let firstArrived!: () => void;
    const arrived = new Promise<void>((resolve) => {
      firstArrived = resolve;
    });
    const receiver = http.createServer((request, response) => {
      const eventId = String(request.headers['tandem-event-id']);
      seen.push(eventId);
      request.resume();
      if (seen.length === 1) {
        firstArrived();
        return; // never answered: the connection dies with server A
      }
      completed.push(eventId);
      response.writeHead(204).end();
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const env = {
      DATABASE_URL: TEST_PG_URL as string,
      TANDEM_PG_SCHEMA: schema,
      TANDEM_WEBHOOK_ALLOW_HOSTS: '127.0.0.1',
      TANDEM_JOB_LEASE_SECONDS: '2',
    };
    try {
      const a = await startServerProcess({ env });
      servers.push(a);
      const api = async (server: ServerProcess, method: string, path: string, body?: unknown) => {
        const response = await fetch(`${server.url}${path}`, {
          method,
          headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        return { status: response.status, body: await response.json() };
      };
      expect((await api(a, 'POST', '/api/projects', spamProject)).status).toBe(201);
      await api(a, 'PUT', '/api/projects/spam/policy', { rules: [], default: { action: 'auto_accept' } });
      const hook = await api(a, 'POST', '/api/projects/spam/webhooks', {
        url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`,
      });
      expect(hook.status).toBe(201);
      await api(a, 'POST', '/api/projects/spam/items', spamItem(1));
      await arrived; // A holds the job: it is posting the delivery

      const b = await startServerProcess({ env });
      servers.push(b);
      await a.stop('SIGKILL');

      const client = new pg.Client({ connectionString: TEST_PG_URL });
      await client.connect();
      try {
        let job: { state: string; attempts: number } | undefined;
        for (let i = 0; i < 300; i++) {
          const { rows } = await client.query(
            `select state, attempts from "${schema}".jobs where type = 'webhook.deliver'`,
          );
          job = rows[0];
          if (job?.state === 'done') break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        expect(job).toEqual({ state: 'done', attempts: 2 });
        const { rows: deliveries } = await client.query(`select status, attempts from "${schema}".webhook_deliveries`);
        expect(deliveries).toEqual([{ status: 'delivered', attempts: 2 }]);
      } finally {
        await client.end();
      }
      // Sent twice (at least once), completed once, by server B.
      expect(seen).toHaveLength(2);
      expect(completed).toEqual([seen[0]]);
    } finally {
      receiver.close();
      receiver.closeAllConnections();
    }
  });
});
