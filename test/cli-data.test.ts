import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, runCliAsync, type ServerProcess, startServerProcess, tempDir } from './support/server-process.js';

const labelStudio = (name: string) =>
  fs.readFileSync(path.resolve(import.meta.dirname, '../src/label-studio/testdata', name), 'utf8');

/** Issue 14 from the command line: a Label Studio project in, training formats and snapshots out. */
describe('tandem CLI: Label Studio, export formats, snapshots', { timeout: 120_000 }, () => {
  let server: ServerProcess;
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    server = await startServerProcess();
    dir = tempDir('tandem-cli-data-');
    env = { TANDEM_URL: server.url, TANDEM_TOKEN: ADMIN_TOKEN };
  });
  afterAll(async () => server.stop());

  const write = (name: string, content: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };

  it('creates a project from a Label Studio config and imports its tasks', async () => {
    const config = write('config.xml', labelStudio('ner.xml'));
    const created = await runCliAsync(
      ['projects', 'create', '--name', 'LS NER', '--slug', 'ls-ner', '--label-studio-config', config],
      env,
    );
    expect(created.stderr).toBe('');
    expect(created.stdout).toMatch(/questions: label \(spans\)/);

    const tasks = write('tasks.json', labelStudio('ner-tasks.json'));
    const imported = await runCliAsync(
      ['import', tasks, '--project', 'ls-ner', '--format', 'label-studio', '--quiet'],
      env,
    );
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain(
      'Imported 2 rows: 2 created, 0 updated, 0 unchanged, 0 rejected, 1 decided from annotations',
    );

    const bad = write('bad.xml', labelStudio('unmapped.xml'));
    const refused = await runCliAsync(['projects', 'create', '--name', 'Bad', '--label-studio-config', bad], env);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('line 3 <PolygonLabels>');
  });

  it('exports a training format and takes, lists, diffs and exports snapshots byte-identically', async () => {
    const conll = await runCliAsync(['export', '--project', 'ls-ner', '--format', 'conll'], env);
    expect(conll.stdout).toContain('Ada -X- -X- B-PER\nLovelace -X- -X- I-PER\n');

    const first = await runCliAsync(
      ['snapshots', 'create', '--project', 'ls-ner', '--reason', 'model v1', '--name', 'v1', '--status', 'decided'],
      env,
    );
    expect(first.stdout).toMatch(/Created snapshot #(\d+)\s+v1/);
    const firstId = /#(\d+)/.exec(first.stdout)?.[1] as string;
    const second = await runCliAsync(['snapshots', 'create', '--project', 'ls-ner', '--reason', 'everything'], env);
    const secondId = /#(\d+)/.exec(second.stdout)?.[1] as string;

    const listed = await runCliAsync(['snapshots', 'list', '--project', 'ls-ner'], env);
    expect(listed.stdout.split('\n')[0]).toContain(`#${secondId}`);
    const diff = await runCliAsync(['snapshots', 'diff', firstId, secondId, '--project', 'ls-ner'], env);
    expect(diff.stdout).toContain(`From #${firstId} to #${secondId}: 1 added, 0 removed, 1 unchanged`);

    const out1 = path.join(dir, 'a.parquet');
    const out2 = path.join(dir, 'b.parquet');
    for (const out of [out1, out2]) {
      const exported = await runCliAsync(
        ['export', '--project', 'ls-ner', '--snapshot', secondId, '--format', 'parquet', '--out', out],
        env,
      );
      expect(exported.status).toBe(0);
    }
    expect(fs.readFileSync(out1).subarray(0, 4).toString()).toBe('PAR1');
    expect(fs.readFileSync(out1).equals(fs.readFileSync(out2))).toBe(true);
  });
});
