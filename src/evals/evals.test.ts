import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowWebhookTargets } from '../events/webhook-target.js';
import { serverJobKinds } from '../jobs/kinds.js';
import { JobRunner } from '../jobs/runner.js';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { completion, type FakeLlm, startFakeLlm } from '../testing/fake-llm.js';
import { reviewer } from '../testing/review-driver.js';

const project = {
  name: 'Support bot answers',
  slug: 'bot',
  labelSchema: {
    questions: [{ name: 'verdict', type: 'single_choice', options: [{ value: 'pass' }, { value: 'fail' }] }],
  },
};

const jsonl = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).join('\n');

/** Golden sets, runs, scoring and generation through the API (issue 13 point 4), on both engines. */
describe.each(ENGINES)('golden sets and eval runs on %s', (engine) => {
  let t: TestApp;
  let llm: FakeLlm;
  let runner: JobRunner;
  let offset = 0;
  const cmp = { baseline: 0, candidate: 0 };

  async function drain(): Promise<void> {
    for (let round = 0; round < 60; round++) {
      await runner.runUntilIdle();
      const open = await t.storage.db
        .selectFrom('jobs')
        .select(({ fn }) => fn.countAll<number>().as('n'))
        .where('type', 'in', ['eval.generate', 'eval.score'])
        .where('state', 'in', ['queued', 'running'])
        .executeTakeFirstOrThrow();
      if (Number(open.n) === 0) return;
      offset += 120_000;
    }
    throw new Error('eval jobs did not settle');
  }

  beforeAll(async () => {
    // The model answers "Answer: <question>", except that the first call for "flaky" gets a 500.
    // As a judge (prompts starting "JUDGE"), it passes answers that mention the reference's first word.
    llm = await startFakeLlm((prompt, call) => {
      if (prompt.startsWith('JUDGE')) {
        const [, output = '', reference = ''] = prompt.split('|');
        const pass = reference !== '' && output.includes(reference.split(' ')[0] ?? '');
        return completion(JSON.stringify({ verdict: pass ? 'pass' : 'fail', reason: 'compared' }));
      }
      if (prompt.includes('denied')) return { status: 401, body: '{"error":{"message":"bad key"}}' };
      return prompt.includes('flaky') && call === 1
        ? { status: 500, body: '{"error":{"message":"boom"}}' }
        : completion(`Answer: ${prompt}`, { prompt_tokens: 10, completion_tokens: 5 });
    });
    t = await openTestApp(engine, { webhookAllowHosts: ['127.0.0.1'] });
    runner = new JobRunner(t.storage, {
      registry: serverJobKinds(),
      services: { notifier: t.notifier },
      clock: () => Date.now() + offset,
    });
    expect((await t.inject({ method: 'POST', url: '/api/projects', payload: project })).statusCode).toBe(201);
    const judge = await t.inject({
      method: 'POST',
      url: '/api/projects/bot/judges',
      payload: {
        name: 'mentions-reference',
        config: { kind: 'rule', field: 'output', checks: [{ type: 'contains', value: 'settings' }] },
      },
    });
    expect(judge.statusCode).toBe(201);
  });
  afterAll(async () => {
    await runner.stop();
    await t.close();
    await llm.close();
    allowWebhookTargets([]);
  });

  const post = (url: string, payload: unknown) => t.inject({ method: 'POST', url, payload: payload as object });
  const get = async (url: string) => (await t.inject({ method: 'GET', url })).json();

  it('refuses a JSONL import with bad lines, naming each line and field, and makes no version', async () => {
    const body = [
      JSON.stringify({ externalId: 'a', input: { question: 'q' } }),
      '{"externalId": "b", oops',
      JSON.stringify({ externalId: 'c' }),
      '',
      JSON.stringify({ externalId: 'a', input: { question: 'again' } }),
    ].join('\n');
    const response = await post('/api/projects/bot/evals/golden-sets/faq/versions', { jsonl: body });
    expect(response.statusCode).toBe(400);
    const details = response.json().error.details as { path: string; message: string }[];
    expect(details.map((d) => d.path)).toEqual(['jsonl.2', 'jsonl.3.input', 'jsonl.5.externalId']);
    expect(details[1]?.message).toMatch(/^line 3 field input: /);
    expect(details[2]?.message).toMatch(/already on row 1/);
    expect((await t.inject({ method: 'GET', url: '/api/projects/bot/evals/golden-sets/faq' })).statusCode).toBe(404);
  });

  it('keeps every version as it was: a new version is new rows', async () => {
    const v1 = await post('/api/projects/bot/evals/golden-sets/faq/versions', {
      note: 'first cut',
      jsonl: jsonl([
        {
          externalId: 'reset',
          input: { question: 'How do I reset my password?' },
          reference: 'Under settings',
          metadata: { topic: 'account' },
        },
        {
          externalId: 'refund',
          input: { question: 'Can I get a refund?' },
          reference: 'Within 30 days',
          metadata: { topic: 'billing' },
        },
      ]),
    });
    expect(v1.statusCode).toBe(201);
    expect(v1.json()).toMatchObject({
      name: 'faq',
      version: 1,
      entries: 2,
      note: 'first cut',
      source: { kind: 'import' },
    });
    const before = await get('/api/projects/bot/evals/golden-sets/faq/entries?version=1');
    const v2 = await post('/api/projects/bot/evals/golden-sets/faq/versions', {
      entries: [
        { externalId: 'reset', input: { question: 'How do I reset my password? (v2)' }, reference: 'Open settings' },
        { externalId: 'flaky', input: { question: 'flaky one' }, metadata: { topic: 'billing' } },
      ],
    });
    expect(v2.json()).toMatchObject({ version: 2, entries: 2 });
    expect(await get('/api/projects/bot/evals/golden-sets/faq/entries?version=1')).toEqual(before);
    expect(before.entries.map((e: { externalId: string }) => e.externalId)).toEqual(['reset', 'refund']);
    expect((await get('/api/projects/bot/evals/golden-sets/faq')).version).toBe(2);
    const versions = await get('/api/projects/bot/evals/golden-sets/faq/versions');
    expect(versions.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect((await get('/api/projects/bot/evals/golden-sets')).goldenSets).toMatchObject([
      { name: 'faq', version: 2, entries: 2 },
    ]);
  });

  it('makes a golden set from decided items with the reference from a data field', async () => {
    await post('/api/projects/bot/items/batch', {
      items: [
        {
          externalId: 'i1',
          data: { question: 'Where is my invoice?', expected: 'In billing' },
          metadata: { topic: 'billing' },
        },
        { externalId: 'i2', data: { question: 'Change email?', expected: 'In settings' } },
        { externalId: 'i3', data: { question: 'Not decided yet', expected: '-' } },
      ],
    });
    const person = reviewer(t.inject, 'bot');
    let answered = 0;
    await person.workUntilEmpty(() => ({ verdict: answered++ < 2 ? 'pass' : 'fail' }));
    // Only decided items by default; i3 is decided too after the loop, so filter by tag-free status.
    const made = await post('/api/projects/bot/evals/golden-sets/from-items/versions', {
      fromItems: { reference: { field: 'expected' }, rubric: 'Must point to the right page' },
    });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({
      version: 1,
      entries: 3,
      source: { kind: 'items', filter: { status: 'decided' } },
    });
    const entries = (await get('/api/projects/bot/evals/golden-sets/from-items/entries')).entries;
    expect(entries[0]).toMatchObject({
      externalId: 'i1',
      input: { question: 'Where is my invoice?' },
      reference: 'In billing',
      rubric: 'Must point to the right page',
      metadata: { topic: 'billing' },
    });
    const none = await post('/api/projects/bot/evals/golden-sets/empty/versions', {
      fromItems: { filter: { status: 'queued' } },
    });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.details[0].path).toBe('fromItems.filter');
  });

  it('stores posted outputs, reports bad rows, and scores them with a rule judge', async () => {
    const created = await post('/api/projects/bot/evals/runs', {
      goldenSet: 'faq',
      version: 1,
      name: 'prompt-v1',
      judges: ['mentions-reference'],
      outputs: [
        { externalId: 'reset', output: 'Go to settings, then security.', cost: 0.002, latencyMs: 300 },
        { externalId: 'nope', output: 'x' },
        { output: 'no id' },
      ],
    });
    expect(created.statusCode).toBe(201);
    const { run, posted } = created.json();
    expect(posted).toMatchObject({ accepted: 1, scoresQueued: 1 });
    expect(posted.rejected.map((r: { row: number; path: string }) => [r.row, r.path])).toEqual([
      [2, 'externalId'],
      [3, 'externalId'],
    ]);
    const more = await post(`/api/projects/bot/evals/runs/${run.id}/outputs`, {
      jsonl: jsonl([
        { externalId: 'refund', output: 'Write to us.', cost: 0.004, latencyMs: 500 },
        { externalId: 'reset', output: 'again' },
      ]),
    });
    expect(more.json()).toMatchObject({ accepted: 1, rejected: [{ row: 2, path: 'externalId' }] });
    await drain();
    const view = await get(`/api/projects/bot/evals/runs/${run.id}`);
    expect(view).toMatchObject({
      source: 'posted',
      entries: 2,
      outputs: { done: 2, failed: 0 },
      scores: { done: 2, queued: 0 },
      passRate: 0.5,
      complete: true,
      cost: { total: 0.006, p50: 0.002, p95: 0.004 },
      latencyMs: { mean: 400 },
    });
    const outputs = (await get(`/api/projects/bot/evals/runs/${run.id}/outputs`)).outputs;
    expect(outputs.map((o: { externalId: string; pass: boolean }) => [o.externalId, o.pass])).toEqual([
      ['reset', true],
      ['refund', false],
    ]);
    expect(outputs[1].scores[0]).toMatchObject({ judge: 'mentions-reference', state: 'done', pass: false });
  });

  it('generates outputs through the openai client (a 500 retried), passing the reference to templates', async () => {
    const judge = await post('/api/projects/bot/judges', {
      name: 'faithful',
      config: {
        kind: 'llm',
        baseUrl: llm.url,
        model: 'fake-judge',
        prompt: 'JUDGE|{{output}}|{{reference}}',
        pass: { question: 'verdict', values: ['pass'] },
      },
    });
    expect(judge.statusCode).toBe(201);
    const created = await post('/api/projects/bot/evals/runs', {
      goldenSet: 'faq',
      name: 'model-x',
      judges: ['mentions-reference', 'faithful'],
      generate: {
        baseUrl: llm.url,
        model: 'fake',
        prompt: '{{question}} (hint: {{reference}})',
        maxAttempts: 3,
        timeoutMs: 2_000,
        pricing: { inputPerMillion: 1000, outputPerMillion: 2000 },
      },
    });
    expect(created.statusCode).toBe(201);
    const runId = created.json().run.id;
    await drain();
    const view = await get(`/api/projects/bot/evals/runs/${runId}`);
    expect(view).toMatchObject({ source: 'generated', model: 'fake', outputs: { done: 2, failed: 0 }, complete: true });
    const outputs = (await get(`/api/projects/bot/evals/runs/${runId}/outputs`)).outputs;
    const flaky = outputs.find((o: { externalId: string }) => o.externalId === 'flaky');
    expect(flaky).toMatchObject({ state: 'done', attempts: 2, output: 'Answer: flaky one (hint: )', cost: 0.02 });
    const reset = outputs.find((o: { externalId: string }) => o.externalId === 'reset');
    expect(reset.output).toBe('Answer: How do I reset my password? (v2) (hint: Open settings)');
    // The llm judge saw the output and the reference: "Open" is in the answer.
    expect(reset.scores.map((x: { judge: string; pass: boolean }) => [x.judge, x.pass])).toEqual([
      ['mentions-reference', true],
      ['faithful', true],
    ]);
    expect(reset.pass).toBe(true);
    expect(flaky.scores[1]).toMatchObject({ judge: 'faithful', pass: false, reason: 'compared' });
    expect(llm.callsOf('flaky one (hint: )')).toBe(2);

    // A key the endpoint refuses fails at once, with the reason, and the gate would count it as a failing entry.
    await post('/api/projects/bot/evals/golden-sets/refused/versions', {
      entries: [{ externalId: 'x', input: { question: 'denied' } }],
    });
    const refused = await post('/api/projects/bot/evals/runs', {
      goldenSet: 'refused',
      name: 'bad-key',
      judges: ['mentions-reference'],
      generate: { baseUrl: llm.url, model: 'fake', prompt: '{{question}}', maxAttempts: 3 },
    });
    await drain();
    const failed = (await get(`/api/projects/bot/evals/runs/${refused.json().run.id}/outputs`)).outputs[0];
    expect(failed).toMatchObject({ state: 'failed', attempts: 1, pass: false, score: 0 });
    expect(failed.error).toMatch(/401/);
  });

  it('compares two runs: win rate with a Wilson interval, regressions and slices', async () => {
    const entries = Array.from({ length: 12 }, (_, i) => ({
      externalId: `e${i}`,
      input: { question: `q${i}` },
      metadata: { topic: i < 6 ? 'billing' : 'account' },
    }));
    await post('/api/projects/bot/evals/golden-sets/cmp/versions', { entries });
    // Baseline passes e0–e5; the candidate passes e2–e11: 6 wins (e6–e11), 2 losses (e0, e1), 4 ties.
    const outputsFor = (passing: (i: number) => boolean) =>
      entries.map((e, i) => ({ externalId: e.externalId, output: passing(i) ? 'see settings' : 'no idea' }));
    const baseline: number = (
      await post('/api/projects/bot/evals/runs', {
        goldenSet: 'cmp',
        name: 'v1',
        judges: ['mentions-reference'],
        outputs: outputsFor((i) => i < 6),
      })
    ).json().run.id;
    const candidate: number = (
      await post('/api/projects/bot/evals/runs', {
        goldenSet: 'cmp',
        name: 'v2',
        judges: ['mentions-reference'],
        outputs: outputsFor((i) => i >= 2),
      })
    ).json().run.id;
    await drain();
    Object.assign(cmp, { baseline, candidate });
    const report = await get(`/api/projects/bot/evals/compare?run=${candidate}&baseline=${baseline}`);
    expect(report.human).toBeNull();
    expect(report.compared).toBe(12);
    expect(report.winRate).toMatchObject({ wins: 6, losses: 2, ties: 4, rate: 0.75, method: 'wilson' });
    // Wilson 95 % for 6 of 8: 0.4093 – 0.9285.
    expect(report.winRate.low).toBeCloseTo(0.4093, 4);
    expect(report.winRate.high).toBeCloseTo(0.9285, 4);
    expect(report.passToFail).toBe(2);
    expect(report.regressionRate).toBeCloseTo(2 / 12);
    expect(report.regressions.map((r: { externalId: string; kind: string }) => [r.externalId, r.kind])).toEqual([
      ['e0', 'pass_to_fail'],
      ['e1', 'pass_to_fail'],
    ]);
    expect(report.slices).toEqual([
      {
        key: 'topic',
        value: 'account',
        entries: 6,
        run: { passRate: 1, meanScore: 1 },
        baseline: { passRate: 0, meanScore: 0 },
      },
      {
        key: 'topic',
        value: 'billing',
        entries: 6,
        run: { passRate: 4 / 6, meanScore: 4 / 6 },
        baseline: { passRate: 1, meanScore: 1 },
      },
    ]);
    expect(report.run).toMatchObject({ name: 'v2', scored: 12, passRate: 10 / 12 });
    expect(report.baseline).toMatchObject({ name: 'v1', scored: 12, passRate: 0.5 });
  });

  it("sends two runs' differing outputs to people; their preferences give the human win rate", async () => {
    const prefs = {
      name: 'Bot preferences',
      slug: 'prefs',
      labelSchema: {
        questions: [{ name: 'preference', type: 'pairwise', fields: ['response_a', 'response_b'] }],
      },
    };
    expect((await post('/api/projects', prefs)).statusCode).toBe(201);
    const noPairwise = await post('/api/projects/bot/evals/pairwise', {
      run: cmp.candidate,
      baseline: cmp.baseline,
      targetProject: 'bot',
    });
    expect(noPairwise.statusCode).toBe(400);
    expect(noPairwise.json().error.details[0].path).toBe('targetProject');
    const sent = await post('/api/projects/bot/evals/pairwise', {
      run: cmp.candidate,
      baseline: cmp.baseline,
      targetProject: 'prefs',
    });
    expect(sent.statusCode).toBe(200);
    // e2–e5 have the same output in both runs: skipped.
    expect(sent.json()).toMatchObject({ targetProject: 'prefs', question: 'preference', sent: 8, skipped: 4 });
    const items = (await get('/api/projects/prefs/items?limit=100')).items;
    expect(items[0].data).toMatchObject({ input: 'q0' });
    // People prefer the answer that points to the settings.
    await reviewer(t.inject, 'prefs').workUntilEmpty((item) => ({
      preference: String(item.data.response_a).includes('settings') ? 'a' : 'b',
    }));
    const report = await get(`/api/projects/bot/evals/compare?run=${cmp.candidate}&baseline=${cmp.baseline}`);
    expect(report.human).toMatchObject({ sent: 8, decided: 8, wins: 6, losses: 2, ties: 0, rate: 0.75 });
    expect(report.human.low).toBeCloseTo(0.4093, 4);
    // The same verdicts, read the other way round.
    const back = await get(`/api/projects/bot/evals/compare?run=${cmp.baseline}&baseline=${cmp.candidate}`);
    expect(back.human).toMatchObject({ wins: 2, losses: 6, rate: 0.25 });
    // An item someone else made with a pair-like external id is not one the send created.
    const forged = await post('/api/projects/prefs/items', {
      externalId: `eval-pair:${cmp.candidate}:${cmp.baseline}:forged`,
      data: { response_a: 'x', response_b: 'y' },
      metadata: { runSide: 'a' },
    });
    expect(forged.statusCode).toBe(201);
    const again = await get(`/api/projects/bot/evals/compare?run=${cmp.candidate}&baseline=${cmp.baseline}`);
    expect(again.human).toMatchObject({ sent: 8, wins: 6, losses: 2 });
  });

  it('lets workers read no golden set and no run; non-members get 404', async () => {
    const worker = await t.userClient(`ann-${engine}`, 'annotator');
    const outsider = await t.userClient(`out-${engine}`, 'engineer');
    await t.inject({ method: 'PUT', url: '/api/projects/bot/members', payload: { userIds: [worker.id] } });
    for (const url of [
      '/api/projects/bot/evals/golden-sets',
      '/api/projects/bot/evals/golden-sets/faq/entries',
      '/api/projects/bot/evals/runs',
      '/api/projects/bot/evals/runs/1/outputs',
      '/api/projects/bot/evals/compare?run=1&baseline=2',
    ]) {
      expect((await worker.inject({ method: 'GET', url })).statusCode, url).toBe(403);
      expect((await outsider.inject({ method: 'GET', url })).statusCode, url).toBe(404);
    }
  });

  it('refuses ids and versions beyond their columns with a 400 naming the field', async () => {
    const run = await post('/api/projects/bot/evals/runs', { goldenSet: 'faq', name: 'big', version: 3_000_000_000 });
    expect(run.statusCode).toBe(400);
    expect(run.json().error.details[0].path).toBe('version');
    const gate = await post('/api/projects/bot/evals/gate', { run: 2 ** 60, baseline: 1 });
    expect(gate.statusCode).toBe(400);
    expect(gate.json().error.details[0].path).toBe('run');
  });

  it('refuses eval writes in an archived project', async () => {
    const entries = [{ externalId: 'x', input: { question: 'q' } }];
    expect((await post('/api/projects', { ...project, name: 'Old bot', slug: 'oldbot' })).statusCode).toBe(201);
    expect((await post('/api/projects/oldbot/evals/golden-sets/g/versions', { entries })).statusCode).toBe(201);
    const run = await post('/api/projects/oldbot/evals/runs', { goldenSet: 'g', name: 'r' });
    expect(run.statusCode).toBe(201);
    expect((await post('/api/projects/oldbot/archive', {})).statusCode).toBe(200);
    const refused = [
      await post('/api/projects/oldbot/evals/golden-sets/g/versions', { entries }),
      await post('/api/projects/oldbot/evals/runs', { goldenSet: 'g', name: 'r2' }),
      await post(`/api/projects/oldbot/evals/runs/${run.json().run.id}/outputs`, {
        outputs: [{ externalId: 'x', output: 'o' }],
      }),
      await t.inject({ method: 'PUT', url: '/api/projects/oldbot/judge-thresholds', payload: { minPairs: 5 } }),
      await post('/api/projects/bot/evals/pairwise', {
        run: cmp.candidate,
        baseline: cmp.baseline,
        targetProject: 'oldbot',
      }),
    ];
    expect(refused.map((r) => r.json().error?.code)).toEqual(Array(5).fill('PROJECT_ARCHIVED'));
  });

  it('lets only managers start a generating run; engineers post outputs', async () => {
    const engineer = await t.userClient(`eng-${engine}`, 'engineer');
    await t.inject({ method: 'PUT', url: '/api/projects/bot/members', payload: { userIds: [engineer.id] } });
    const body = { goldenSet: 'faq', name: 'by-engineer', judges: ['mentions-reference'] };
    const generating = await engineer.inject({
      method: 'POST',
      url: '/api/projects/bot/evals/runs',
      payload: {
        ...body,
        generate: { baseUrl: llm.url, model: 'fake', prompt: '{{question}}', apiKeyEnv: 'X_API_KEY' },
      },
    });
    expect(generating.statusCode).toBe(403);
    expect(generating.json().error.details[0].path).toBe('generate');
    const posting = await engineer.inject({
      method: 'POST',
      url: '/api/projects/bot/evals/runs',
      payload: { ...body, outputs: [{ externalId: 'reset', output: 'settings' }] },
    });
    expect(posting.statusCode).toBe(201);
  });
});
