import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectItemsPage, selectRawItemsPage } from '../items/store.js';
import { CreateProjectBody } from '../projects/contracts.js';
import { createProject } from '../projects/service.js';
import type { Project } from '../projects/store.js';
import { ENGINES, openTestStorage } from '../testing/engines.js';
import { spamProject } from '../testing/fixtures.js';
import { type UpsertedItem, upsertItems } from './bulk-insert.js';
import { migrateToLatest } from './migrations.js';
import type { Storage } from './storage.js';

/** The storage suite: the same assertions on every engine in ENGINES. */
describe.each(ENGINES)('storage on %s', (engine) => {
  let storage: Storage;
  let project: Project;
  beforeAll(async () => {
    storage = await openTestStorage(engine);
    project = await createProject(storage, CreateProjectBody.parse(spamProject), null);
  });
  afterAll(async () => storage.close());

  const row = (externalId: string | null, data: unknown, confidence: number | null = 0.5) => ({
    externalId,
    data: JSON.stringify(data),
    prediction: JSON.stringify({ verdict: 'spam' }),
    confidence,
    metadata: JSON.stringify({ tags: ['a', 'ünï'], risk: 'high' }),
    goldAnswer: null,
  });

  const upsert = (projectId: number, rows: ReturnType<typeof row>[], now: number) =>
    storage.db.transaction().execute((trx) =>
      upsertItems(
        storage,
        trx,
        projectId,
        rows.map((r) => ({ ...r, status: 'pending', deadlineAt: null, slots: null })),
        now,
      ).then((results) => results as UpsertedItem[]),
    );

  it('migrations are idempotent', async () => {
    const again = await migrateToLatest(storage.db as unknown as Kysely<unknown>, storage.engine);
    expect(again.applied).toEqual([]);
  });

  it('upserts in order and counts revisions per external id', async () => {
    const first = await upsert(
      project.id,
      [row('x-1', { n: 1 }), row(null, { n: 2 }), row('x-2', { n: 3 }), row(null, { n: 4 })],
      1_000,
    );
    expect(first.map((r) => r.revision)).toEqual([1, 1, 1, 1]);
    expect(new Set(first.map((r) => r.id)).size).toBe(4);
    const second = await upsert(project.id, [row('x-2', { n: 30 }), row('x-1', { n: 10 })], 2_000);
    expect(second).toEqual([
      { id: first[2]?.id, revision: 2 },
      { id: first[0]?.id, revision: 2 },
    ]);
    const items = await selectItemsPage(storage, project.id, {}, 0, 10);
    expect(items.map((i) => i.data)).toEqual([{ n: 10 }, { n: 2 }, { n: 30 }, { n: 4 }]);
    expect(items[0]).toMatchObject({ createdAt: 1_000, updatedAt: 2_000, revision: 2 });
  });

  it('round-trips JSON exactly, including Unicode and nesting', async () => {
    const data = {
      text: 'I ❤️ 🍕 — naïve 東京',
      nested: { list: [1, 'two', null, { deep: true }] },
      quote: 'say "hi"\\n',
    };
    const [stored] = await upsert(project.id, [row('json-1', data, null)], 3_000);
    const items = await selectItemsPage(storage, project.id, {}, (stored?.id ?? 1) - 1, 1);
    expect(items[0]?.data).toEqual(data);
    expect(items[0]?.confidence).toBeNull();
    const raw = await selectRawItemsPage(storage, project.id, {}, (stored?.id ?? 1) - 1, 1);
    expect(JSON.parse(raw[0]?.data ?? 'null')).toEqual(data);
  });

  it('filters by tag (including non-ASCII), status and confidence', async () => {
    const tagged = await selectItemsPage(storage, project.id, { tag: 'ünï' }, 0, 100);
    expect(tagged.length).toBeGreaterThan(0);
    expect(await selectItemsPage(storage, project.id, { tag: 'missing' }, 0, 100)).toEqual([]);
    const confident = await selectItemsPage(storage, project.id, { minConfidence: 0.5, status: 'pending' }, 0, 100);
    expect(confident.every((i) => (i.confidence ?? 0) >= 0.5)).toBe(true);
  });

  it('keeps external ids unique per project, not across projects', async () => {
    const other = await createProject(storage, CreateProjectBody.parse({ ...spamProject, slug: 'other' }), null);
    const [mine] = await upsert(other.id, [row('x-1', { other: true })], 4_000);
    expect(mine?.revision).toBe(1);
  });

  it('opens the review slots of created rows in the same write, and none for updates', async () => {
    const slots = { k: 2, role: 'annotator', priority: 3, audit: false };
    const write = (rows: ReturnType<typeof row>[], now: number) =>
      storage.db.transaction().execute((trx) =>
        upsertItems(
          storage,
          trx,
          project.id,
          rows.map((r) => ({ ...r, status: 'queued', deadlineAt: null, slots })),
          now,
        ).then((results) => results as UpsertedItem[]),
      );
    const [created, anonymous] = await write([row('slots-1', { n: 1 }), row(null, { n: 2 })], 5_000);
    const [updated] = await write([row('slots-1', { n: 3 })], 6_000);
    expect(updated?.id).toBe(created?.id);
    const tasks = await storage.db
      .selectFrom('tasks')
      .select(['item_id', 'priority', 'role'])
      .where('item_id', 'in', [created?.id ?? 0, anonymous?.id ?? 0])
      .execute();
    expect(tasks).toHaveLength(4);
    expect(tasks.every((t) => t.priority === 3 && t.role === 'annotator')).toBe(true);
  });
});
