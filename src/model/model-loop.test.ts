import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJson } from '../db/dialect.js';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { spamProject } from '../testing/fixtures.js';
import { reviewer } from '../testing/review-driver.js';
import { scheduleRetraining } from './jobs.js';

const SPAM = ['cheap pills offer', 'win money now', 'free prize claim', 'viagra discount offer', 'cash bonus winner'];
const HAM = [
  'meeting agenda tomorrow',
  'lunch with the team',
  'project status report',
  'quarterly review notes',
  'code review comments',
];
const truthOf = (text: string) => (SPAM.some((s) => text.includes(s)) ? 'spam' : 'ham');

/** The loop end to end: people label, the model trains on their decisions, undecided items get its predictions. */
describe.each(ENGINES)('the built-in model on %s', (engine) => {
  let t: TestApp;
  let projectId: number;
  beforeAll(async () => {
    t = await openTestApp(engine);
    projectId = (await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject })).json().id;
    const policy = await t.inject({
      method: 'PUT',
      url: '/api/projects/spam/policy',
      payload: {
        rules: [{ when: { confidence: { gte: 0.9 } }, then: { action: 'auto_accept' } }],
        default: { action: 'review', k: 1 },
        // Every auto-accepted item is also reviewed: the audit sample that feeds calibration.
        auditRate: 1,
        model: { retrainEvery: 5 },
      },
    });
    expect(policy.statusCode).toBe(200);
    const items = Array.from({ length: 40 }, (_, i) => ({
      externalId: `m-${i}`,
      data: { text: `${i % 2 === 0 ? SPAM[i % 5] : HAM[i % 5]} number ${i}` },
    }));
    const added = await t.inject({ method: 'POST', url: '/api/projects/spam/items/batch', payload: { items } });
    expect(added.statusCode).toBeLessThan(300);
  });
  afterAll(async () => t.close());

  it('needs human decisions with two answers before it trains', async () => {
    const queued = await t.inject({ method: 'POST', url: '/api/projects/spam/model/train', payload: {} });
    expect(queued.statusCode).toBe(202);
    await t.jobs.runUntilIdle();
    const job = await t.storage.db
      .selectFrom('jobs')
      .selectAll()
      .where('id', '=', queued.json().jobId)
      .executeTakeFirstOrThrow();
    expect(job.state).toBe('failed');
    expect(job.last_error).toMatch(/at least two different answers/);
  });

  it('rejects a question the model cannot learn, naming the field', async () => {
    const response = await t.inject({
      method: 'POST',
      url: '/api/projects/spam/model/train',
      payload: { question: 'entities' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toBe('question');
  });

  it('trains on what people decided and refreshes the undecided items with the version', async () => {
    const ada = reviewer(t.inject, 'spam');
    for (let n = 0; n < 24; n++) {
      const claimed = await ada.claim();
      expect(claimed.status).toBe(200);
      const submitted = await ada.submit(claimed.body.task.id, { verdict: truthOf(claimed.body.item.data.text) });
      expect(submitted.status).toBe(200);
    }
    const queued = await t.inject({ method: 'POST', url: '/api/projects/spam/model/train', payload: {} });
    expect(queued.json()).toMatchObject({ question: 'verdict', jobId: expect.any(Number) });
    await t.jobs.runUntilIdle();

    const versions = (await t.inject({ method: 'GET', url: '/api/projects/spam/model/versions' })).json().versions;
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ question: 'verdict', version: 1, labelsUsed: 24, refreshed: 16 });
    expect(versions[0].heldOut).toBeGreaterThan(0);

    const rest = await t.storage.db
      .selectFrom('items')
      .select(['data', 'prediction', 'confidence', 'model_version', 'status'])
      .where('project_id', '=', projectId)
      .where('model_version', 'is not', null)
      .execute();
    expect(rest).toHaveLength(16);
    for (const item of rest) {
      const text = readJson<{ text: string }>(item.data).text;
      expect(readJson<{ verdict: string }>(item.prediction).verdict).toBe(truthOf(text));
      expect(Number(item.model_version)).toBe(1);
      // Re-routed with the policy: confident predictions are now auto-accepted.
      expect(item.status).toBe(Number(item.confidence) >= 0.9 ? 'decided' : 'queued');
    }
    const audit = await t.storage.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'model.%')
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      'model.train_requested',
      'model.train_requested',
      'model.trained',
    ]);
  });

  it('learns only from people: auto-accepted decisions are not labels', async () => {
    const auto = await t.storage.db
      .selectFrom('decisions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('project_id', '=', projectId)
      .where('method', '=', 'auto')
      .executeTakeFirstOrThrow();
    await t.inject({ method: 'POST', url: '/api/projects/spam/model/train', payload: {} });
    await t.jobs.runUntilIdle();
    const versions = (await t.inject({ method: 'GET', url: '/api/projects/spam/model/versions' })).json().versions;
    expect(versions[1]).toMatchObject({ version: 2, labelsUsed: 24 });
    expect(Number(auto.n)).toBeGreaterThan(0);
  });

  it('judges predictions against later human decisions and advises a threshold', async () => {
    const ada = reviewer(t.inject, 'spam');
    // The reviewer answers the remaining items, getting one prediction-carrying item wrong on purpose.
    let first = true;
    await ada.workUntilEmpty((item) => {
      const truth = truthOf(String(item.data.text));
      const answer = first ? (truth === 'spam' ? 'ham' : 'spam') : truth;
      first = false;
      return { verdict: answer };
    });
    const report = await t.inject({ method: 'GET', url: '/api/projects/spam/model/calibration?targetError=0.2' });
    expect(report.statusCode).toBe(200);
    const body = report.json();
    for (const v of body.versions) expect([1, 2]).toContain(v.version);
    const judged = body.all.judged;
    expect(judged).toBeGreaterThan(0);
    expect(body.all.accuracy).toBeCloseTo((judged - 1) / judged, 5);
    expect(body.all.bands.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBe(judged);
    const bad = await t.inject({ method: 'GET', url: '/api/projects/spam/model/calibration?targetError=2' });
    expect(bad.statusCode).toBe(400);
  });

  it('queues a retrain once the policy’s number of new human decisions arrived', async () => {
    // 24 labels at version 2; the reviewer since added more than 5.
    expect(await scheduleRetraining(t.storage)).toBe(1);
    expect(await scheduleRetraining(t.storage)).toBe(0);
  });
});
