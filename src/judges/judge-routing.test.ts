import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';

/** Issue 13 point 2: routing rules read judges' verdicts; failures and disagreements go to people. */
describe.each(ENGINES)('judges in routing on %s', (engine) => {
  let t: TestApp;
  const ids = new Map<string, number>();
  beforeAll(async () => {
    t = await openTestApp(engine);
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
      url: '/api/projects/replies/policy',
      payload: {
        rules: [
          { name: 'judge broke', when: { judges: { broken: { failed: true } } }, then: { action: 'escalate', k: 1 } },
          { name: 'judges disagree', when: { judgesDisagree: true }, then: { action: 'review', k: 2 } },
          { name: 'pii', when: { judges: { 'no-pii': { pass: false } } }, then: { action: 'review', k: 1 } },
          {
            name: 'both pass',
            when: { judges: { 'no-pii': { pass: true }, polite: { score: { gte: 1 } } } },
            then: { action: 'auto_accept' },
          },
        ],
        default: { action: 'hold' },
      },
    });
    expect(policy.statusCode).toBe(200);
    const replies: [string, string][] = [
      ['fine', 'Restart the router, then try again.'],
      ['leaks', 'Sure, mail ada@example.org about it.'],
      ['rude', 'That is a stupid question.'],
      ['both', 'Stupid. Mail ada@example.org.'],
      ['odd', 'Anything at all.'],
    ];
    await t.inject({
      method: 'POST',
      url: '/api/projects/replies/items/batch',
      payload: {
        items: replies.map(([externalId, output]) => ({
          externalId,
          data: { output },
          prediction: { verdict: 'pass' },
        })),
      },
    });
    for (const row of await t.storage.db.selectFrom('items').select(['id', 'external_id']).execute()) {
      ids.set(String(row.external_id), Number(row.id));
    }
  });
  afterAll(async () => t.close());

  const statusOf = async () => {
    const rows = await t.storage.db.selectFrom('items').select(['external_id', 'status']).execute();
    return Object.fromEntries(rows.map((r) => [r.external_id, r.status]));
  };
  const openSlots = async (externalId: string) => {
    const rows = await t.storage.db
      .selectFrom('tasks')
      .select(['role'])
      .where('item_id', '=', ids.get(externalId) as number)
      .where('state', '=', 'queued')
      .execute();
    return rows.map((r) => r.role);
  };

  it('holds items until their judges speak, then routes them by the verdicts', async () => {
    expect(Object.values(await statusOf())).toEqual(['held', 'held', 'held', 'held', 'held']);
    const judges = [
      { name: 'no-pii', config: { kind: 'rule', field: 'output', checks: [{ type: 'pii', detect: ['email'] }] } },
      {
        name: 'polite',
        config: { kind: 'rule', field: 'output', checks: [{ type: 'not_contains', value: 'stupid' }] },
      },
    ];
    for (const judge of judges) {
      await t.inject({ method: 'POST', url: '/api/projects/replies/judges', payload: judge });
      const items = ['fine', 'leaks', 'rude', 'both'].map((k) => ids.get(k));
      await t.inject({
        method: 'POST',
        url: `/api/projects/replies/judges/${judge.name}/runs`,
        payload: { itemIds: items },
      });
    }
    await t.jobs.runUntilIdle();
    // "both pass" would auto-accept "fine", but neither judge is trusted: one person reviews it.
    expect(await statusOf()).toEqual({ fine: 'queued', leaks: 'queued', rude: 'queued', both: 'queued', odd: 'held' });
    expect(await openSlots('fine')).toEqual(['annotator']);
    // Disagreeing judges: two people; both judges failing the item: the PII rule's one person.
    expect(await openSlots('leaks')).toEqual(['annotator', 'annotator']);
    expect(await openSlots('rude')).toEqual(['annotator', 'annotator']);
    expect(await openSlots('both')).toEqual(['annotator']);
    const details = await t.inject({ method: 'GET', url: `/api/projects/replies/items/${ids.get('fine')}/details` });
    const why = details.json().audit.find((a: { action: string }) => a.action === 'item.judge_not_trusted');
    expect(why.details).toMatchObject({ rule: 'both pass', judges: ['no-pii', 'polite'] });
    expect(why.details.reason).toContain('judge "no-pii": trust was not asked for');
  });

  it('sends an item whose judge fails to give a verdict to an expert', async () => {
    await t.inject({
      method: 'POST',
      url: '/api/projects/replies/judges',
      payload: {
        name: 'broken',
        config: {
          kind: 'llm',
          baseUrl: 'http://127.0.0.1:9/v1',
          model: 'none',
          apiKeyEnv: 'JUDGE_ROUTING_MISSING_API_KEY',
          prompt: '{{output}}',
          pass: { question: 'verdict', values: ['pass'] },
        },
      },
    });
    await t.inject({
      method: 'POST',
      url: '/api/projects/replies/judges/broken/runs',
      payload: { itemIds: [ids.get('odd')] },
    });
    await t.jobs.runUntilIdle();
    const [run] = (await t.inject({ method: 'GET', url: '/api/projects/replies/judges/broken/runs' })).json().runs;
    expect(run.state).toBe('failed');
    expect((await statusOf()).odd).toBe('queued');
    expect(await openSlots('odd')).toEqual(['expert']);
  });

  it("shows reviewers the judges' verdicts as pre-labels, except in blind projects", async () => {
    const ann = await t.userClient('ann', 'annotator');
    const claimed = await ann.inject({ method: 'POST', url: '/api/projects/replies/tasks/claim', payload: {} });
    expect(claimed.statusCode).toBe(200);
    const item = claimed.json().item;
    const expected: Record<string, [boolean, boolean]> = {
      fine: [true, true],
      leaks: [false, true],
      rude: [true, false],
      both: [false, false],
    };
    const [pii, polite] = expected[item.externalId] as [boolean, boolean];
    expect(item.judges.map((j: { judge: string; pass: boolean }) => [j.judge, j.pass])).toEqual([
      ['no-pii', pii],
      ['polite', polite],
    ]);
    const current = (await t.inject({ method: 'GET', url: '/api/projects/replies/policy' })).json().policy;
    await t.inject({ method: 'PUT', url: '/api/projects/replies/policy', payload: { ...current, blind: true } });
    const bob = await t.userClient('bob', 'annotator');
    const blind = await bob.inject({ method: 'POST', url: '/api/projects/replies/tasks/claim', payload: {} });
    expect(blind.statusCode).toBe(200);
    expect(blind.json().item).toMatchObject({ prediction: null, judges: [] });
  });

  it("calibrates a judge against people's decisions: κ, accuracy, F1 of fail, confusion", async () => {
    const human: Record<string, string> = { fine: 'pass', leaks: 'fail', rude: 'fail', both: 'fail' };
    for (const [key, verdict] of Object.entries(human)) {
      const made = await t.inject({
        method: 'POST',
        url: `/api/projects/replies/items/${ids.get(key)}/decision`,
        payload: { answer: { verdict }, reason: 'calibration test' },
      });
      expect(made.statusCode).toBe(201);
    }
    const url = '/api/projects/replies/judges/no-pii/calibration';
    const missing = await t.inject({ method: 'GET', url });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details[0].path).toBe('question');
    const report = await t.inject({ method: 'GET', url: `${url}?question=verdict&passValues=pass&minPairs=4` });
    expect(report.statusCode).toBe(200);
    const [v1] = report.json().versions;
    expect(v1).toMatchObject({
      version: 1,
      pairs: 4,
      confusion: { judgePassHumanPass: 1, judgePassHumanFail: 1, judgeFailHumanPass: 0, judgeFailHumanFail: 2 },
      accuracy: 0.75,
      calibrated: false,
      flag: 'κ 0.50 is below 0.6',
    });
    expect(v1.kappa).toBeCloseTo(0.5);
    expect(v1.fail.precision).toBe(1);
    expect(v1.fail.recall).toBeCloseTo(2 / 3);
    expect(v1.fail.f1).toBeCloseTo(0.8);
    expect(report.json().trusted).toBe(false);
    const lenient = await t.inject({
      method: 'GET',
      url: `${url}?question=verdict&passValues=pass&minPairs=4&minKappa=0.4`,
    });
    // Calibrated, but trust was never asked for: its verdicts still may not auto-decide.
    expect(lenient.json()).toMatchObject({
      calibrated: true,
      trusted: false,
      versions: [{ calibrated: true, flag: null }],
    });
  });

  it('refuses a policy naming a judge badly, naming the field', async () => {
    const response = await t.inject({
      method: 'PUT',
      url: '/api/projects/replies/policy',
      payload: { rules: [{ when: { judges: { 'Bad Name': { pass: true } } }, then: { action: 'hold' } }] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toMatch(/^rules\.0\.when\.judges/);
  });
});
