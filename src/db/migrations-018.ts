import type { Kysely } from 'kysely';
import type { Engine } from './dialect.js';

/**
 * Issue 10 point 5: bulk paths. `tasks_item (item_id, phase)` is a prefix of the unique
 * `tasks_item_person (item_id, phase, claimed_by)`, which serves every lookup it served; dropping
 * it saves one index write per task row (each ingested item opens k of them).
 */
export async function dropRedundantTaskIndex(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  await db.schema.dropIndex('tasks_item').ifExists().execute();
}
