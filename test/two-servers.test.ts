import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PG_URL } from '../src/testing/engines.js';
import { spamItem, spamProject } from '../src/testing/fixtures.js';
import { ADMIN_TOKEN, type ServerProcess, startServerProcess } from './support/server-process.js';

/**
 * Two Tandem server processes on one PostgreSQL serve one queue: no slot goes to two people, and
 * a caller waiting on one server hears a decision made through the other (LISTEN/NOTIFY).
 */
describe.skipIf(!TEST_PG_URL)('two servers on one PostgreSQL', () => {
  const schema = `tandem_two_servers_${process.pid}`;
  const servers: ServerProcess[] = [];
  const env = { DATABASE_URL: TEST_PG_URL as string, TANDEM_PG_SCHEMA: schema };
  const api = async (server: ServerProcess, method: string, path: string, body?: unknown, token = ADMIN_TOKEN) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    // biome-ignore lint/suspicious/noExplicitAny: the test reads whatever JSON the API returns
    const json: any = response.status === 204 ? null : await response.json();
    return { status: response.status, body: json };
  };

  beforeAll(async () => {
    servers.push(await startServerProcess({ env }));
    servers.push(await startServerProcess({ env }));
  }, 60_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    const client = new pg.Client({ connectionString: TEST_PG_URL });
    await client.connect();
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  });

  it('shares one queue with no double assignment and wakes waiters across servers', async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    expect((await api(a, 'POST', '/api/projects', spamProject)).status).toBe(201);
    await api(a, 'PUT', '/api/projects/spam/policy', { default: { action: 'review', k: 2 } });
    const rows = Array.from({ length: 300 }, (_, i) => spamItem(i, { confidence: 0.5 }));
    expect((await api(b, 'POST', '/api/projects/spam/items/batch', { items: rows })).body.created).toBe(300);

    const tokens: string[] = [];
    for (let i = 0; i < 12; i++) {
      tokens.push((await api(a, 'POST', '/api/users', { username: `worker${i}`, role: 'annotator' })).body.token);
    }
    const work = async (token: string, index: number) => {
      const server = index % 2 === 0 ? a : b;
      for (;;) {
        const claimed = await api(server, 'POST', '/api/projects/spam/tasks/claim', undefined, token);
        if (claimed.status === 404) return;
        expect(claimed.status).toBe(200);
        const submitted = await api(
          server,
          'POST',
          `/api/tasks/${claimed.body.task.id}/submit`,
          { answer: { verdict: 'spam' } },
          token,
        );
        expect(submitted.status).toBe(200);
      }
    };
    await Promise.all(tokens.map(work));

    const client = new pg.Client({ connectionString: TEST_PG_URL });
    await client.connect();
    try {
      const { rows: perItem } = await client.query(
        `select item_id, count(*)::int as n, count(distinct user_id)::int as people from "${schema}".responses group by item_id`,
      );
      expect(perItem).toHaveLength(300);
      for (const row of perItem) expect(row).toMatchObject({ n: 2, people: 2 });
    } finally {
      await client.end();
    }

    // A caller waits on server A; the answer is submitted through server B.
    const waiting = api(a, 'POST', '/api/projects/spam/items?wait=20', spamItem(1_000, { confidence: 0.5 }));
    const last = tokens[0] as string;
    const second = tokens[1] as string;
    for (const token of [last, second]) {
      let claimed = await api(b, 'POST', '/api/projects/spam/tasks/claim', undefined, token);
      for (let i = 0; i < 50 && claimed.status !== 200; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        claimed = await api(b, 'POST', '/api/projects/spam/tasks/claim', undefined, token);
      }
      await api(b, 'POST', `/api/tasks/${claimed.body.task.id}/submit`, { answer: { verdict: 'ham' } }, token);
    }
    const answered = await waiting;
    expect(answered.status).toBe(201);
    expect(answered.body.decision).toMatchObject({ method: 'consensus', answer: { verdict: 'ham' } });
  }, 120_000);
});
