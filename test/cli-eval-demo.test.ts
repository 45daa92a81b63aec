import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, runCliAsync, type ServerProcess, startServerProcess } from './support/server-process.js';

/** Issue 13 point 8: the evaluation demo gates from the command line, offline, right after `tandem start`. */
describe('the evaluation demo', () => {
  let server: ServerProcess;
  let env: Record<string, string>;
  beforeAll(async () => {
    server = await startServerProcess({ demo: true });
    env = { TANDEM_URL: server.url, TANDEM_TOKEN: ADMIN_TOKEN };
  }, 60_000);
  afterAll(async () => server?.stop());

  it('passes v2 over v1 and fails v1 over v2', async () => {
    // The demo's score jobs run in the background right after start.
    for (let i = 0; i < 100; i++) {
      const listed = await runCliAsync(['eval', 'runs', 'list', 'support-bot'], env);
      if (listed.stdout.split('\n').filter((line) => line.includes('\tcomplete\t')).length === 2) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const pass = await runCliAsync(
      [
        'eval',
        'gate',
        'support-bot',
        '-g',
        'support-faq',
        '-r',
        '2',
        '-b',
        '1',
        '-q',
        'verdict',
        '-p',
        'pass',
        '--min-score',
        '0.9',
      ],
      env,
    );
    expect(pass.stderr).toBe('');
    expect(pass.status).toBe(0);
    expect(pass.stdout).toContain('| pass rate | 76.7 % | 96.7 % |');
    expect(pass.stdout).toContain('| support-policy | v1 | yes |');
    const fail = await runCliAsync(
      ['eval', 'gate', 'support-bot', '-g', 'support-faq', '-r', '1', '-b', '2', '-q', 'verdict', '-p', 'pass'],
      env,
    );
    expect(fail.status).toBe(1);
    expect(fail.stdout).toContain('6 of 30 entries regressed from pass to fail');
  }, 60_000);
});
