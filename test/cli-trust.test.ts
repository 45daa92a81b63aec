import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, runCliAsync, type ServerProcess, startServerProcess } from './support/server-process.js';

/** Tokens and the audit log from the command line, against a real server process. */
describe('tandem tokens and tandem audit', () => {
  let server: ServerProcess;
  let env: Record<string, string>;
  beforeAll(async () => {
    server = await startServerProcess();
    env = { TANDEM_URL: server.url, TANDEM_TOKEN: ADMIN_TOKEN };
  });
  afterAll(async () => server.stop());

  it('creates an expiring token, lists it and revokes it', async () => {
    const made = await runCliAsync(['tokens', 'create', 'ci', '--expires-in-days', '7'], env);
    expect(made.status).toBe(0);
    const token = made.stdout.trim();
    expect(token).toMatch(/^tdm_/);
    const listed = await runCliAsync(['tokens', 'list'], env);
    const line = listed.stdout.split('\n').find((l) => / ci /.test(l)) ?? '';
    expect(line).toMatch(/active/);
    const id = line.trim().split(/\s+/)[0] ?? '';
    const asCi = await runCliAsync(['users', 'list'], { ...env, TANDEM_TOKEN: token });
    expect(asCi.status).toBe(0);
    expect((await runCliAsync(['tokens', 'revoke', id], env)).status).toBe(0);
    const refused = await runCliAsync(['users', 'list'], { ...env, TANDEM_TOKEN: token });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/UNAUTHENTICATED/);
    const bad = await runCliAsync(['tokens', 'create', 'x', '--expires-in-days', 'soon'], env);
    expect(bad.status).toBe(2);
  });

  it('verifies the audit chain, and fails naming the record someone edited in the database', async () => {
    await runCliAsync(['users', 'create', '--username', 'ada', '--role', 'annotator'], env);
    const ok = await runCliAsync(['audit', 'verify'], env);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/audit log intact: \d+ records; head #\d+ [0-9a-f]{64}/);
    const listed = await runCliAsync(['audit', 'list', '--action', 'user.created'], env);
    expect(listed.stdout).toMatch(/admin\s+user\.created/);

    const db = new Database(path.join(server.dataDir, 'tandem.sqlite'));
    try {
      const row = db
        .prepare("select id, seq from audit_log where action = 'user.created' and actor_id is not null")
        .get() as {
        id: number;
        seq: number;
      };
      db.prepare('update audit_log set details = ? where id = ?').run(
        JSON.stringify({ username: 'ada', role: 'admin' }),
        row.id,
      );
      const broken = await runCliAsync(['audit', 'verify'], env);
      expect(broken.status).toBe(1);
      expect(broken.stderr).toContain(`record #${row.seq} (id ${row.id}) was changed after it was sealed`);
    } finally {
      db.close();
    }
  });
});
