import { type Kysely, sql } from 'kysely';
import type { Engine } from './dialect.js';
import { createItemsFts } from './migrations-016.js';

/**
 * Issue 10 point 5: bulk paths.
 * - `tasks_item (item_id, phase)` is a prefix of the unique `tasks_item_person (item_id, phase,
 *   claimed_by)`, which serves every lookup it served; dropping it saves one index write per task
 *   row (each ingested item opens k of them).
 * - SQLite: `items_fts` rebuilt with FTS5 `detail=none` (no word positions). Explorer search is
 *   prefix words ANDed, which needs only the item ids per word; writing positions was a third of
 *   the search table's cost per ingested item (bench/ingest).
 */
export async function trimBulkWriteCost(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema.dropIndex('tasks_item').ifExists().execute();
  if (engine !== 'sqlite') return;
  for (const trigger of ['items_fts_insert', 'items_fts_update', 'items_fts_delete']) {
    await sql`drop trigger if exists ${sql.raw(trigger)}`.execute(db);
  }
  await sql`drop table if exists items_fts`.execute(db);
  await createItemsFts(db, 'none');
}
