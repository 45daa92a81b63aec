import { type Kysely, sql } from 'kysely';
import { columnTypes, type Engine, tuneHotTable } from './dialect.js';

/**
 * Issue 10 point 1: a claim whose cost does not grow with the table or with how far ahead a
 * person is. The shared queue index held every open slot, including the slots of items a person
 * already answered, so a person far ahead walked past all of them on every claim. Now:
 * - `tasks_fresh` holds only never-claimed open slots, `tasks_returned` the claimed-at-least-once
 *   ones (leased, lapsed, released) by lease expiry, so leased slots at the head cost nothing;
 * - `claim_people` is the per-person row a claim locks (the lease limit becomes atomic per
 *   project) and holds the claim counters gold serving needs (no count over the person's tasks);
 * - `claim_cursors` remembers, per person and priority level, the fresh slot they claimed last:
 *   every fresh slot before it is on an item they already hold, answered or skipped.
 */
export async function addClaimCursors(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = columnTypes(engine);
  await db.schema
    .createTable('claim_people')
    .addColumn('project_id', t.bigint, (c) => c.notNull())
    .addColumn('user_id', t.bigint, (c) => c.notNull())
    .addColumn('roles', 'text', (c) => c.notNull())
    .addColumn('claims', t.bigint, (c) => c.notNull())
    .addColumn('gold_claims', t.bigint, (c) => c.notNull())
    .addColumn('rescanned_at', t.bigint, (c) => c.notNull())
    .addPrimaryKeyConstraint('claim_people_pk', ['project_id', 'user_id'])
    .execute();
  await db.schema
    .createTable('claim_cursors')
    .addColumn('project_id', t.bigint, (c) => c.notNull())
    .addColumn('user_id', t.bigint, (c) => c.notNull())
    .addColumn('priority', 'integer', (c) => c.notNull())
    .addColumn('task_id', t.bigint, (c) => c.notNull())
    .addPrimaryKeyConstraint('claim_cursors_pk', ['project_id', 'user_id', 'priority'])
    .execute();
  // Counters as gold serving counted them before (slots a person holds or held in the project).
  await sql`insert into claim_people (project_id, user_id, roles, claims, gold_claims, rescanned_at)
    select project_id, claimed_by, '', count(*), sum(case when phase = 'gold' then 1 else 0 end), 0
    from tasks where claimed_by is not null group by project_id, claimed_by`.execute(db);
  // Released and re-opened slots used to lose their claim time; from now on it stays, marking
  // them "returned". Slots already released stay in the fresh index, which only costs order.
  await db.schema
    .createIndex('tasks_fresh')
    .on('tasks')
    .columns(['project_id', 'priority desc', 'id'])
    .where(sql.ref('state'), '=', 'queued')
    .where(sql.ref('claimed_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('tasks_returned')
    .on('tasks')
    .columns(['project_id', 'available_at'])
    .where(sql.ref('state'), '=', 'queued')
    .where(sql.ref('claimed_at'), 'is not', null)
    .execute();
  await db.schema.dropIndex('tasks_queue').execute();
  await db.schema.createIndex('task_skips_user').on('task_skips').columns(['user_id', 'item_id']).execute();
  await tuneHotTable(engine, db, 'tasks');
}
