import type { Kysely } from 'kysely';
import { columnTypes, type Engine } from './dialect.js';

/**
 * Issue 14, point 5: versioned snapshots. A snapshot is written once and never updated; its
 * items hold a copy of each record (data and decided answer) so later edits to items cannot
 * change what it exports.
 */
export async function createSnapshots(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = columnTypes(engine);
  await db.schema
    .createTable('snapshots')
    .addColumn('id', t.id, (c) => (engine === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
    .addColumn('project_id', t.bigint, (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('filter', t.json, (c) => c.notNull())
    .addColumn('label_schema', t.json, (c) => c.notNull())
    .addColumn('schema_hash', 'text', (c) => c.notNull())
    .addColumn('counts', t.json, (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('created_by', t.bigint)
    .addColumn('created_at', t.bigint, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('snapshots_project').on('snapshots').columns(['project_id', 'id']).execute();
  await db.schema
    .createTable('snapshot_items')
    .addColumn('snapshot_id', t.bigint, (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('item_id', t.bigint, (c) => c.notNull())
    .addColumn('decision_id', t.bigint)
    .addColumn('record', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('snapshot_items_pk', ['snapshot_id', 'seq'])
    .execute();
}
