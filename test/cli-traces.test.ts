import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, runCliAsync, type ServerProcess, startServerProcess, tempDir } from './support/server-process.js';

/** Issue 13 point 6: production traces sent from a JSONL file and the report read, from the command line. */
describe('tandem traces', () => {
  let server: ServerProcess;
  let env: Record<string, string>;
  const dir = tempDir('tandem-traces-cli-');
  beforeAll(async () => {
    server = await startServerProcess();
    env = { TANDEM_URL: server.url, TANDEM_TOKEN: ADMIN_TOKEN };
    await fetch(`${server.url}/api/projects`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Support bot',
        slug: 'bot',
        labelSchema: {
          questions: [{ name: 'verdict', type: 'single_choice', options: [{ value: 'good' }, { value: 'bad' }] }],
        },
      }),
    });
  });
  afterAll(async () => server.stop());

  it('sends traces (a thumbs-down is sampled, a resend changes nothing) and prints the report', async () => {
    const file = path.join(dir, 'traces.jsonl');
    const day = '2026-11-02T10:00:00.000Z';
    fs.writeFileSync(
      file,
      [
        { traceId: 't1', input: 'hi', output: 'hello', metadata: { locale: 'en' }, timestamp: day },
        {
          traceId: 't2',
          input: 'hi',
          output: 'bye',
          feedback: { thumbs: 'down' },
          metadata: { locale: 'fr' },
          timestamp: day,
        },
      ]
        .map((trace) => JSON.stringify(trace))
        .join('\n'),
    );
    const sent = await runCliAsync(['traces', 'send', 'bot', '--file', file], env);
    expect(sent.stdout).toContain('2 traces received, 0 already known, 0 rejected, 1 sampled for review');
    const again = await runCliAsync(['traces', 'send', 'bot', '--file', file], env);
    expect(again.stdout).toContain('0 traces received, 2 already known');
    const report = await runCliAsync(
      [
        'traces',
        'report',
        'bot',
        '--from',
        '2026-11-01T00:00:00Z',
        '--to',
        '2026-11-03T00:00:00Z',
        '--slice',
        'locale',
      ],
      env,
    );
    expect(report.stdout).toContain('2 received, 1 sampled (thumbs_down 1), 0 reviewed');
    expect(report.stdout).toContain('2026-11-02\ten\t1\t0\t0\t0\t–');
    expect(report.stdout).toContain('2026-11-02\tfr\t1\t1\t0\t0\t–');
  });
});
