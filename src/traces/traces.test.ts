import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';

/** Issue 13 point 6: production traces, sampling, and judge vs user feedback (point 2). */
describe.each(ENGINES)('production traces on %s', (engine) => {
  let t: TestApp;
  let slugCount = 0;
  beforeAll(async () => {
    t = await openTestApp(engine);
  });
  afterAll(async () => t.close());

  /** A fresh project with a pass/fail review question, a sampling policy and (optionally) a routing policy. */
  async function project(sampling: Record<string, unknown>, routing?: Record<string, unknown>) {
    slugCount += 1;
    const slug = `bot-${slugCount}`;
    const created = await t.inject({
      method: 'POST',
      url: '/api/projects',
      payload: {
        name: `Support bot ${slugCount}`,
        slug,
        labelSchema: {
          questions: [{ name: 'verdict', type: 'single_choice', options: [{ value: 'good' }, { value: 'bad' }] }],
        },
      },
    });
    expect(created.statusCode).toBe(201);
    const put = await t.inject({ method: 'PUT', url: `/api/projects/${slug}/traces/sampling`, payload: sampling });
    expect(put.statusCode, put.body).toBe(200);
    if (routing) {
      const policy = await t.inject({ method: 'PUT', url: `/api/projects/${slug}/policy`, payload: routing });
      expect(policy.statusCode, policy.body).toBe(200);
    }
    return slug;
  }

  const send = (slug: string, traces: unknown[]) =>
    t.inject({ method: 'POST', url: `/api/projects/${slug}/traces`, payload: traces });

  const tracesOf = async (slug: string) => {
    const rows = await t.storage.db
      .selectFrom('traces')
      .innerJoin('projects', 'projects.id', 'traces.project_id')
      .select(['traces.trace_id', 'traces.sample_reason', 'traces.item_id'])
      .where('projects.slug', '=', slug)
      .orderBy('traces.id')
      .execute();
    return rows;
  };

  const rudeJudge = {
    name: 'polite',
    config: { kind: 'rule', field: 'output', checks: [{ type: 'not_contains', value: 'stupid' }], auto: true },
  };

  it('stores traces once per trace id (JSON array and JSONL), and reports bad rows by field', async () => {
    const slug = await project({ random: 0 });
    const first = await send(slug, [
      { traceId: 'a', input: 'hi', output: 'hello' },
      { traceId: 'b', input: 'q', output: 'r', feedback: { thumbs: 'meh' } },
      { traceId: 'c', input: { messages: [] }, output: 'ok', metadata: { locale: 'en' } },
    ]);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ received: 2, duplicates: 0, rejected: 1 });
    expect(first.json().errors).toEqual([{ row: 1, path: 'feedback.thumbs', message: expect.any(String) }]);
    const again = await t.inject({
      method: 'POST',
      url: `/api/projects/${slug}/traces`,
      headers: { 'content-type': 'application/x-ndjson' },
      payload: `${JSON.stringify({ traceId: 'a', input: 'hi', output: 'changed' })}\nnot json\n${JSON.stringify({ traceId: 'd', output: 'x' })}\n`,
    });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ received: 1, duplicates: 1, rejected: 1 });
    expect(again.json().errors).toEqual([{ row: 1, path: '', message: 'is not valid JSON' }]);
    expect((await tracesOf(slug)).map((r) => r.trace_id)).toEqual(['a', 'c', 'd']);
    const tooMany = await send(
      slug,
      Array.from({ length: 1_001 }, (_, i) => ({ traceId: `x${i}` })),
    );
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.details[0].path).toBe('body');
  });

  it('samples at the random rate, deterministically, and every thumbs-down', async () => {
    const slug = await project({ random: 0.1, seed: 'fixed' });
    const traces = Array.from({ length: 2_000 }, (_, i) => ({
      traceId: `trace-${i}`,
      input: `question ${i}`,
      output: `answer ${i}`,
      ...(i % 40 === 0 ? { feedback: { thumbs: 'down' } } : {}),
    }));
    for (let start = 0; start < traces.length; start += 1_000) {
      const response = await send(slug, traces.slice(start, start + 1_000));
      expect(response.statusCode).toBe(200);
    }
    const rows = await tracesOf(slug);
    const random = rows.filter((r) => r.sample_reason === 'random').length;
    const downs = rows.filter((r) => Number(r.trace_id.slice(6)) % 40 === 0);
    expect(downs.every((r) => r.sample_reason === 'thumbs_down')).toBe(true);
    // 1,950 traces without thumbs-down at 10 %: 195 expected; ±30 is over 4 standard deviations.
    expect(Math.abs(random - 195)).toBeLessThan(30);
    expect(rows.filter((r) => r.sample_reason !== null).every((r) => r.item_id !== null)).toBe(true);
    const items = await t.inject({ method: 'GET', url: `/api/projects/${slug}/items?limit=1000` });
    expect(items.json().items.length).toBe(random + downs.length);
    const item = items.json().items[0];
    expect(item.data).toMatchObject({ input: expect.any(String), output: expect.any(String) });
    expect(item.metadata).toMatchObject({ traceId: expect.any(String), sampleReason: expect.any(String) });
  });

  it('respects the daily caps, per reason and in total', async () => {
    const slug = await project({ random: 1, caps: { total: 10, perReason: { random: 4 } } });
    const traces = Array.from({ length: 30 }, (_, i) => ({
      traceId: `t${i}`,
      output: 'x',
      ...(i < 10 ? { feedback: { thumbs: 'down' } } : {}),
    }));
    await send(slug, traces.slice(10));
    await send(slug, traces.slice(0, 10));
    const rows = await tracesOf(slug);
    const by = (reason: string) => rows.filter((r) => r.sample_reason === reason).length;
    expect(by('random')).toBe(4);
    expect(by('thumbs_down')).toBe(6);
    const report = await t.inject({ method: 'GET', url: `/api/projects/${slug}/traces/report` });
    expect(report.json().totals).toMatchObject({ received: 30, sampled: 10, sampledBy: { random: 4, thumbs_down: 6 } });
  });

  it('samples a trace when an auto rule judge fails it, or contradicts the user', async () => {
    const slug = await project({ random: 0, judgeFail: true, thumbsDown: false });
    const judge = await t.inject({ method: 'POST', url: `/api/projects/${slug}/judges`, payload: rudeJudge });
    expect(judge.statusCode, judge.body).toBe(201);
    await send(slug, [
      { traceId: 'kind', output: 'Restart the router.' },
      { traceId: 'rude', output: 'What a stupid question.' },
      { traceId: 'liked-rude', output: 'stupid, but it works', feedback: { thumbs: 'up' } },
      { traceId: 'hated-kind', output: 'Please restart.', feedback: { thumbs: 'down' } },
    ]);
    expect((await tracesOf(slug)).every((r) => r.sample_reason === null)).toBe(true);
    await t.jobs.runUntilIdle();
    const rows = Object.fromEntries((await tracesOf(slug)).map((r) => [r.trace_id, r]));
    expect(rows.kind?.sample_reason).toBeNull();
    expect(rows.rude?.sample_reason).toBe('judge_fail');
    expect(rows['liked-rude']?.sample_reason).toBe('disagreement');
    expect(rows['hated-kind']?.sample_reason).toBe('disagreement');
    // The item carries the judge's verdict as a run (pre-label, routing, calibration).
    const runs = await t.storage.db
      .selectFrom('judge_runs')
      .select(['item_id', 'pass', 'state'])
      .where('item_id', '=', Number(rows.rude?.item_id))
      .execute();
    expect(runs).toEqual([{ item_id: Number(rows.rude?.item_id), pass: 0, state: 'done' }]);
  });

  it('routes an item whose judge disagrees with user feedback to a human queue', async () => {
    const slug = await project(
      { random: 1 },
      {
        rules: [
          { name: 'judge vs user', when: { feedbackDisagrees: true }, then: { action: 'escalate', k: 1 } },
          { name: 'thumbs down', when: { feedback: 'down' }, then: { action: 'review', k: 2 } },
        ],
        default: { action: 'review', k: 1 },
      },
    );
    await t.inject({ method: 'POST', url: `/api/projects/${slug}/judges`, payload: rudeJudge });
    await send(slug, [
      { traceId: 'agree', output: 'Please restart.', feedback: { thumbs: 'up' } },
      { traceId: 'disagree', output: 'Please restart.', feedback: { thumbs: 'down' } },
    ]);
    // A plain item with feedback in its data: the auto judge runs on it too (queued at ingest).
    const item = await t.inject({
      method: 'POST',
      url: `/api/projects/${slug}/items`,
      payload: { externalId: 'plain', data: { output: 'stupid', feedback: { thumbs: 'up' } } },
    });
    expect(item.statusCode).toBe(201);
    await t.jobs.runUntilIdle();
    const slots = async (externalId: string) => {
      const rows = await t.storage.db
        .selectFrom('tasks')
        .innerJoin('items', 'items.id', 'tasks.item_id')
        .innerJoin('projects', 'projects.id', 'items.project_id')
        .select('tasks.role')
        .where('projects.slug', '=', slug)
        .where('items.external_id', '=', externalId)
        .where('tasks.state', '=', 'queued')
        .execute();
      return rows.map((r) => r.role);
    };
    expect(await slots('trace:agree')).toEqual(['annotator']);
    expect(await slots('trace:disagree')).toEqual(['expert']);
    expect(await slots('plain')).toEqual(['expert']);
    // Feedback arriving later flips the item of `agree` to a disagreement.
    const late = await t.inject({
      method: 'POST',
      url: `/api/projects/${slug}/traces/feedback`,
      payload: [{ traceId: 'agree', thumbs: 'down' }, { traceId: 'nobody' }],
    });
    expect(late.statusCode, late.body).toBe(200);
    expect(late.json()).toMatchObject({ updated: 1, unknown: ['nobody'] });
    expect(await slots('trace:agree')).toEqual(['expert']);
  });

  it('samples on late thumbs-down feedback', async () => {
    const slug = await project({ random: 0 });
    await send(slug, [{ traceId: 'quiet', output: 'ok' }]);
    expect((await tracesOf(slug))[0]?.sample_reason).toBeNull();
    const late = await t.inject({
      method: 'POST',
      url: `/api/projects/${slug}/traces/feedback`,
      headers: { 'content-type': 'application/x-ndjson' },
      payload: `${JSON.stringify({ traceId: 'quiet', thumbs: 'down', comment: 'wrong' })}\n`,
    });
    expect(late.json()).toMatchObject({ updated: 1, sampled: 1 });
    const [row] = await tracesOf(slug);
    expect(row?.sample_reason).toBe('thumbs_down');
    expect(row?.item_id).not.toBeNull();
  });

  it('reports received, sampled, reviewed and the failure rate per slice and day', async () => {
    const slug = await project({ random: 0, review: { question: 'verdict', passValues: ['good'] } });
    const at = (day: number) => `2026-11-0${day}T12:00:00.000Z`;
    await send(slug, [
      { traceId: 'en1', output: 'a', metadata: { locale: 'en' }, timestamp: at(1), feedback: { thumbs: 'down' } },
      { traceId: 'en2', output: 'b', metadata: { locale: 'en' }, timestamp: at(1) },
      { traceId: 'fr1', output: 'c', metadata: { locale: 'fr' }, timestamp: at(1), feedback: { thumbs: 'down' } },
      { traceId: 'fr2', output: 'd', metadata: { locale: 'fr' }, timestamp: at(2), feedback: { thumbs: 'down' } },
    ]);
    const rows = Object.fromEntries((await tracesOf(slug)).map((r) => [r.trace_id, r]));
    const decide = async (traceId: string, verdict: string) => {
      const response = await t.inject({
        method: 'POST',
        url: `/api/projects/${slug}/items/${Number(rows[traceId]?.item_id)}/decision`,
        payload: { answer: { verdict }, reason: 'checked' },
      });
      expect(response.statusCode, response.body).toBeLessThan(300);
    };
    await decide('en1', 'bad');
    await decide('fr1', 'good');
    const report = await t.inject({
      method: 'GET',
      url: `/api/projects/${slug}/traces/report?from=2026-11-01T00:00:00Z&to=2026-11-03T00:00:00Z&slice=locale`,
    });
    expect(report.statusCode, report.body).toBe(200);
    const body = report.json();
    expect(body.totals).toMatchObject({
      received: 4,
      sampled: 3,
      reviewed: 2,
      failed: 1,
      assessed: 2,
      failureRate: 0.5,
    });
    expect(body.series).toEqual([
      expect.objectContaining({
        start: '2026-11-01T00:00:00.000Z',
        slice: 'en',
        received: 2,
        failed: 1,
        failureRate: 1,
      }),
      expect.objectContaining({
        start: '2026-11-01T00:00:00.000Z',
        slice: 'fr',
        received: 1,
        failed: 0,
        failureRate: 0,
      }),
      expect.objectContaining({
        start: '2026-11-02T00:00:00.000Z',
        slice: 'fr',
        sampled: 1,
        reviewed: 0,
        failureRate: null,
      }),
    ]);
    const bad = await t.inject({ method: 'GET', url: `/api/projects/${slug}/traces/report?bucket=hour` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toContain('bucket');
  });

  it('lets a token with an ingest role post traces; workers can neither post nor read them', async () => {
    const slug = await project({ random: 0 });
    const app = await t.userClient(`app-${engine}`, 'engineer');
    const worker = await t.userClient(`worker-${engine}`, 'annotator');
    const posted = await app.inject({
      method: 'POST',
      url: `/api/projects/${slug}/traces`,
      payload: [{ traceId: 'from-app', output: 'x' }],
    });
    expect(posted.statusCode).toBe(200);
    const refused = await worker.inject({
      method: 'POST',
      url: `/api/projects/${slug}/traces`,
      payload: [{ traceId: 'from-worker', output: 'x' }],
    });
    expect(refused.statusCode).toBe(403);
    for (const url of ['report', 'sampled', 'sampling']) {
      const read = await worker.inject({ method: 'GET', url: `/api/projects/${slug}/traces/${url}` });
      expect(read.statusCode).toBe(403);
    }
    const setPolicy = await app.inject({
      method: 'PUT',
      url: `/api/projects/${slug}/traces/sampling`,
      payload: { random: 1 },
    });
    expect(setPolicy.statusCode).toBe(403);
  });

  it("deletes a project's traces, verdicts, counters and sampling policies with the project", async () => {
    const slug = await project({ random: 1 });
    await t.inject({ method: 'POST', url: `/api/projects/${slug}/judges`, payload: rudeJudge });
    await send(slug, [{ traceId: 'bye', output: 'x', feedback: { thumbs: 'down' } }]);
    const projectId = (await t.inject({ method: 'GET', url: `/api/projects/${slug}` })).json().id as number;
    await t.inject({ method: 'POST', url: `/api/projects/${slug}/archive` });
    const deleted = await t.inject({ method: 'DELETE', url: `/api/projects/${slug}` });
    expect(deleted.statusCode, deleted.body).toBe(200);
    for (const table of ['traces', 'trace_verdicts', 'trace_sample_counts', 'sampling_policies'] as const) {
      const rows = await t.storage.db
        .selectFrom(table)
        .select('project_id')
        .where('project_id', '=', projectId)
        .execute();
      expect(rows, table).toEqual([]);
    }
  });
});
