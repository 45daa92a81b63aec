import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { download } from '../testing/export-fixtures.js';
import { spamItem, spamProject } from '../testing/fixtures.js';

describe.each(ENGINES)('snapshots on %s', (engine) => {
  let t: TestApp;
  let ids: number[];
  const base = '/api/projects/spam/snapshots';
  const decide = (itemId: number, verdict: string) =>
    t.inject({
      method: 'POST',
      url: `/api/projects/spam/items/${itemId}/decision`,
      payload: { answer: { verdict }, reason: 'test' },
    });

  beforeAll(async () => {
    t = await openTestApp(engine);
    await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject });
    const batch = await t.inject({
      method: 'POST',
      url: '/api/projects/spam/items/batch',
      payload: { items: [1, 2, 3, 4].map((index) => spamItem(index)) },
    });
    ids = batch.json().items.map((row: { id: number }) => row.id);
    await decide(ids[0] as number, 'spam');
    await decide(ids[1] as number, 'ham');
    await decide(ids[2] as number, 'ham');
  });
  afterAll(async () => t.close());

  it('takes a snapshot with counts, hashes, who and why, and audits it', async () => {
    const created = await t.inject({
      method: 'POST',
      url: base,
      payload: { name: 'train-v1', reason: 'model v1', filter: { status: 'decided' } },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: 'train-v1',
      reason: 'model v1',
      filter: { status: 'decided' },
      counts: { items: 3, decided: 3, perQuestion: { verdict: { answered: 3, values: { spam: 1, ham: 2 } } } },
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      schemaHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      createdBy: expect.any(Number),
    });
    const audit = await t.inject({ method: 'GET', url: '/api/audit' });
    expect(JSON.stringify(audit.json())).toContain('snapshot.created');
    const listed = await t.inject({ method: 'GET', url: base });
    expect(listed.json().snapshots.map((s: { name: string }) => s.name)).toEqual(['train-v1']);
  });

  it('exports a snapshot byte-identically whenever asked, even after items and decisions change', async () => {
    const first = (await t.inject({ method: 'GET', url: base })).json().snapshots[0];
    const formats = ['jsonl', 'csv', 'hf-jsonl', 'parquet', 'conll', 'label-studio'];
    const before = await Promise.all(
      formats.map((format) => download(t, `${base}/${first.id}/export?format=${format}`)),
    );
    for (const file of before) expect(file.status).toBe(200);
    // Change the live data: item 1 deleted (a decided item's content never changes in place),
    // a new decision for item 2, a new item decided.
    await t.inject({ method: 'DELETE', url: `/api/projects/spam/items/${ids[0]}` });
    await decide(ids[1] as number, 'spam');
    await decide(ids[3] as number, 'spam');
    const after = await Promise.all(
      formats.map((format) => download(t, `${base}/${first.id}/export?format=${format}`)),
    );
    formats.forEach((format, index) => {
      expect(Buffer.compare(after[index]?.bytes as Buffer, before[index]?.bytes as Buffer), format).toBe(0);
    });
    expect(before[0]?.text).toContain('Hello Ada, message number 1');
  });

  it('diffs two snapshots: added, removed and label changed per question', async () => {
    const first = (await t.inject({ method: 'GET', url: base })).json().snapshots[0];
    // Since the first: item 1 was deleted (so out of the "decided" filter), item 2 was
    // relabelled, item 4 was decided.
    const second = (
      await t.inject({ method: 'POST', url: base, payload: { reason: 'model v2', filter: { status: 'decided' } } })
    ).json();
    expect(second.name).toBe(`snapshot-${second.id}`);
    expect(second.contentHash).not.toBe(first.contentHash);
    const diff = await t.inject({ method: 'GET', url: `${base}/${second.id}/diff?against=${first.id}` });
    expect(diff.statusCode).toBe(200);
    expect(diff.json()).toEqual({
      from: first.id,
      to: second.id,
      added: { count: 1, itemIds: [ids[3]] },
      removed: { count: 1, itemIds: [ids[0]] },
      labelChanged: { verdict: { count: 1, itemIds: [ids[1]] } },
      unchanged: 1,
    });
    const reverse = (await t.inject({ method: 'GET', url: `${base}/${first.id}/diff?against=${second.id}` })).json();
    expect(reverse).toMatchObject({ added: { itemIds: [ids[0]] }, removed: { count: 1, itemIds: [ids[3]] } });
  });

  it('answers 404 for an unknown snapshot and 400 for a bad id, naming the field', async () => {
    const missing = await t.inject({ method: 'GET', url: `${base}/999999` });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('SNAPSHOT_NOT_FOUND');
    const bad = await t.inject({ method: 'GET', url: `${base}/1/diff?against=abc` });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error.details)).toContain('against');
  });
});
