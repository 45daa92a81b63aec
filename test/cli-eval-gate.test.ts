import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, runCliAsync, type ServerProcess, startServerProcess, tempDir } from './support/server-process.js';

/**
 * Issue 13 point 5: `tandem eval gate` against a real server process, with its exit codes —
 * 0 pass, 1 fail (a regression, an uncalibrated judge), 2 when the gate cannot run.
 */
describe('tandem eval gate', () => {
  let server: ServerProcess;
  let env: Record<string, string>;
  const dir = tempDir('tandem-gate-cli-');
  const api = async (method: string, url: string, body?: unknown) => {
    const response = await fetch(`${server.url}${url}`, {
      method,
      headers: {
        authorization: `Bearer ${ADMIN_TOKEN}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };
  const file = (name: string, rows: unknown[]) => {
    const target = path.join(dir, name);
    fs.writeFileSync(target, rows.map((r) => JSON.stringify(r)).join('\n'));
    return target;
  };
  const ids = Array.from({ length: 10 }, (_, i) => `q${i}`);
  /** Outputs that fail the `polite` judge on the given entries. */
  const outputs = (rude: readonly string[]) =>
    ids.map((externalId) => ({
      externalId,
      output: rude.includes(externalId) ? 'That is a stupid question.' : 'Happy to help!',
    }));
  const runs: Record<string, number> = {};

  async function waitForJudges(): Promise<void> {
    for (let i = 0; i < 150; i++) {
      const listed = (await api('GET', '/api/projects/bot/evals/runs')).body.runs as { complete: boolean }[];
      const judged = await Promise.all(
        ['polite', 'has-link'].map(
          async (name) => (await api('GET', `/api/projects/bot/judges/${name}/summary`)).body.counts,
        ),
      );
      if (listed.every((r) => r.complete) && judged.every((c) => c.queued + c.running === 0)) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('eval runs did not finish');
  }

  beforeAll(async () => {
    server = await startServerProcess();
    env = { TANDEM_URL: server.url, TANDEM_TOKEN: ADMIN_TOKEN };
    await api('POST', '/api/projects', {
      name: 'Bot answers',
      slug: 'bot',
      labelSchema: {
        questions: [{ name: 'verdict', type: 'single_choice', options: [{ value: 'pass' }, { value: 'fail' }] }],
      },
    });
    // Ten items only: the project's bar asks for 4 pairs (a gate may raise it, not lower it).
    await api('PUT', '/api/projects/bot/judge-thresholds', { minPairs: 4 });
    // `polite` agrees with people; `has-link` fails every answer people passed.
    await api('POST', '/api/projects/bot/judges', {
      name: 'polite',
      config: { kind: 'rule', field: 'output', checks: [{ type: 'not_contains', value: 'stupid' }] },
    });
    await api('POST', '/api/projects/bot/judges', {
      name: 'has-link',
      config: { kind: 'rule', field: 'output', checks: [{ type: 'contains', value: 'http' }] },
    });
    const items = Array.from({ length: 6 }, (_, i) => ({
      externalId: `item-${i}`,
      data: { output: i < 3 ? 'Happy to help!' : 'What a stupid question.' },
    }));
    await api('POST', '/api/projects/bot/items/batch', { items });
    for (;;) {
      const claim = await api('POST', '/api/projects/bot/tasks/claim');
      if (claim.status !== 200) {
        expect(claim.body.error.code).toBe('QUEUE_EMPTY');
        break;
      }
      const rude = String(claim.body.item.data.output).includes('stupid');
      await api('POST', `/api/tasks/${claim.body.task.id}/submit`, { answer: { verdict: rude ? 'fail' : 'pass' } });
    }
    for (const judge of ['polite', 'has-link']) await api('POST', `/api/projects/bot/judges/${judge}/runs`, {});

    const golden = file(
      'golden.jsonl',
      ids.map((id, i) => ({
        externalId: id,
        input: { question: `Question ${i}` },
        metadata: { topic: i % 2 ? 'billing' : 'account' },
      })),
    );
    const imported = await runCliAsync(['eval', 'golden', 'import', 'bot', 'faq', '--file', golden], env);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toBe('Golden set faq is at version 1 (10 entries)\n');
    const create = async (name: string, judges: string, rude: string[]) => {
      const result = await runCliAsync(
        [
          'eval',
          'runs',
          'create',
          'bot',
          '-g',
          'faq',
          '-n',
          name,
          '-j',
          judges,
          '-f',
          file(`${name}.jsonl`, outputs(rude)),
        ],
        env,
      );
      expect(result.stderr).toBe('');
      runs[name] = Number(/^Run (\d+) /.exec(result.stdout)?.[1]);
    };
    await create('v1', 'polite', ['q9']);
    await create('v2', 'polite', []);
    await create('v3', 'polite', ['q0', 'q1', 'q9']);
    await create('link-v1', 'has-link', []);
    await create('link-v2', 'has-link', []);
    await waitForJudges();
  }, 180_000);
  afterAll(async () => server?.stop());

  const gate = (run: string, baseline: string, ...extra: string[]) =>
    runCliAsync(
      [
        'eval',
        'gate',
        'bot',
        '--golden-set',
        'faq',
        '--run',
        String(runs[run]),
        '--baseline',
        String(runs[baseline]),
        '-q',
        'verdict',
        '-p',
        'pass',
        ...extra,
      ],
      env,
    );

  it('passes an improvement: exit 0 and a Markdown report', async () => {
    const result = await gate('v2', 'v1', '--min-score', '90%');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^## Tandem eval gate: PASS/);
    expect(result.stdout).toContain('| pass rate | 90.0 % | 100.0 % |');
    expect(result.stdout).toContain('1 wins, 0 losses, 9 ties');
    expect(result.stdout).toContain('| polite | v1 | yes |');
  });

  it('fails a regression: exit 1, the reason and the regressed entries', async () => {
    const result = await gate('v3', 'v1', '--max-regression', '10%');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^## Tandem eval gate: FAIL/);
    expect(result.stdout).toContain(
      '2 of 10 entries regressed from pass to fail (20.0 %), more than the 10.0 % allowed',
    );
    expect(result.stdout).toContain('| q0 | pass → fail | pass, 1 | fail, 0 |');
    const json = await gate('v3', 'v1', '--max-regression', '10%', '--json');
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ pass: false, comparison: { passToFail: 2, compared: 10 } });
    expect(report.comparison.regressions.map((r: { externalId: string }) => r.externalId)).toEqual(['q0', 'q1']);
    // Within a looser threshold the same runs pass.
    expect((await gate('v3', 'v1', '--max-regression', '0.25')).status).toBe(0);
  });

  it('refuses a judge people do not agree with, unless told to warn', async () => {
    const refused = await gate('link-v2', 'link-v1');
    expect(refused.status).toBe(1);
    expect(refused.stdout).toMatch(/judge has-link v1 is not calibrated against people: κ/);
    const warned = await gate('link-v2', 'link-v1', '--allow-uncalibrated');
    expect(warned.status).toBe(0);
    expect(warned.stdout).toContain('⚠️ judge has-link v1 is not calibrated');
    // Without a question to compare with, a rule judge cannot be calibrated: the gate says so.
    const noQuestion = await runCliAsync(
      ['eval', 'gate', 'bot', '-g', 'faq', '-r', String(runs.v2), '-b', String(runs.v1)],
      env,
    );
    expect(noQuestion.status).toBe(1);
    expect(noQuestion.stdout).toContain('a rule judge needs question and passValues');
  });

  it('exits 2 when the gate cannot run', async () => {
    expect((await gate('v2', 'v1', '--max-regression', '200%')).status).toBe(2);
    const unknown = await runCliAsync(['eval', 'gate', 'bot', '-g', 'faq', '-r', '999', '-b', String(runs.v1)], env);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('EVAL_RUN_NOT_FOUND');
    const otherSet = await runCliAsync(
      ['eval', 'gate', 'bot', '-g', 'nope', '-r', String(runs.v2), '-b', String(runs.v1)],
      env,
    );
    expect(otherSet.status).toBe(2);
  });
});
