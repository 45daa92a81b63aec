import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowWebhookTargets } from '../events/webhook-target.js';
import { serverJobKinds } from '../jobs/kinds.js';
import { JobRunner } from '../jobs/runner.js';
import { claimJob } from '../jobs/store.js';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { completion, type FakeLlm, startFakeLlm } from '../testing/fake-llm.js';

const evalProject = {
  name: 'Support bot answers',
  slug: 'answers',
  labelSchema: {
    questions: [
      { name: 'verdict', type: 'single_choice', options: [{ value: 'pass' }, { value: 'fail' }] },
      { name: 'quality', type: 'rating', min: 1, max: 5 },
    ],
  },
};

const verdictJson = (verdict: 'pass' | 'fail', quality = 4) =>
  JSON.stringify({ verdict, quality, reason: `judged ${verdict}` });

/**
 * The fake endpoint's script, by the item's output: the prompt is just `{{output}}`.
 * ok-*: pass; bad-*: fail; rate: 429 with Retry-After once; flaky: 500 twice; slow: hangs once
 * (the call times out); garbled: never valid JSON; denied: 401 (permanent); vote: 2 of 3 samples pass.
 */
function script(prompt: string, call: number) {
  if (prompt.startsWith('ok')) return completion(verdictJson('pass'));
  if (prompt.startsWith('bad')) return completion(verdictJson('fail', 1));
  if (prompt === 'rate') {
    return call === 1
      ? { status: 429, headers: { 'retry-after': '1' }, body: '{"error":{"message":"slow down"}}' }
      : completion(verdictJson('pass'));
  }
  if (prompt === 'flaky')
    return call <= 2 ? { status: 500, body: '{"error":{"message":"boom"}}' } : completion(verdictJson('pass'));
  if (prompt === 'slow') return call === 1 ? ('hang' as const) : completion(verdictJson('pass'));
  if (prompt === 'garbled') return completion('{"verdict": "pass", oops');
  if (prompt === 'denied') return { status: 401, body: '{"error":{"message":"bad key"}}' };
  if (prompt.startsWith('vote')) return completion(verdictJson(call % 3 === 0 ? 'fail' : 'pass'));
  return completion(verdictJson('pass'));
}

