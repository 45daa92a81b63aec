import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spamItem, spamProject } from '../src/testing/fixtures.js';
import {
  ADMIN_TOKEN,
  runCli,
  runCliAsync,
  type ServerProcess,
  startServerProcess,
  tempDir,
} from './support/server-process.js';

/** The CLI as a user runs it: a real server process, real files, exit codes and messages. */
describe('tandem CLI', () => {
  let server: ServerProcess;
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    server = await startServerProcess();
    dir = tempDir('tandem-cli-');
    env = { TANDEM_URL: server.url, TANDEM_TOKEN: ADMIN_TOKEN };
  });
  afterAll(async () => server.stop());

  const write = (name: string, content: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };

  it('creates, lists, shows and updates projects', async () => {
    const projectFile = write('project.json', JSON.stringify(spamProject));
    const created = await runCliAsync(['projects', 'create', '--file', projectFile], env);
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toMatch(/Created spam\s+#1\s+Spam triage/);

    const guidelines = write('guidelines.md', '# New guidelines\n');
    const updated = await runCliAsync(['projects', 'update', 'spam', '--guidelines', guidelines], env);
    expect(updated.status).toBe(0);
    const shown = await runCliAsync(['projects', 'show', 'spam'], env);
    expect(JSON.parse(shown.stdout).guidelines).toBe('# New guidelines\n');

    const listed = await runCliAsync(['projects', 'list'], env);
    expect(listed.stdout).toMatch(/^spam\s+#1\s+Spam triage/);
  });

  it('refuses a bad schema file with the field path and a non-zero exit', async () => {
    const schema = write(
      'bad-schema.json',
      JSON.stringify({ questions: [{ name: 'q', type: 'rating', min: 5, max: 1 }] }),
    );
    const result = await runCliAsync(['projects', 'create', '--name', 'Bad', '--schema', schema], env);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/VALIDATION_FAILED/);
    expect(result.stderr).toMatch(/labelSchema\.questions\.0/);

    const notJson = write('broken.json', '{ nope');
    const broken = await runCliAsync(['projects', 'create', '--file', notJson], env);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/is not valid JSON/);
  });

  it('imports JSONL with a per-row report, stores the good rows and exits non-zero for the bad', async () => {
    const lines = [
      ...Array.from({ length: 50 }, (_, i) => JSON.stringify(spamItem(i))),
      '{"data": oops',
      JSON.stringify(spamItem(99, { prediction: { verdict: 'unsure' } })),
    ];
    const file = write('items.jsonl', `${lines.join('\n')}\n`);
    const result = await runCliAsync(['import', file, '--project', 'spam'], env);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/Imported 52 rows: 50 created, 0 updated, 0 unchanged, 2 rejected/);
    expect(result.stdout).toMatch(/line 51: the line is not valid JSON/);
    expect(result.stdout).toMatch(/line 52: prediction\.verdict: /);
    expect(result.stderr).toMatch(/2 row\(s\) were rejected/);

    const again = await runCliAsync(['import', file, '--project', 'spam', '--quiet'], env);
    expect(again.stdout).toMatch(/0 created, 50 updated, 0 unchanged, 2 rejected/);
  });

  it('imports CSV and exports JSONL and CSV', async () => {
    const csv = write('items.csv', 'external_id,text,prediction,confidence,tags\ncsv-a,"Hi, there",ham,0.7,easy\n');
    const imported = await runCliAsync(['import', csv, '--project', 'spam'], env);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(/1 created/);

    const out = path.join(dir, 'export.jsonl');
    const exported = await runCliAsync(['export', '--project', 'spam', '--out', out], env);
    expect(exported.status).toBe(0);
    const rows = fs
      .readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(51);
    expect(rows.at(-1)).toMatchObject({ externalId: 'csv-a', status: 'queued', data: { text: 'Hi, there' } });

    const toStdout = await runCliAsync(['export', '--project', 'spam', '--format', 'csv', '--tag', 'easy'], env);
    expect(toStdout.stdout.split('\n')[0]).toMatch(/^id,external_id,status/);
  });

  it('gives clear messages for missing files, unknown projects, bad flags and no server', async () => {
    const missing = await runCliAsync(['import', path.join(dir, 'nope.jsonl'), '--project', 'spam'], env);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/cannot read ".*nope\.jsonl": ENOENT/);

    const file = write('one.jsonl', `${JSON.stringify(spamItem(1))}\n`);
    const unknown = await runCliAsync(['import', file, '--project', 'ghost'], env);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/PROJECT_NOT_FOUND: No project "ghost"/);

    const txt = write('items.txt', 'x');
    const noFormat = await runCliAsync(['import', txt, '--project', 'spam'], env);
    expect(noFormat.status).toBe(2);
    expect(noFormat.stderr).toMatch(/--format jsonl or --format csv/);

    const badFormat = await runCliAsync(['export', '--project', 'spam', '--format', 'xml'], env);
    expect(badFormat.status).not.toBe(0);
    expect(badFormat.stderr).toMatch(/Allowed choices are jsonl, csv/);

    const noToken = await runCliAsync(['projects', 'list'], { TANDEM_URL: server.url, TANDEM_TOKEN: 'wrong' });
    expect(noToken.status).toBe(1);
    expect(noToken.stderr).toMatch(/UNAUTHENTICATED: This API token is not valid/);

    const down = await runCliAsync(['projects', 'list'], { TANDEM_URL: 'http://127.0.0.1:9' });
    expect(down.status).toBe(1);
    expect(down.stderr).toMatch(/Cannot reach Tandem at http:\/\/127\.0\.0\.1:9/);
  });

  it('migrates a database without a server', () => {
    const dataDir = tempDir('tandem-migrate-');
    const first = runCli(['migrate', '--data-dir', dataDir]);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/applied 001_projects_and_items/);
    const second = runCli(['migrate', '--data-dir', dataDir]);
    expect(second.stdout).toMatch(/already up to date/);

    const badUrl = runCli(['migrate', '--database-url', 'mysql://x']);
    expect(badUrl.status).toBe(1);
    expect(badUrl.stderr).toMatch(/DATABASE_URL: must be a postgres/);
  });
});
