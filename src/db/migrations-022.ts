import { type Kysely, sql } from 'kysely';
import type { Engine } from './dialect.js';

/**
 * Issue 12 point 2: queue ordering strategies at a bounded claim cost. Each slot carries a
 * precomputed sort key `rank` (lower first, 0 for `oldest`), written when the slot opens and when
 * predictions are refreshed; the fresh index orders by (priority, rank, id), so a claim still
 * reads the head of one index range instead of sorting. Cursors remember the rank of the slot
 * they stand on, so they compare (rank, id).
 */
export async function addTaskRank(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  await sql`alter table tasks add column rank integer not null default 0`.execute(db);
  await sql`alter table claim_cursors add column rank integer not null default 0`.execute(db);
  await db.schema.dropIndex('tasks_fresh').execute();
  await db.schema
    .createIndex('tasks_fresh')
    .on('tasks')
    .columns(['project_id', 'priority desc', 'rank', 'id'])
    .where(sql.ref('state'), '=', 'queued')
    .where(sql.ref('claimed_at'), 'is', null)
    .execute();
}
