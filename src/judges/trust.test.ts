import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { completion, type FakeLlm, startFakeLlm } from '../testing/fake-llm.js';

/**
 * Issue 13 point 3: calibration thresholds as a project setting, calibration over time, trusted
 * judges (a verdict auto-decides only while its judge is calibrated) and the judge test-run.
 */
describe.each(ENGINES)('trusted judges on %s', (engine) => {
  let t: TestApp;
  let llm: FakeLlm;
  const ids = new Map<string, number>();
  const project = '/api/projects/replies';

  const addItems = async (outputs: Record<string, string>) => {
    const added = await t.inject({
      method: 'POST',
      url: `${project}/items/batch`,
      payload: {
        items: Object.entries(outputs).map(([externalId, output]) => ({
          externalId,
          data: { output },
          prediction: { verdict: 'pass' },
        })),
      },
    });
    expect(added.statusCode).toBeLessThan(300);
    for (const row of await t.storage.db.selectFrom('items').select(['id', 'external_id']).execute()) {
      ids.set(String(row.external_id), Number(row.id));
    }
  };
  const runJudge = async (keys: string[]) => {
    const run = await t.inject({
      method: 'POST',
      url: `${project}/judges/polite/runs`,
      payload: { itemIds: keys.map((k) => ids.get(k)) },
    });
    expect(run.statusCode).toBe(202);
    await t.jobs.runUntilIdle();
  };
  const statusOf = async (key: string) => {
    const row = await t.storage.db
      .selectFrom('items')
      .select('status')
      .where('id', '=', ids.get(key) as number)
      .executeTakeFirstOrThrow();
    return row.status;
  };

  beforeAll(async () => {
    llm = await startFakeLlm((prompt) =>
      prompt.includes('broken')
        ? { status: 500, body: '{"error":{"message":"boom"}}' }
        : completion(JSON.stringify({ verdict: prompt.includes('stupid') ? 'fail' : 'pass', reason: 'read it' })),
    );
    t = await openTestApp(engine, { webhookAllowHosts: ['127.0.0.1'] });
    await t.inject({
      method: 'POST',
      url: '/api/projects',
      payload: {
        name: 'Bot replies',
        slug: 'replies',
        labelSchema: {
          questions: [{ name: 'verdict', type: 'single_choice', options: [{ value: 'pass' }, { value: 'fail' }] }],
        },
      },
    });
    const policy = await t.inject({
      method: 'PUT',
      url: `${project}/policy`,
      payload: {
        rules: [{ name: 'polite', when: { judges: { polite: { pass: true } } }, then: { action: 'auto_accept' } }],
        default: { action: 'hold' },
      },
    });
    expect(policy.statusCode).toBe(200);
    await addItems({
      a: 'Restart the router.',
      b: 'Try again later.',
      c: 'Check the cable.',
      d: 'That is stupid.',
      e: 'A stupid idea.',
      f: 'Happy to help.',
    });
  });
  afterAll(async () => {
    await t.close();
    await llm.close();
  });

  it('keeps calibration thresholds per project, editable by managers and used by the calibration API', async () => {
    const url = `${project}/judge-thresholds`;
    expect((await t.inject({ method: 'GET', url })).json()).toEqual({ minKappa: 0.6, minPairs: 20 });
    const set = await t.inject({ method: 'PUT', url, payload: { minPairs: 5 } });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual({ minKappa: 0.6, minPairs: 5 });
    const bad = await t.inject({ method: 'PUT', url, payload: { minKappa: 2 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('minKappa');
    expect((await t.inject({ method: 'PUT', url, payload: {} })).statusCode).toBe(400);
    const audit = await t.inject({ method: 'GET', url: `${project}/audit?action=judge.thresholds_set` });
    expect(audit.json().records[0].details).toMatchObject({ to: { minKappa: 0.6, minPairs: 5 } });
  });

  it('lets an untrusted or uncalibrated judge route to review only, and says why on the item', async () => {
    const created = await t.inject({
      method: 'POST',
      url: `${project}/judges`,
      payload: {
        name: 'polite',
        config: { kind: 'rule', field: 'output', checks: [{ type: 'not_contains', value: 'stupid' }] },
        trusted: true,
        compareWith: { question: 'verdict', passValues: ['pass'] },
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ trusted: true, calibrated: false, mayAutoDecide: false });
    const badCompare = await t.inject({
      method: 'PUT',
      url: `${project}/judges/polite`,
      payload: { config: created.json().config, compareWith: { question: 'verdict', passValues: ['maybe'] } },
    });
    expect(badCompare.statusCode).toBe(400);
    expect(badCompare.json().error.details[0].path).toBe('compareWith.passValues.0');

    await runJudge(['a', 'b', 'c', 'd', 'e', 'f']);
    // The rule would auto-accept the four polite replies, but the judge is not calibrated yet.
    for (const key of ['a', 'b', 'c', 'f']) expect(await statusOf(key)).toBe('queued');
    for (const key of ['d', 'e']) expect(await statusOf(key)).toBe('held');
    const details = await t.inject({ method: 'GET', url: `${project}/items/${ids.get('a')}/details` });
    const why = details.json().audit.find((a: { action: string }) => a.action === 'item.judge_not_trusted');
    expect(why.details.reason).toContain('judge "polite": version 1 is not calibrated');
  });

  it('auto-accepts on the judge once enough human decisions agree with it', async () => {
    const human: Record<string, string> = { a: 'pass', b: 'pass', c: 'pass', d: 'fail', e: 'fail' };
    for (const [key, verdict] of Object.entries(human)) {
      const made = await t.inject({
        method: 'POST',
        url: `${project}/items/${ids.get(key)}/decision`,
        payload: { answer: { verdict }, reason: 'checked' },
      });
      expect(made.statusCode).toBe(201);
    }
    await t.jobs.runUntilIdle();
    const judge = (await t.inject({ method: 'GET', url: `${project}/judges/polite` })).json();
    expect(judge).toMatchObject({ calibrated: true, calibrationFlag: null, mayAutoDecide: true });

    await addItems({ later: 'Glad it works now.', rude: 'What a stupid question.' });
    await runJudge(['later', 'rude']);
    expect(await statusOf('later')).toBe('decided');
    expect(await statusOf('rude')).toBe('held');
    const decision = await t.inject({ method: 'GET', url: `${project}/items/${ids.get('later')}/details` });
    expect(decision.json().decisions.at(-1)).toMatchObject({ method: 'auto', answer: { verdict: 'pass' } });

    // Raising the bar above the pairs there are withdraws the judge's right to auto-accept.
    await t.inject({ method: 'PUT', url: `${project}/judge-thresholds`, payload: { minPairs: 50 } });
    await t.jobs.runUntilIdle();
    const flagged = (await t.inject({ method: 'GET', url: `${project}/judges/polite` })).json();
    expect(flagged).toMatchObject({ calibrated: false, mayAutoDecide: false });
    expect(flagged.calibrationFlag).toBe('only 5 items with a human decision; needs 50');
    await t.inject({ method: 'PUT', url: `${project}/judge-thresholds`, payload: { minPairs: 5 } });
  });

  it('reports calibration per version and over time, with the project thresholds unless overridden', async () => {
    const url = `${project}/judges/polite/calibration`;
    const report = await t.inject({ method: 'GET', url });
    expect(report.statusCode).toBe(200);
    expect(report.json()).toMatchObject({
      question: 'verdict',
      passValues: ['pass'],
      minKappa: 0.6,
      minPairs: 5,
      bucket: 'week',
      calibrated: true,
      trusted: true,
    });
    const [v1] = report.json().versions;
    expect(v1).toMatchObject({ version: 1, pairs: 5, kappa: 1, accuracy: 1 });
    expect(v1.overTime).toEqual([{ start: expect.any(String), pairs: 5, kappa: 1, accuracy: 1 }]);
    const monday = new Date(`${v1.overTime[0].start}T00:00:00Z`);
    expect(monday.getUTCDay()).toBe(1);
    const daily = (await t.inject({ method: 'GET', url: `${url}?bucket=day&minPairs=6` })).json();
    expect(daily.versions[0].overTime[0].start).toBe(new Date().toISOString().slice(0, 10));
    expect(daily).toMatchObject({ minPairs: 6, calibrated: false, trusted: false });
    const bad = await t.inject({ method: 'GET', url: `${url}?bucket=month` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('query.bucket');
  });

  it('test-runs judge settings on an item without storing a run', async () => {
    const url = `${project}/judges/test`;
    const runsBefore = await t.storage.db.selectFrom('judge_runs').select('id').execute();
    const rule = await t.inject({
      method: 'POST',
      url,
      payload: {
        config: { kind: 'rule', field: 'output', checks: [{ type: 'not_contains', value: 'stupid' }] },
        itemId: ids.get('d'),
      },
    });
    expect(rule.statusCode).toBe(200);
    expect(rule.json()).toMatchObject({ ok: true, pass: false, score: 0, error: null });
    expect(rule.json().reason).toContain('stupid');

    const llmConfig = {
      kind: 'llm',
      baseUrl: llm.url,
      model: 'fake',
      prompt: 'Reply: {{output}}',
      pass: { question: 'verdict', values: ['pass'] },
      timeoutMs: 5_000,
    };
    const viaLlm = await t.inject({ method: 'POST', url, payload: { config: llmConfig, itemId: ids.get('a') } });
    expect(viaLlm.json()).toMatchObject({
      ok: true,
      pass: true,
      reason: 'read it',
      answers: { verdict: 'pass' },
      inputTokens: 100,
      outputTokens: 10,
    });
    expect(llm.prompts.at(-1)).toBe('Reply: Restart the router.');

    const failing = await t.inject({
      method: 'POST',
      url,
      payload: { config: { ...llmConfig, prompt: 'broken {{output}}' }, itemId: ids.get('a') },
    });
    expect(failing.statusCode).toBe(200);
    expect(failing.json()).toMatchObject({ ok: false, pass: null });
    expect(failing.json().error).toContain('500');

    const missing = await t.inject({
      method: 'POST',
      url,
      payload: { config: llmConfig, itemId: 999_999 },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details[0].path).toBe('itemId');
    const badConfig = await t.inject({
      method: 'POST',
      url,
      payload: { config: { ...llmConfig, pass: { question: 'nope', values: ['pass'] } }, itemId: ids.get('a') },
    });
    expect(badConfig.statusCode).toBe(400);
    expect(badConfig.json().error.details[0].path).toBe('config.pass.question');
    expect(await t.storage.db.selectFrom('judge_runs').select('id').execute()).toHaveLength(runsBefore.length);
  });

  it('keeps all of it from workers: 403 to project workers, 404 to outsiders', async () => {
    const ann = await t.userClient('ann', 'annotator');
    const calls = [
      { method: 'POST' as const, url: `${project}/judges/test`, payload: { config: {}, itemId: 1 } },
      { method: 'GET' as const, url: `${project}/judge-thresholds` },
      { method: 'PUT' as const, url: `${project}/judge-thresholds`, payload: { minPairs: 1 } },
      { method: 'GET' as const, url: `${project}/judges/polite/calibration` },
    ];
    for (const call of calls) expect((await ann.inject(call)).statusCode).toBe(403);
    const viewer = await t.userClient('vic', 'viewer');
    expect((await viewer.inject(calls[1] as (typeof calls)[number])).statusCode).toBe(200);
    expect((await viewer.inject(calls[2] as (typeof calls)[number])).statusCode).toBe(403);
    // A members-only project: the annotator is a member, the viewer is not.
    await t.inject({ method: 'PUT', url: `${project}/members`, payload: { userIds: [ann.id] } });
    for (const call of calls) expect((await viewer.inject(call)).statusCode).toBe(404);
    for (const call of calls) expect((await ann.inject(call)).statusCode).toBe(403);
  });
});
