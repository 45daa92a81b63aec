import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completion, type FakeLlm, startFakeLlm } from '../src/testing/fake-llm.js';
import { ADMIN_TOKEN, runCliAsync, type ServerProcess, startServerProcess, tempDir } from './support/server-process.js';

/** Issue 13: a judge defined, run and read from the command line, against a real server process. */
describe('tandem judges', () => {
  let server: ServerProcess;
  let llm: FakeLlm;
  let env: Record<string, string>;
  const dir = tempDir('tandem-judges-cli-');
  const api = async (method: string, url: string, body?: unknown) => {
    const response = await fetch(`${server.url}${url}`, {
      method,
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return response.json();
  };
  beforeAll(async () => {
    llm = await startFakeLlm((prompt) =>
      completion(JSON.stringify({ verdict: prompt.includes('refund') ? 'fail' : 'pass', reason: 'checked' })),
    );
    server = await startServerProcess({
      env: { TANDEM_WEBHOOK_ALLOW_HOSTS: '127.0.0.1', JUDGE_CLI_API_KEY: 'sk-test-secret' },
    });
    env = { TANDEM_URL: server.url, TANDEM_TOKEN: ADMIN_TOKEN };
    await api('POST', '/api/projects', {
      name: 'Bot answers',
      slug: 'bot',
      labelSchema: {
        questions: [{ name: 'verdict', type: 'single_choice', options: [{ value: 'pass' }, { value: 'fail' }] }],
      },
    });
    await api('POST', '/api/projects/bot/items/batch', {
      items: [
        { externalId: 'a', data: { output: 'Restart the router.' } },
        { externalId: 'b', data: { output: 'You get a refund of 500 EUR.' } },
        { externalId: 'c', data: { output: 'Write to help@example.com' } },
      ],
    });
  });
  afterAll(async () => {
    await server.stop();
    await llm.close();
  });

  it('sets, runs and lists an llm judge and a rule judge; the API key stays on the server', async () => {
    const llmFile = path.join(dir, 'llm.json');
    fs.writeFileSync(
      llmFile,
      JSON.stringify({
        kind: 'llm',
        baseUrl: llm.url,
        model: 'fake',
        apiKeyEnv: 'JUDGE_CLI_API_KEY',
        prompt: 'Is this answer safe? {{output}}',
        pass: { question: 'verdict', values: ['pass'] },
      }),
    );
    const set = await runCliAsync(['judges', 'set', 'bot', 'safe', '--file', llmFile], env);
    expect(set.stderr).toBe('');
    expect(set.stdout).toBe('Judge safe is at version 1\n');
    const ruleFile = path.join(dir, 'rule.json');
    fs.writeFileSync(ruleFile, JSON.stringify({ kind: 'rule', field: 'output', checks: [{ type: 'pii' }] }));
    expect((await runCliAsync(['judges', 'set', 'bot', 'no-pii', '--file', ruleFile], env)).status).toBe(0);

    const listed = await runCliAsync(['judges', 'list', 'bot'], env);
    expect(listed.stdout).toBe('no-pii\trule\tv1\nsafe\tllm\tv1\n');
    expect(JSON.stringify(await api('GET', '/api/projects/bot/judges'))).not.toContain('sk-test-secret');

    for (const name of ['safe', 'no-pii']) {
      const run = await runCliAsync(['judges', 'run', 'bot', name], env);
      expect(run.stdout).toBe(`${name} v1: 3 runs queued, 0 items already had one\n`);
    }
    // The server's job runner works in the background: wait until both judges are done.
    for (let i = 0; i < 100; i++) {
      const counts = await Promise.all(
        ['safe', 'no-pii'].map(
          async (name) => (await api('GET', `/api/projects/bot/judges/${name}/summary`)).counts.done,
        ),
      );
      if (counts.every((done) => done === 3)) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const runs = await runCliAsync(['judges', 'runs', 'bot', 'safe'], env);
    expect(
      runs.stdout
        .trim()
        .split('\n')
        .map((line) => line.split('\t').slice(1, 3).join(' ')),
    ).toEqual(['done pass', 'done fail', 'done pass']);
    const pii = await runCliAsync(['judges', 'runs', 'bot', 'no-pii', '--state', 'done', '--json'], env);
    const verdicts = pii.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).pass);
    expect(verdicts).toEqual([true, true, false]);
    expect(llm.authorizations).toEqual(['Bearer sk-test-secret', 'Bearer sk-test-secret', 'Bearer sk-test-secret']);

    const bad = await runCliAsync(['judges', 'run', 'bot', 'safe', '--items', '1,x'], env);
    expect(bad.status).toBe(2);
  }, 120_000);

  it('reads and sets the calibration thresholds, and asks for trust in a judge', async () => {
    const shown = await runCliAsync(['judges', 'thresholds', 'bot'], env);
    expect(shown.stdout).toBe('minKappa 0.6\tminPairs 20\n');
    const set = await runCliAsync(['judges', 'thresholds', 'bot', '--min-kappa', '0.7', '--min-pairs', '30'], env);
    expect(set.stdout).toBe('minKappa 0.7\tminPairs 30\n');
    expect(await api('GET', '/api/projects/bot/judge-thresholds')).toEqual({ minKappa: 0.7, minPairs: 30 });
    expect((await runCliAsync(['judges', 'thresholds', 'bot', '--min-kappa', 'high'], env)).status).toBe(2);

    const trust = await runCliAsync(['judges', 'trust', 'bot', 'no-pii', '-q', 'verdict', '-p', 'pass'], env);
    expect(trust.stdout).toBe('Judge no-pii: trust asked for; may not auto-decide yet (not calibrated yet)\n');
    expect(await api('GET', '/api/projects/bot/judges/no-pii')).toMatchObject({
      version: 1,
      trusted: true,
      compareWith: { question: 'verdict', passValues: ['pass'] },
    });
    const report = await runCliAsync(['judges', 'calibration', 'bot', 'no-pii'], env);
    expect(JSON.parse(report.stdout)).toMatchObject({ minKappa: 0.7, minPairs: 30, question: 'verdict' });
  }, 60_000);
});
