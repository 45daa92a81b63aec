import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { spamItem, spamProject } from '../testing/fixtures.js';
import { reviewer } from '../testing/review-driver.js';

/** The data explorer over HTTP (issue 14): search, filters, item page, actions, bulk actions. */
describe.each(ENGINES)('data explorer on %s', (engine) => {
  let t: TestApp;
  let ada: Awaited<ReturnType<TestApp['userClient']>>;
  const base = '/api/projects/spam';
  const ids = new Map<number, number>();
  const explore = async (query: string) => {
    const response = await t.inject({ method: 'GET', url: `${base}/explore?${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as {
      items: { id: number; externalId: string; status: string; decision: unknown; confidence: number }[];
      total: number;
      totalCapped: boolean;
    };
  };
  const externalIds = async (query: string) => (await explore(query)).items.map((row) => row.externalId).sort();

  beforeAll(async () => {
    t = await openTestApp(engine);
    await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject });
    const rows = Array.from({ length: 12 }, (_, index) =>
      spamItem(index + 1, {
        metadata: {
          tags: [index % 3 === 0 ? 'hard' : 'easy'],
          source: index < 6 ? 'web' : 'mail',
          ...(index < 4 ? { modelVersion: 'nb-7' } : {}),
        },
      }),
    );
    rows[4] = spamItem(5, { data: { text: 'A Zeppelin over Lyon, Ünïcode too' } });
    const report = await t.inject({ method: 'POST', url: `${base}/items/batch`, payload: { items: rows } });
    for (const row of report.json().items) ids.set(Number(row.externalId.split('-')[1]), row.id);
    ada = await t.userClient('ada', 'annotator');
    // Ada answers the first six items she is handed: spam for even mail numbers.
    const session = reviewer(ada.inject, 'spam');
    for (let i = 0; i < 6; i += 1) {
      const claimed = await session.claim();
      const n = Number(String(claimed.body.item.externalId).split('-')[1]);
      await session.submit(claimed.body.task.id, { verdict: n % 2 === 0 ? 'spam' : 'ham' });
    }
  });
  afterAll(async () => t.close());

  it('searches item data by word prefixes and keeps the index in step with upserts and deletes', async () => {
    expect(await externalIds('q=zeppel')).toEqual(['mail-5']);
    // Accents: SQLite folds them (FTS5 remove_diacritics), PostgreSQL's "simple" search does not.
    expect(await externalIds(`q=${encodeURIComponent('ünïcode')}`)).toEqual(['mail-5']);
    expect((await explore('q=acme')).total).toBe(11);
    expect((await explore('q=hello%20number%2011')).items.map((r) => r.externalId)).toEqual(['mail-11']);
    // Keys are not searched: every item has a "text" field.
    expect((await explore('q=text')).total).toBe(0);

    // An upsert of an item nobody answered yet replaces its words in the index (answered or
    // decided items are never rewritten by ingest: issue 8).
    const fresh = (text: string) => spamItem(98, { confidence: 0.5, data: { text } });
    const first = await t.inject({ method: 'POST', url: `${base}/items`, payload: fresh('A zeppelin-shaped balloon') });
    expect(await externalIds('q=balloon')).toEqual(['mail-98']);
    await t.inject({ method: 'POST', url: `${base}/items`, payload: fresh('Now about a blimp') });
    expect((await explore('q=balloon')).total).toBe(0);
    expect(await externalIds('q=blimp')).toEqual(['mail-98']);
    await t.inject({ method: 'DELETE', url: `${base}/items/${first.json().id}` });

    const added = await t.inject({
      method: 'POST',
      url: `${base}/items`,
      payload: spamItem(99, { data: { text: 'A walrus' } }),
    });
    expect(await externalIds('q=walrus')).toEqual(['mail-99']);
    await t.inject({ method: 'DELETE', url: `${base}/items/${added.json().id}` });
    expect((await explore('q=walrus')).total).toBe(0);
  });

  it('filters by status, decided label, annotator, confidence, model version, tags and metadata', async () => {
    const decided = await explore('status=decided');
    expect(decided.total).toBe(6);
    const spam = await explore('label=verdict:spam');
    expect(spam.items.every((row) => (row.decision as { answer: { verdict: string } }).answer.verdict === 'spam')).toBe(
      true,
    );
    expect(spam.total + (await explore('label=verdict:ham')).total).toBe(6);
    expect((await explore(`annotator=${ada.id}`)).total).toBe(6);
    expect((await explore(`annotator=${ada.id}&minAgreement=1`)).total).toBe(6);
    expect(await externalIds('minConfidence=0.03&maxConfidence=0.05')).toEqual(['mail-3', 'mail-4', 'mail-5']);
    expect(await externalIds('modelVersion=nb-7')).toEqual(['mail-1', 'mail-2', 'mail-3', 'mail-4']);
    expect((await explore('tag=hard')).total).toBe(4);
    expect((await explore('meta=source:mail')).total).toBe(6);
    expect((await explore('meta=source:mail&tag=hard')).total).toBe(2);
    const today = new Date().toISOString().slice(0, 10);
    expect((await explore(`createdFrom=${today}&createdTo=${today}`)).total).toBe(12);
    expect((await explore('createdTo=2001-01-01')).total).toBe(0);
  });

  it('sorts and pages with a count', async () => {
    const first = await explore('sort=-confidence&pageSize=5');
    expect(first.total).toBe(12);
    expect(first.items.map((row) => row.confidence)).toEqual([0.12, 0.11, 0.1, 0.09, 0.08]);
    const third = await explore('sort=-confidence&pageSize=5&page=3');
    expect(third.items.map((row) => row.confidence)).toEqual([0.02, 0.01]);
    const oldest = await explore('sort=id&pageSize=1');
    expect(oldest.items[0]?.externalId).toBe('mail-1');
  });

  it('answers bad filters with a 400 naming the field', async () => {
    for (const [query, field] of [
      ['label=verdict', 'label'],
      ['minConfidence=2', 'minConfidence'],
      ['sort=colour', 'sort'],
      ['createdFrom=yesterday', 'createdFrom'],
      ['gold=maybe', 'gold'],
      ['pageSize=0', 'pageSize'],
    ] as const) {
      const response = await t.inject({ method: 'GET', url: `${base}/explore?${query}` });
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.details[0].path, query).toBe(`query.${field}`);
    }
  });

  it('shows everything that happened to an item and acts on it', async () => {
    const decidedRow = (await explore('status=decided&sort=id&pageSize=1')).items[0];
    if (!decidedRow) throw new Error('no decided item');
    const url = `${base}/items/${decidedRow.id}`;
    const details = (await t.inject({ method: 'GET', url: `${url}/details` })).json();
    expect(details.responses).toHaveLength(1);
    expect(details.responses[0].person.username).toBe('ada');
    expect(details.decisions.at(-1)).toMatchObject({ method: 'consensus', supersededBy: null });
    expect(details.slots[0]).toMatchObject({ phase: 'review', state: 'done', claimedBy: { username: 'ada' } });

    const sent = await t.inject({ method: 'POST', url: `${url}/send-back`, payload: { reason: 'Looks wrong' } });
    expect(sent.json().status).toBe('queued');
    const bob = await t.userClient('bob', 'annotator');
    const claimed = await t.inject({
      method: 'POST',
      url: `${url}/claim`,
      headers: { authorization: `Bearer ${bob.token}` },
    });
    expect(claimed.statusCode, claimed.body).toBe(200);
    // Bob agrees with Ada: consensus over both answers decides again.
    await reviewer(bob.inject, 'spam').submit(claimed.json().task.id, details.responses[0].answer);

    const override = await t.inject({
      method: 'POST',
      url: `${url}/decision`,
      payload: { answer: { verdict: 'ham' }, reason: 'Known sender' },
    });
    expect(override.statusCode).toBe(201);
    const after = (await t.inject({ method: 'GET', url: `${url}/details` })).json();
    expect(after.responses.map((r: { person: { username: string } }) => r.person.username)).toEqual(['ada', 'bob']);
    expect(after.decisions.map((d: { method: string }) => d.method)).toEqual(['consensus', 'consensus', 'override']);
    expect(after.decisions.at(-1).decidedByUsername).toBe('admin');
    expect(after.audit.map((a: { action: string }) => a.action)).toContain('item.sent_back');

    const wrongGold = await t.inject({ method: 'POST', url: `${url}/gold`, payload: { answer: { verdict: 'eggs' } } });
    expect(wrongGold.statusCode).toBe(422);
    expect(wrongGold.json().error.details[0].path).toBe('answer.verdict');
    const gold = await t.inject({ method: 'POST', url: `${url}/gold`, payload: { answer: { verdict: 'ham' } } });
    expect(gold.json().status).toBe('gold');
    expect((await explore('gold=true')).items.map((row) => row.id)).toEqual([decidedRow.id]);
    const goldBack = await t.inject({ method: 'POST', url: `${url}/send-back`, payload: {} });
    expect(goldBack.json().error.code).toBe('ITEM_NOT_ELIGIBLE');
  });

  it('reports a problem from the item page and finds reported items', async () => {
    const queued = (await explore('status=queued&sort=id&pageSize=1')).items[0];
    if (!queued) throw new Error('no queued item');
    const reported = await t.inject({
      method: 'POST',
      url: `${base}/items/${queued.id}/reports`,
      payload: { reason: 'The attachment is missing' },
    });
    expect(reported.statusCode).toBe(201);
    expect((await explore('reported=true')).items.map((row) => row.id)).toEqual([queued.id]);
    expect((await explore('status=reported')).total).toBe(1);
    await t.inject({
      method: 'POST',
      url: `${base}/reports/${reported.json().id}/resolve`,
      payload: { action: 'requeue' },
    });
    expect((await explore('reported=true')).total).toBe(0);
    expect((await t.inject({ method: 'GET', url: `${base}/items/${queued.id}` })).json().status).toBe('queued');
  });

  it('acts on a filtered selection only when the caller saw all of it, and exports it', async () => {
    const selection = await explore('meta=source:mail&status=queued');
    const body = { action: 'archive', filter: { meta: 'source:mail', status: 'queued' } };
    const stale = await t.inject({
      method: 'POST',
      url: `${base}/explore/bulk`,
      payload: { ...body, confirm: selection.total - 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('SELECTION_CHANGED');

    const exported = await t.inject({ method: 'GET', url: `${base}/explore/export?meta=source:mail&status=queued` });
    const lines = exported.body.trim().split('\n');
    expect(lines).toHaveLength(selection.total);
    expect(JSON.parse(lines[0] as string).metadata.source).toBe('mail');

    const done = await t.inject({
      method: 'POST',
      url: `${base}/explore/bulk`,
      payload: { ...body, confirm: selection.total },
    });
    expect(done.json()).toMatchObject({
      action: 'archive',
      matched: selection.total,
      done: selection.total,
      skipped: [],
    });
    expect((await explore('status=archived')).total).toBe(selection.total);
    // Archived items are out of the queue: nobody is handed them.
    expect((await explore('meta=source:mail&status=queued')).total).toBe(0);

    const badFilter = await t.inject({
      method: 'POST',
      url: `${base}/explore/bulk`,
      payload: { action: 'delete', filter: { minConfidence: 'lots' }, confirm: 1 },
    });
    expect(badFilter.statusCode).toBe(400);
    expect(badFilter.json().error.details[0].path).toBe('filter.minConfidence');

    const decided = await explore('status=decided');
    const gold = await t.inject({
      method: 'POST',
      url: `${base}/explore/bulk`,
      payload: { action: 'mark_gold', itemIds: decided.items.map((row) => row.id), confirm: decided.total },
    });
    expect(gold.json()).toMatchObject({ matched: decided.total, done: decided.total });
    expect((await explore('status=decided')).total).toBe(0);
  });

  it('keeps explorer actions to managers', async () => {
    const viewer = await t.userClient('vera', 'viewer');
    const page = await viewer.inject({ method: 'GET', url: `${base}/explore` });
    expect(page.statusCode).toBe(200);
    const bulk = await viewer.inject({
      method: 'POST',
      url: `${base}/explore/bulk`,
      payload: { action: 'delete', itemIds: [ids.get(1)], confirm: 1 },
    });
    expect(bulk.statusCode).toBe(403);
  });
});

describe.each(ENGINES)('duplicating a project on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(engine);
  });
  afterAll(async () => t.close());

  it('copies the setup (schema, guidelines, policy, members) and none of the items', async () => {
    await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject });
    await t.inject({ method: 'PUT', url: '/api/projects/spam/policy', payload: { consensus: { threshold: 0.8 } } });
    const ada = await t.userClient('ada', 'annotator');
    await t.inject({ method: 'PUT', url: '/api/projects/spam/members', payload: { userIds: [ada.id] } });
    await t.inject({ method: 'POST', url: '/api/projects/spam/items', payload: spamItem(1) });

    const copy = await t.inject({ method: 'POST', url: '/api/projects/spam/duplicate', payload: { slug: 'spam-two' } });
    expect(copy.statusCode, copy.body).toBe(201);
    expect(copy.json()).toMatchObject({
      slug: 'spam-two',
      name: 'Spam triage (copy)',
      guidelines: spamProject.guidelines,
    });
    const policy = (await t.inject({ method: 'GET', url: '/api/projects/spam-two/policy' })).json();
    expect(policy.policy.consensus.threshold).toBe(0.8);
    expect((await t.inject({ method: 'GET', url: '/api/projects/spam-two/members' })).json().userIds).toEqual([ada.id]);
    expect((await t.inject({ method: 'GET', url: '/api/projects/spam-two/explore' })).json().total).toBe(0);
    const audit = (await t.inject({ method: 'GET', url: '/api/audit?action=project.duplicated' })).json();
    expect(audit.records[0].details.from.slug).toBe('spam');

    const again = await t.inject({
      method: 'POST',
      url: '/api/projects/spam/duplicate',
      payload: { slug: 'spam-two' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details[0].path).toBe('slug');
  });
});