describe.each(ENGINES)('judges on %s', (engine) => {
  let t: TestApp;
  let llm: FakeLlm;
  let runner: JobRunner;
  let offset = 0;
  const outputs = ['ok-1', 'ok-2', 'bad-1', 'rate', 'flaky', 'slow', 'garbled', 'denied'];
  const itemIds = new Map<string, number>();

  /** Runs judge jobs until none is left, moving the runner's clock past backoffs and Retry-After. */
  async function drain(): Promise<void> {
    for (let round = 0; round < 60; round++) {
      await runner.runUntilIdle();
      const open = await t.storage.db
        .selectFrom('jobs')
        .select(({ fn }) => fn.countAll<number>().as('n'))
        .where('type', '=', 'judge.run')
        .where('state', 'in', ['queued', 'running'])
        .executeTakeFirstOrThrow();
      if (Number(open.n) === 0) return;
      offset += 120_000;
    }
    throw new Error('judge jobs did not settle');
  }

  beforeAll(async () => {
    llm = await startFakeLlm(script);
    t = await openTestApp(engine, { webhookAllowHosts: ['127.0.0.1'] });
    runner = new JobRunner(t.storage, {
      registry: serverJobKinds(),
      services: { notifier: t.notifier },
      clock: () => Date.now() + offset,
    });
    expect((await t.inject({ method: 'POST', url: '/api/projects', payload: evalProject })).statusCode).toBe(201);
    const added = await t.inject({
      method: 'POST',
      url: '/api/projects/answers/items/batch',
      payload: {
        items: [
          ...outputs.map((output) => ({ externalId: output, data: { input: 'q', output } })),
          { externalId: 'vote', data: { input: 'q', output: 'vote' } },
          { externalId: 'pii', data: { input: 'q', output: 'Call me at +44 20 7946 0958 or ada@example.org' } },
          {
            externalId: 'card',
            data: { input: 'q', output: 'Card 4111 1111 1111 1111, IBAN GB82 WEST 1234 5698 7654 32' },
          },
          { externalId: 'clean', data: { input: 'q', output: '{"answer": "Reset it under Settings"}' } },
        ],
      },
    });
    expect(added.statusCode).toBeLessThan(300);
    const rows = await t.storage.db.selectFrom('items').select(['id', 'external_id']).execute();
    for (const row of rows) itemIds.set(String(row.external_id), Number(row.id));
  });
  afterAll(async () => {
    await runner.stop();
    await t.close();
    await llm.close();
    allowWebhookTargets([]);
  });

  const llmJudge = (overrides: Record<string, unknown> = {}) => ({
    kind: 'llm',
    baseUrl: llm.url,
    model: 'fake-judge',
    prompt: '{{output}}',
    pass: { question: 'verdict', values: ['pass'] },
    maxAttempts: 4,
    timeoutMs: 1_500,
    pricing: { inputPerMillion: 1, outputPerMillion: 2 },
    ...overrides,
  });

  it('refuses judge settings that cannot work, naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ name: 'x', config: llmJudge({ pass: { question: 'nope', values: ['pass'] } }) }, 'config.pass.question'],
      [{ name: 'x', config: llmJudge({ pass: { question: 'verdict', values: ['maybe'] } }) }, 'config.pass.values.0'],
      [{ name: 'x', config: llmJudge({ apiKeyEnv: 'TANDEM_METRICS_TOKEN' }) }, 'config.apiKeyEnv'],
      [{ name: 'x', config: { kind: 'rule', checks: [{ type: 'regex', pattern: '(' }] } }, 'config.checks.0.pattern'],
      [
        { name: 'x', config: { kind: 'rule', checks: [{ type: 'json', schema: { type: 'nonsense' } }] } },
        'config.checks.0.schema',
      ],
      [{ name: 'Bad Name', config: llmJudge() }, 'name'],
    ];
    for (const [payload, path] of cases) {
      const response = await t.inject({ method: 'POST', url: '/api/projects/answers/judges', payload });
      expect(response.statusCode, path).toBe(400);
      expect(response.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
  });

  it('runs an llm judge over every item: each run ends done or failed with its reason, once', async () => {
    const created = await t.inject({
      method: 'POST',
      url: '/api/projects/answers/judges',
      payload: { name: 'faithful', config: llmJudge() },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().version).toBe(1);
    const ids = outputs.map((o) => itemIds.get(o) as number);
    const queued = await t.inject({
      method: 'POST',
      url: '/api/projects/answers/judges/faithful/runs',
      payload: { itemIds: [...ids, 999_999] },
    });
    expect(queued.statusCode).toBe(202);
    expect(queued.json()).toEqual({ version: 1, queued: outputs.length, alreadyRun: 0, missing: [999_999] });
    // Asking again queues nothing twice.
    const again = await t.inject({
      method: 'POST',
      url: '/api/projects/answers/judges/faithful/runs',
      payload: { itemIds: ids },
    });
    expect(again.json()).toMatchObject({ queued: 0, alreadyRun: outputs.length });

    await drain();
    const runs = (await t.inject({ method: 'GET', url: '/api/projects/answers/judges/faithful/runs' })).json().runs;
    expect(runs).toHaveLength(outputs.length);
    const byOutput = new Map(runs.map((run: { itemId: number }) => [outputs[ids.indexOf(run.itemId)], run]));
    expect(byOutput.get('ok-1')).toMatchObject({
      state: 'done',
      pass: true,
      score: 1,
      answers: { verdict: 'pass', quality: 4 },
      reason: 'judged pass',
      inputTokens: 100,
      outputTokens: 10,
      cost: 0.00012,
    });
    expect(byOutput.get('bad-1')).toMatchObject({ state: 'done', pass: false, score: 0 });
    expect(byOutput.get('rate')).toMatchObject({ state: 'done', pass: true, attempts: 2 });
    expect(byOutput.get('flaky')).toMatchObject({ state: 'done', pass: true, attempts: 3 });
    expect(byOutput.get('slow')).toMatchObject({ state: 'done', pass: true, attempts: 2 });
    const garbled = byOutput.get('garbled') as { state: string; error: string; attempts: number };
    expect(garbled.state).toBe('failed');
    expect(garbled.error).toMatch(/not valid JSON.*after 4 attempts/);
    const denied = byOutput.get('denied') as { state: string; error: string; attempts: number };
    expect(denied).toMatchObject({ state: 'failed', attempts: 1 });
    expect(denied.error).toMatch(/401/);
    // Calls made: one per attempt, none after a run settled.
    expect(llm.callsOf('ok-1')).toBe(1);
    expect(llm.callsOf('rate')).toBe(2);
    expect(llm.callsOf('flaky')).toBe(3);
    expect(llm.callsOf('garbled')).toBe(4);
    expect(llm.callsOf('denied')).toBe(1);
    const jobs = await t.storage.db.selectFrom('jobs').select(['state']).where('type', '=', 'judge.run').execute();
    expect(jobs.map((j) => j.state)).toEqual(outputs.map(() => 'done'));

    const summary = (await t.inject({ method: 'GET', url: '/api/projects/answers/judges/faithful/summary' })).json();
    expect(summary.counts).toEqual({ queued: 0, running: 0, done: 6, failed: 2 });
    expect(summary.passRate).toBeCloseTo(5 / 6);
    const failed = await t.inject({ method: 'GET', url: '/api/projects/answers/judges/faithful/runs?state=failed' });
    expect(failed.json().runs).toHaveLength(2);
  });

  it('turns the agreement of n samples into the confidence', async () => {
    await t.inject({
      method: 'POST',
      url: '/api/projects/answers/judges',
      payload: { name: 'voter', config: llmJudge({ samples: 3, temperature: 0.7 }) },
    });
    await t.inject({
      method: 'POST',
      url: '/api/projects/answers/judges/voter/runs',
      payload: { itemIds: [itemIds.get('vote')] },
    });
    await drain();
    const [run] = (await t.inject({ method: 'GET', url: '/api/projects/answers/judges/voter/runs' })).json().runs;
    expect(run).toMatchObject({ state: 'done', pass: true, inputTokens: 300, outputTokens: 30 });
    expect(run.score).toBeCloseTo(2 / 3);
    expect(run.confidence).toBeCloseTo(2 / 3);
  });

  it('runs rule judges offline: PII (Luhn, IBAN), JSON Schema, contains, length', async () => {
    const pii = await t.inject({
      method: 'POST',
      url: '/api/projects/answers/judges',
      payload: { name: 'no-pii', config: { kind: 'rule', field: 'output', checks: [{ type: 'pii' }] } },
    });
    expect(pii.statusCode).toBe(201);
    const shape = await t.inject({
      method: 'POST',
      url: '/api/projects/answers/judges',
      payload: {
        name: 'shape',
        config: {
          kind: 'rule',
          checks: [
            { type: 'json', schema: { type: 'object', required: ['answer'] } },
            { type: 'not_contains', value: 'sorry' },
            { type: 'length', max: 200 },
          ],
        },
      },
    });
    expect(shape.statusCode).toBe(201);
    const some = ['pii', 'card', 'clean'].map((k) => itemIds.get(k) as number);
    for (const name of ['no-pii', 'shape']) {
      await t.inject({ method: 'POST', url: `/api/projects/answers/judges/${name}/runs`, payload: { itemIds: some } });
    }
    await drain();
    const runsOf = async (name: string) =>
      (await t.inject({ method: 'GET', url: `/api/projects/answers/judges/${name}/runs` })).json().runs as {
        itemId: number;
        pass: boolean;
        reason: string | null;
      }[];
    const piiRuns = await runsOf('no-pii');
    const verdict = (runs: typeof piiRuns, key: string) => runs.find((r) => r.itemId === itemIds.get(key));
    expect(verdict(piiRuns, 'pii')).toMatchObject({ pass: false, reason: 'holds personal data: phone, email' });
    expect(verdict(piiRuns, 'card')).toMatchObject({ pass: false, reason: 'holds personal data: card, iban' });
    expect(verdict(piiRuns, 'clean')).toMatchObject({ pass: true, reason: null });
    const shapeRuns = await runsOf('shape');
    expect(verdict(shapeRuns, 'clean')?.pass).toBe(true);
    expect(verdict(shapeRuns, 'pii')?.reason).toMatch(/not valid JSON/);
  });

  it('versions a judge: new settings are a new version, equal settings are not', async () => {
    const config = { kind: 'rule', field: 'output', checks: [{ type: 'pii', detect: ['email'] }] };
    const v2 = await t.inject({ method: 'PUT', url: '/api/projects/answers/judges/no-pii', payload: { config } });
    expect(v2.json().version).toBe(2);
    const same = await t.inject({ method: 'PUT', url: '/api/projects/answers/judges/no-pii', payload: { config } });
    expect(same.json().version).toBe(2);
    const versions = (await t.inject({ method: 'GET', url: '/api/projects/answers/judges/no-pii/versions' })).json();
    expect(versions.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    // Version 2 has no runs yet; version 1 keeps its own.
    expect((await t.inject({ method: 'GET', url: '/api/projects/answers/judges/no-pii/runs' })).json().runs).toEqual(
      [],
    );
    expect(
      (await t.inject({ method: 'GET', url: '/api/projects/answers/judges/no-pii/runs?version=1' })).json().runs,
    ).toHaveLength(3);
  });

  it('completes runs a dead server had claimed, once, after its lease lapses', async () => {
    await t.inject({
      method: 'POST',
      url: '/api/projects/answers/judges',
      payload: { name: 'restart', config: llmJudge() },
    });
    const ids = ['ok-1', 'ok-2', 'bad-1'].map((k) => itemIds.get(k) as number);
    await t.inject({ method: 'POST', url: '/api/projects/answers/judges/restart/runs', payload: { itemIds: ids } });
    // A server claims two runs and dies (no heartbeat, no completion): its lease lapses.
    for (let i = 0; i < 2; i++) {
      const claimed = await claimJob(t.storage.db, t.storage.engine, {
        types: ['judge.run'],
        workerId: 'dead-server',
        leaseMs: 1_000,
        now: Date.now() + offset,
      });
      expect(claimed).toBeDefined();
    }
    const before = llm.prompts.length;
    offset += 5_000;
    await drain();
    const runs = (await t.inject({ method: 'GET', url: '/api/projects/answers/judges/restart/runs' })).json().runs;
    expect(runs.map((r: { state: string }) => r.state)).toEqual(['done', 'done', 'done']);
    expect(llm.prompts.length - before).toBe(3);
  });

  it('retries failed runs on request', async () => {
    const retried = await t.inject({
      method: 'POST',
      url: '/api/projects/answers/judges/faithful/runs',
      payload: { itemIds: [itemIds.get('denied')], retryFailed: true },
    });
    expect(retried.json()).toMatchObject({ queued: 1, alreadyRun: 0 });
    await drain();
    const failed = (
      await t.inject({ method: 'GET', url: '/api/projects/answers/judges/faithful/runs?state=failed' })
    ).json().runs;
    expect(failed).toHaveLength(2);
    expect(llm.callsOf('denied')).toBe(2);
  });

  it("holds calls to the judge's rate limit, shared through the database", async () => {
    await t.inject({
      method: 'POST',
      url: '/api/projects/answers/judges',
      payload: { name: 'limited', config: llmJudge({ ratePerMinute: 600, concurrency: 4 }) },
    });
    const first = llm.times.length;
    const ids = ['ok-1', 'ok-2', 'bad-1', 'vote', 'clean'].map((k) => itemIds.get(k) as number);
    await t.inject({ method: 'POST', url: '/api/projects/answers/judges/limited/runs', payload: { itemIds: ids } });
    await drain();
    const times = llm.times.slice(first);
    expect(times).toHaveLength(5);
    // 600 a minute is one slot per 100 ms: five slots span 400 ms. Without the limit the five
    // calls (concurrency 4) arrive within a few ms. The first call of a process can be slow
    // (cold HTTP client), so measure from the second: its three later slots span 300 ms.
    expect((times.at(-1) as number) - (times[1] as number)).toBeGreaterThanOrEqual(200);
  });

  it('runs webhook judges: POSTs the item, reads the verdict; a 503 is retried', async () => {
    let calls = 0;
    const hook = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (c: Buffer) => chunks.push(c));
      request.on('end', () => {
        calls += 1;
        if (calls === 1) return response.writeHead(503).end();
        const { judge, item } = JSON.parse(Buffer.concat(chunks).toString());
        const pass = !String(item.data.output).includes('@');
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify({ pass, score: pass ? 0.9 : 0.1, reason: `${judge} looked at ${item.externalId}` }),
        );
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/judge`;
      const created = await t.inject({
        method: 'POST',
        url: '/api/projects/answers/judges',
        payload: { name: 'hook', config: { kind: 'webhook', url, concurrency: 1 } },
      });
      expect(created.statusCode).toBe(201);
      const ids = ['pii', 'clean'].map((k) => itemIds.get(k) as number);
      await t.inject({ method: 'POST', url: '/api/projects/answers/judges/hook/runs', payload: { itemIds: ids } });
      await drain();
      const runs = (await t.inject({ method: 'GET', url: '/api/projects/answers/judges/hook/runs' })).json().runs;
      expect(runs.map((r: { pass: boolean; score: number; reason: string }) => [r.pass, r.score, r.reason])).toEqual([
        [false, 0.1, 'hook looked at pii'],
        [true, 0.9, 'hook looked at clean'],
      ]);
      expect(calls).toBe(3);
    } finally {
      hook.closeAllConnections();
      await new Promise<void>((resolve) => hook.close(() => resolve()));
    }
  });

  it('shows judges to people who read results only; others get 403, unknown judges 404', async () => {
    const annotator = await t.userClient('ann', 'annotator');
    expect((await annotator.inject({ method: 'GET', url: '/api/projects/answers/judges' })).statusCode).toBe(403);
    const viewer = await t.userClient('vic', 'viewer');
    expect((await viewer.inject({ method: 'GET', url: '/api/projects/answers/judges' })).statusCode).toBe(200);
    const run = await viewer.inject({ method: 'POST', url: '/api/projects/answers/judges/faithful/runs', payload: {} });
    expect(run.statusCode).toBe(403);
    const missing = await t.inject({ method: 'GET', url: '/api/projects/answers/judges/nobody' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('JUDGE_NOT_FOUND');
  });
});
