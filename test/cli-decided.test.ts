import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, TEST_PG_URL } from '../src/testing/engines.js';
import { spamItem, spamProject } from '../src/testing/fixtures.js';
import { ADMIN_TOKEN, runCliAsync, type ServerProcess, startServerProcess, tempDir } from './support/server-process.js';

/** Issue 8: `tandem import` of a file that would rewrite decided items reports them and changes nothing. */
describe.each(ENGINES)('tandem import of decided items on %s', (engine) => {
  let server: ServerProcess;
  let dir: string;
  let env: Record<string, string>;
  const schema = `cli_decided_${process.pid}_${Date.now().toString(36)}`;
  beforeAll(async () => {
    const pgEnv: Record<string, string> =
      engine === 'postgres' ? { DATABASE_URL: TEST_PG_URL as string, TANDEM_PG_SCHEMA: schema } : {};
    server = await startServerProcess({ env: pgEnv });
    dir = tempDir('tandem-cli-decided-');
    env = { TANDEM_URL: server.url, TANDEM_TOKEN: ADMIN_TOKEN };
    const api = (url: string, method: string, body: unknown) =>
      fetch(`${server.url}${url}`, {
        method,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await api('/api/projects', 'POST', spamProject)).status).toBe(201);
    const policy = await api('/api/projects/spam/policy', 'PUT', { default: { action: 'auto_accept' } });
    expect(policy.status).toBe(200);
  });
  afterAll(async () => {
    await server.stop();
    if (engine !== 'postgres') return;
    const client = new pg.Client({ connectionString: TEST_PG_URL });
    await client.connect();
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  });

  it('reports ITEM_DECIDED by line, counts identical rows as unchanged, and exits non-zero', async () => {
    const rows = Array.from({ length: 5 }, (_, i) => spamItem(i, { confidence: 0.9 }));
    const write = (name: string, items: unknown[]) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, `${items.map((row) => JSON.stringify(row)).join('\n')}\n`);
      return file;
    };
    const first = await runCliAsync(['import', write('first.jsonl', rows), '--project', 'spam'], env);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/5 created, 0 updated, 0 unchanged, 0 rejected/);
    const changed = rows.map((row, i) => (i === 2 ? { ...row, data: { text: 'changed after the decision' } } : row));
    const again = await runCliAsync(['import', write('again.jsonl', changed), '--project', 'spam'], env);
    expect(again.status).toBe(1);
    expect(again.stdout).toMatch(/0 created, 0 updated, 4 unchanged, 1 rejected/);
    expect(again.stdout).toMatch(/line 3: externalId: item \d+ \("mail-2"\) already has answers or a decision/);
  });
});
