import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spamItem, spamProject } from '../src/testing/fixtures.js';
import { ADMIN_TOKEN, CLI, type ServerProcess, startServerProcess } from './support/server-process.js';

/** `tandem export … | head`: the reader stops early and the CLI must stop quietly (issue 9, point 18). */
describe('tandem export into a closed pipe', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess();
    const post = (path: string, body: unknown) =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    await post('/api/projects', spamProject);
    // Far more than a pipe buffer (64 KiB), so the export is still writing when the reader leaves.
    const items = Array.from({ length: 3_000 }, (_, i) => spamItem(i, { data: { text: `${'x'.repeat(200)} ${i}` } }));
    expect((await post('/api/projects/spam/items/batch', { items })).status).toBe(200);
  });
  afterAll(async () => server?.stop());

  it('exits 0 with nothing on stderr when the reader closes the pipe after one line', async () => {
    const child = spawn(process.execPath, [CLI, 'export', '--project', 'spam'], {
      env: { ...process.env, TANDEM_URL: server.url, TANDEM_TOKEN: ADMIN_TOKEN },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    const firstLine = await new Promise<string>((resolve) => {
      let seen = '';
      child.stdout.on('data', (c: Buffer) => {
        seen += c.toString();
        const end = seen.indexOf('\n');
        if (end >= 0) {
          child.stdout.destroy(); // what `head -n 1` does once it has its line
          resolve(seen.slice(0, end));
        }
      });
    });
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(JSON.parse(firstLine).externalId).toBe('mail-0');
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });
});
