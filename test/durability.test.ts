import { afterAll, describe, expect, it } from 'vitest';
import { openStorage } from '../src/db/storage.js';
import { spamItem, spamProject } from '../src/testing/fixtures.js';
import { ADMIN_TOKEN, type ServerProcess, startServerProcess } from './support/server-process.js';

/**
 * Issue #2, "nothing acknowledged is lost": items the API acknowledged are in the database after
 * the server is killed with SIGKILL mid-load (SQLite in WAL with synchronous=FULL).
 */
describe('kill -9 durability (SQLite)', () => {
  let server: ServerProcess | undefined;
  afterAll(async () => server?.stop('SIGKILL'));

  it('keeps every acknowledged item after SIGKILL during concurrent writes', async () => {
    server = await startServerProcess();
    const { url } = server;
    const created = await fetch(`${url}/api/projects`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify(spamProject),
    });
    expect(created.status).toBe(201);

    const acknowledged = new Set<string>();
    let next = 0;
    let killed = false;
    const writer = async () => {
      while (!killed) {
        const batch = Array.from({ length: 1 + (next % 50) }, () => spamItem(next++));
        try {
          const response = await fetch(`${url}/api/projects/spam/items/batch`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
            body: JSON.stringify({ items: batch }),
          });
          if (response.status !== 200) continue;
          const report = (await response.json()) as { items: { externalId: string }[] };
          for (const item of report.items) acknowledged.add(item.externalId);
        } catch {
          // The connection died with the server: that write was never acknowledged.
        }
      }
    };
    const writers = Array.from({ length: 8 }, writer);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    server.child.kill('SIGKILL');
    killed = true;
    await Promise.all(writers);
    await server.stop('SIGKILL');
    expect(acknowledged.size).toBeGreaterThan(100);

    const storage = await openStorage({ dataDir: server.dataDir });
    try {
      const rows = await storage.db.selectFrom('items').select('external_id').execute();
      const stored = new Set(rows.map((row) => row.external_id));
      const lost = [...acknowledged].filter((id) => !stored.has(id));
      expect(lost).toEqual([]);
    } finally {
      await storage.close();
    }
  });
});
