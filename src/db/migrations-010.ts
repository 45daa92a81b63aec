import type { Kysely } from 'kysely';
import { columnTypes, type Engine } from './dialect.js';

/** Issue 9: a project can be archived (read-only, out of lists and queues) before it is deleted. */
export async function addProjectArchive(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema.alterTable('projects').addColumn('archived_at', columnTypes(engine).bigint).execute();
}

/**
 * Issue 9: "report a problem with this item". A report takes the item's open slots out of the
 * queue (remembered in `slots` with the item's status, so "send back" can restore both) until a manager resolves it.
 */
export async function createItemReports(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = columnTypes(engine);
  await db.schema
    .createTable('item_reports')
    .addColumn('id', t.id, (c) => (engine === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
    .addColumn('project_id', t.bigint, (c) => c.notNull())
    .addColumn('item_id', t.bigint, (c) => c.notNull())
    .addColumn('reported_by', t.bigint, (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('slots', t.json, (c) => c.notNull())
    .addColumn('created_at', t.bigint, (c) => c.notNull())
    .addColumn('resolved_by', t.bigint)
    .addColumn('resolved_at', t.bigint)
    .addColumn('resolution', 'text')
    .execute();
  await db.schema
    .createIndex('item_reports_project')
    .on('item_reports')
    .columns(['project_id', 'status', 'id'])
    .execute();
  await db.schema.createIndex('item_reports_item').on('item_reports').columns(['item_id', 'id']).execute();
}
