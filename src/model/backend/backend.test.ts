import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJson } from '../../db/dialect.js';
import { ENGINES, openTestApp, type TestApp } from '../../testing/engines.js';
import { spamProject } from '../../testing/fixtures.js';
import { reviewer } from '../../testing/review-driver.js';
import { scheduleBackendDecisions } from './jobs.js';

const EXAMPLE = path.join(import.meta.dirname, '../../../examples/ml-backend/server.mjs');

/** Starts examples/ml-backend on 127.0.0.1 (a free port) as its README says to. */
async function startExample(args: string[] = []): Promise<{ url: string; stop: () => Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, [EXAMPLE, '--port', '0', '--host', '127.0.0.1', ...args]);
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      const match = /http:\/\/\S+/.exec(String(chunk));
      if (match) resolve(match[0]);
    });
    child.once('exit', (code) => reject(new Error(`the example exited with ${code}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill();
    });
  return { url, stop };
}

const SPAMMY = (i: number) => `win free cash prize ${i}`;
const HAMMY = (i: number) => `meeting agenda project report ${i}`;
const UNKNOWN = (i: number) => `lottery jackpot notice ${i}`;

describe.each(ENGINES)('an ML backend on %s', (engine) => {
  let t: TestApp;
  let backend: Awaited<ReturnType<typeof startExample>>;
  let projectId: number;
  const items = async () =>
    (
      await t.storage.db
        .selectFrom('items')
        .select(['external_id', 'prediction', 'confidence', 'model_version', 'status'])
        .where('project_id', '=', projectId)
        .orderBy('id')
        .execute()
    ).map((row) => ({
      externalId: row.external_id,
      verdict: readJson<{ verdict?: string } | null>(row.prediction)?.verdict,
      confidence: row.confidence === null ? null : Number(row.confidence),
      version: row.model_version === null ? null : Number(row.model_version),
      status: row.status,
    }));
  const add = (rows: { externalId: string; text: string }[]) =>
    t.inject({
      method: 'POST',
      url: '/api/projects/spam/items/batch',
      payload: { items: rows.map((r) => ({ externalId: r.externalId, data: { text: r.text } })) },
    });

  beforeAll(async () => {
    backend = await startExample(['--token', 's3cret']);
    t = await openTestApp(engine, { webhookAllowHosts: ['127.0.0.1'] });
    projectId = (await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject })).json().id;
    const policy = await t.inject({
      method: 'PUT',
      url: '/api/projects/spam/policy',
      payload: {
        rules: [{ when: { confidence: { gte: 0.8 } }, then: { action: 'auto_accept' } }],
        default: { action: 'review', k: 1 },
      },
    });
    expect(policy.statusCode).toBe(200);
  });
  afterAll(async () => {
    delete process.env.ML_BACKEND_TOKEN;
    await t.close();
    await backend.stop();
  });

  it('refuses a private address, a question it cannot predict or a bad variable name, naming the field', async () => {
    const put = (payload: object) => t.inject({ method: 'PUT', url: '/api/projects/spam/model/backend', payload });
    const privateUrl = await put({ url: 'http://10.1.2.3:9090' });
    expect(privateUrl.statusCode).toBe(400);
    expect(privateUrl.json().error.details[0].path).toBe('url');
    const spans = await put({ url: backend.url, question: 'entities' });
    expect(spans.statusCode).toBe(400);
    expect(spans.json().error.details[0].path).toBe('question');
    const env = await put({ url: backend.url, authHeaderEnv: 'PATH' });
    expect(env.statusCode).toBe(400);
    expect(env.json().error.details[0].path).toBe('authHeaderEnv');
    expect((await t.inject({ method: 'GET', url: '/api/projects/spam/model/backend' })).json()).toEqual({
      backend: null,
    });
  });

  it('shows its health: a missing or wrong Authorization value as down, then up with its model version', async () => {
    delete process.env.ML_BACKEND_TOKEN;
    const saved = await t.inject({
      method: 'PUT',
      url: '/api/projects/spam/model/backend',
      payload: { url: backend.url, authHeaderEnv: 'ML_BACKEND_TOKEN', sendDecisions: true },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().settings).toMatchObject({ protocol: 'label_studio', question: 'verdict', batchSize: 20 });
    expect(saved.json().health).toMatchObject({ status: 'down', lastError: expect.stringMatching(/ML_BACKEND_TOKEN/) });

    process.env.ML_BACKEND_TOKEN = 'Bearer wrong';
    const wrong = await t.inject({ method: 'POST', url: '/api/projects/spam/model/backend/check' });
    expect(wrong.json().health).toMatchObject({ status: 'down', lastError: expect.stringMatching(/401/) });

    process.env.ML_BACKEND_TOKEN = 'Bearer s3cret';
    const up = await t.inject({ method: 'POST', url: '/api/projects/spam/model/backend/check' });
    expect(up.json().health).toMatchObject({ status: 'up', modelVersion: 'keywords-1', lastError: null });
    expect(up.json().health.checkedAt).not.toBeNull();
    const shown = (await t.inject({ method: 'GET', url: '/api/projects/spam/model/backend' })).json();
    expect(shown.backend.health.status).toBe('up');
    expect(JSON.stringify(shown)).not.toContain('s3cret');
  });

  it('predicts items as they arrive; predictions land with the version and route like the built-in model’s', async () => {
    const added = await add([
      ...[0, 1].map((i) => ({ externalId: `s-${i}`, text: SPAMMY(i) })),
      ...[0, 1].map((i) => ({ externalId: `h-${i}`, text: HAMMY(i) })),
      ...[0, 1, 2, 3].map((i) => ({ externalId: `u-${i}`, text: UNKNOWN(i) })),
    ]);
    expect(added.statusCode).toBeLessThan(300);
    await t.jobs.runUntilIdle();
    const versions = (await t.inject({ method: 'GET', url: '/api/projects/spam/model/versions' })).json().versions;
    expect(versions).toEqual([
      expect.objectContaining({ source: 'backend', externalVersion: 'keywords-1', version: 1, heldOutAccuracy: null }),
    ]);
    const rows = await items();
    for (const row of rows) expect(row.version).toBe(1);
    for (const row of rows.filter((r) => r.externalId?.startsWith('s-'))) {
      expect(row).toMatchObject({ verdict: 'spam', status: 'decided' });
      expect(row.confidence).toBeGreaterThanOrEqual(0.8);
    }
    for (const row of rows.filter((r) => r.externalId?.startsWith('h-'))) {
      expect(row).toMatchObject({ verdict: 'ham', status: 'decided' });
    }
    for (const row of rows.filter((r) => r.externalId?.startsWith('u-'))) {
      expect(row).toMatchObject({ confidence: 0.5, status: 'queued' });
    }
  });

  it('sends people’s decisions and START_TRAINING, then refreshes with the version the backend trained', async () => {
    const ada = reviewer(t.inject, 'spam');
    for (let n = 0; n < 2; n++) {
      const claimed = await ada.claim();
      expect(claimed.status).toBe(200);
      expect((await ada.submit(claimed.body.task.id, { verdict: 'spam' })).status).toBe(200);
    }
    // Decisions are sent once settled (30 s in the server); here at once.
    expect(await scheduleBackendDecisions(t.storage, -1_000)).toBe(1);
    await t.jobs.runUntilIdle();
    const train = await t.inject({ method: 'POST', url: '/api/projects/spam/model/train', payload: {} });
    expect(train.statusCode).toBe(202);
    expect(train.json()).toMatchObject({ question: 'verdict', backend: true, jobId: expect.any(Number) });
    await t.jobs.runUntilIdle();

    const refresh = await t.inject({ method: 'POST', url: '/api/projects/spam/model/backend/refresh' });
    expect(refresh.statusCode).toBe(202);
    expect(refresh.json()).toEqual({ items: 2, jobs: 1 });
    await t.jobs.runUntilIdle();
    const versions = (await t.inject({ method: 'GET', url: '/api/projects/spam/model/versions' })).json().versions;
    expect(versions.map((v: { externalVersion: string }) => v.externalVersion)).toEqual(['keywords-1', 'keywords-2']);
    // The two it learned from made "lottery jackpot notice" spam with confidence: now auto-accepted.
    const rest = (await items()).filter((r) => r.externalId?.startsWith('u-') && r.version === 2);
    expect(rest).toHaveLength(2);
    for (const row of rest) {
      expect(row).toMatchObject({ verdict: 'spam', status: 'decided' });
      expect(row.confidence).toBeGreaterThan(0.8);
    }
    const audit = await t.storage.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'model.backend%')
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      'model.backend_refresh_requested',
      'model.backend_set',
      'model.backend_train_requested',
    ]);
  });

  it('speaks Tandem’s JSON variant', async () => {
    const saved = await t.inject({
      method: 'PUT',
      url: '/api/projects/spam/model/backend',
      payload: { url: backend.url, protocol: 'tandem', authHeaderEnv: 'ML_BACKEND_TOKEN' },
    });
    expect(saved.json().health).toMatchObject({ status: 'up', modelVersion: 'keywords-2' });
    await add([
      { externalId: 't-0', text: HAMMY(7) },
      { externalId: 't-1', text: 'nothing known here' },
    ]);
    await t.jobs.runUntilIdle();
    const rows = (await items()).filter((r) => r.externalId?.startsWith('t-'));
    expect(rows[0]).toMatchObject({ verdict: 'ham', version: 2, status: 'decided' });
    expect(rows[1]).toMatchObject({ confidence: 0.5, status: 'queued' });
  });

  it('records a backend that cannot be reached, retries its calls, and can be removed', async () => {
    await backend.stop();
    const check = await t.inject({ method: 'POST', url: '/api/projects/spam/model/backend/check' });
    expect(check.json().health).toMatchObject({ status: 'down', lastError: expect.stringMatching(/cannot reach/) });
    await add([{ externalId: 'd-0', text: SPAMMY(9) }]);
    await t.jobs.runUntilIdle();
    const job = await t.storage.db
      .selectFrom('jobs')
      .select(['state', 'attempts', 'last_error'])
      .where('type', '=', 'model.backend_predict')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    // Failed once, queued again with backoff (the jobs module retries up to 6 times).
    expect(job).toMatchObject({ state: 'queued', attempts: 1, last_error: expect.stringMatching(/cannot reach/) });
    const view = (await t.inject({ method: 'GET', url: '/api/projects/spam/model/backend' })).json();
    expect(view.backend.pendingJobs).toBe(1);
    expect((await t.inject({ method: 'DELETE', url: '/api/projects/spam/model/backend' })).statusCode).toBe(204);
    expect((await t.inject({ method: 'DELETE', url: '/api/projects/spam/model/backend' })).statusCode).toBe(404);
  });
});
