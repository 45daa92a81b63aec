import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { spamItem, spamProject } from '../testing/fixtures.js';
import { reviewer } from '../testing/review-driver.js';

const policy = {
  rules: [
    { when: { confidence: { gte: 0.95 } }, then: { action: 'auto_accept' } },
    { when: { risk: 'high' }, then: { action: 'escalate', k: 1, role: 'expert', priority: 5 } },
    { when: { tags: { any: ['parked'] } }, then: { action: 'hold' } },
  ],
  default: { action: 'review', k: 3, role: 'annotator' },
  consensus: { threshold: 0.9 },
};

describe.each(ENGINES)('work engine on %s', (engine) => {
  let t: TestApp;
  let ada: ReturnType<typeof reviewer>;
  let grace: ReturnType<typeof reviewer>;
  let alan: ReturnType<typeof reviewer>;
  let rosalind: ReturnType<typeof reviewer>;
  let marie: ReturnType<typeof reviewer>;
  const items = '/api/projects/spam/items';

  beforeAll(async () => {
    t = await openTestApp(engine);
    await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject });
    const put = await t.inject({ method: 'PUT', url: '/api/projects/spam/policy', payload: policy });
    expect(put.json().version).toBe(1);
    ada = reviewer((await t.userClient('ada', 'annotator')).inject, 'spam');
    grace = reviewer((await t.userClient('grace', 'annotator')).inject, 'spam');
    alan = reviewer((await t.userClient('alan', 'annotator')).inject, 'spam');
    rosalind = reviewer((await t.userClient('rosalind', 'reviewer')).inject, 'spam');
    marie = reviewer((await t.userClient('marie', 'expert')).inject, 'spam');
  });
  afterAll(async () => t.close());

  it('routes by confidence, risk and tags, recording the policy version', async () => {
    const auto = await t.inject({ method: 'POST', url: items, payload: spamItem(1, { confidence: 0.97 }) });
    expect(auto.statusCode).toBe(201);
    expect(auto.json()).toMatchObject({
      status: 'decided',
      decision: { method: 'auto', policyVersion: 1, answer: { verdict: 'ham' } },
    });

    const risky = await t.inject({ method: 'POST', url: items, payload: spamItem(2, { metadata: { risk: 'high' } }) });
    expect(risky.json()).toMatchObject({ status: 'queued', decision: null });
    const parked = await t.inject({
      method: 'POST',
      url: items,
      payload: spamItem(3, { metadata: { tags: ['parked'] } }),
    });
    expect(parked.json().status).toBe('held');

    // Only the expert may take the escalated item; annotators see the queue as empty.
    expect((await ada.claim()).body.error.code).toBe('QUEUE_EMPTY');
    const expertTask = await marie.claim();
    expect(expertTask.body.item.id).toBe(risky.json().id);
    const submitted = await marie.submit(expertTask.body.task.id, { verdict: 'spam' });
    expect(submitted.body).toMatchObject({ itemStatus: 'decided', decision: { method: 'consensus', agreement: 1 } });
  });

  it('rejects a bad policy with the field path', async () => {
    const bad = await t.inject({
      method: 'PUT',
      url: '/api/projects/spam/policy',
      payload: { rules: [{ when: { confidence: { gte: 2 } }, then: { action: 'review', k: 0 } }] },
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toContain('rules.0.when.confidence.gte');
    expect(paths).toContain('rules.0.then.k');
    const annotatorTries = await t.inject({
      method: 'PUT',
      url: '/api/projects/spam/policy',
      payload: {},
      headers: { authorization: `Bearer ${(await t.userClient('mallory', 'annotator')).token}` },
    });
    expect(annotatorTries.statusCode).toBe(403);
  });

  it('gives each of k people a distinct slot, decides by consensus, and never re-offers an item', async () => {
    const added = await t.inject({ method: 'POST', url: items, payload: spamItem(10, { confidence: 0.5 }) });
    const itemId = added.json().id;
    const a = await ada.claim();
    expect(a.body.item.id).toBe(itemId);
    // Ada holds this item: her next claim must not be the same item (queue has nothing else).
    expect((await ada.claim()).body.error.code).toBe('QUEUE_EMPTY');
    const g = await grace.claim();
    const l = await alan.claim();
    expect(new Set([a.body.task.id, g.body.task.id, l.body.task.id]).size).toBe(3);
    expect((await rosalind.claim()).body.error.code).toBe('QUEUE_EMPTY'); // all 3 slots held

    await ada.submit(a.body.task.id, { verdict: 'spam' });
    await grace.submit(g.body.task.id, { verdict: 'spam' });
    const last = await alan.submit(l.body.task.id, { verdict: 'spam' });
    expect(last.body).toMatchObject({
      itemStatus: 'decided',
      decision: { method: 'consensus', agreement: 1, answer: { verdict: 'spam' } },
    });
    expect(last.body.decision.responseIds).toHaveLength(3);
    expect((await ada.claim()).body.error.code).toBe('QUEUE_EMPTY');
  });

  it('sends disagreement to adjudication, where the reviewer sees every response', async () => {
    const added = await t.inject({ method: 'POST', url: items, payload: spamItem(20, { confidence: 0.5 }) });
    const itemId = added.json().id;
    for (const [person, verdict] of [
      [ada, 'spam'],
      [grace, 'ham'],
      [alan, 'spam'],
    ] as const) {
      const claimed = await person.claim();
      await person.submit(claimed.body.task.id, { verdict });
    }
    const item = await t.inject({ method: 'GET', url: `${items}/${itemId}` });
    expect(item.json().status).toBe('adjudication');
    expect((await ada.claim()).body.error.code).toBe('QUEUE_EMPTY'); // annotators cannot adjudicate

    const task = await rosalind.claim();
    expect(task.body.task.phase).toBe('adjudication');
    expect(task.body.adjudication.responses.map((r: { username: string }) => r.username)).toEqual([
      'ada',
      'grace',
      'alan',
    ]);
    expect(task.body.adjudication.agreement).toBeCloseTo(2 / 3);
    const decided = await rosalind.submit(task.body.task.id, { verdict: 'ham' });
    expect(decided.body.decision).toMatchObject({ method: 'adjudicated', answer: { verdict: 'ham' } });
    expect(decided.body.decision.responseIds).toHaveLength(4);

    // A manager overrides; the adjudicated decision stays in the history.
    const override = await t.inject({
      method: 'POST',
      url: `${items}/${itemId}/decision`,
      payload: { answer: { verdict: 'spam' }, reason: 'sender is a known spammer' },
    });
    expect(override.statusCode).toBe(201);
    const history = await t.inject({ method: 'GET', url: `${items}/${itemId}/decisions` });
    const [first, second] = history.json().decisions;
    expect(first).toMatchObject({ method: 'adjudicated', supersededBy: second.id });
    expect(second).toMatchObject({ method: 'override', supersededBy: null, reason: 'sender is a known spammer' });
    const current = await t.inject({ method: 'GET', url: `${items}/${itemId}/decision` });
    expect(current.json().method).toBe('override');
  });

  it('validates answers, counts an idempotent retry once, and refuses a taken slot', async () => {
    await t.inject({ method: 'POST', url: items, payload: spamItem(30, { confidence: 0.5 }) });
    const claimed = await ada.claim();
    const bad = await ada.submit(claimed.body.task.id, { verdict: 'maybe' });
    expect(bad.status).toBe(422);
    expect(bad.body.error).toMatchObject({ code: 'SCHEMA_MISMATCH', details: [{ path: 'answer.verdict' }] });
    const missing = await ada.submit(claimed.body.task.id, {});
    expect(missing.body.error.details[0].path).toBe('answer.verdict');

    const once = await ada.submit(claimed.body.task.id, { verdict: 'spam' }, { idempotencyKey: 'k-30' });
    const again = await ada.submit(claimed.body.task.id, { verdict: 'spam' }, { idempotencyKey: 'k-30' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ replayed: true, responseId: once.body.responseId });
    const noKey = await ada.submit(claimed.body.task.id, { verdict: 'spam' });
    expect(noKey.body.error.code).toBe('ALREADY_ANSWERED');

    const other = await grace.claim();
    const stolen = await alan.submit(other.body.task.id, { verdict: 'ham' });
    expect(stolen.status).toBe(409);
    expect(stolen.body.error.code).toBe('LEASE_LOST');
    await grace.release(other.body.task.id);
    const third = await alan.claim();
    await alan.submit(third.body.task.id, { verdict: 'spam' });
    const rest = await grace.claim();
    const done = await grace.submit(rest.body.task.id, { verdict: 'spam' });
    expect(done.body.itemStatus).toBe('decided');
    const responses = await t.storage.db
      .selectFrom('responses')
      .select('user_id')
      .where('item_id', '=', claimed.body.item.id)
      .execute();
    expect(responses).toHaveLength(3);
  });

  it('caps leases at two, extends them, and does not re-offer a skipped item while other work exists', async () => {
    for (const i of [40, 41, 42])
      await t.inject({ method: 'POST', url: items, payload: spamItem(i, { confidence: 0.5 }) });
    const first = await ada.claim();
    const second = await ada.claim();
    const third = await ada.claim();
    expect(third.status).toBe(409);
    expect(third.body.error.code).toBe('LEASE_LIMIT');
    const beat = await ada.heartbeat(first.body.task.id);
    expect(Date.parse(beat.body.leaseExpiresAt)).toBeGreaterThanOrEqual(Date.parse(first.body.task.leaseExpiresAt));

    expect((await ada.skip(first.body.task.id)).status).toBe(204);
    const next = await ada.claim();
    expect(next.body.item.id).not.toBe(first.body.item.id);
    await ada.release(second.body.task.id);
    await ada.release(next.body.task.id);
    expect((await ada.heartbeat(next.body.task.id)).body.error.code).toBe('LEASE_LOST');
  });

  it('exports each decided item with its current decision', async () => {
    const exported = await t.inject({ method: 'GET', url: '/api/projects/spam/export?format=jsonl' });
    const rows = exported.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const auto = rows.find((row) => row.externalId === 'mail-1');
    expect(auto.decision).toMatchObject({ method: 'auto', answer: { verdict: 'ham' }, agreement: null });
    const overridden = rows.find((row) => row.externalId === 'mail-20');
    expect(overridden.decision).toMatchObject({ method: 'override', answer: { verdict: 'spam' } });
    expect(rows.find((row) => row.status === 'queued').decision).toBeNull();
  });
});
