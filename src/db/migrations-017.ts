import { type Kysely, sql } from 'kysely';
import { columnTypes, type Engine } from './dialect.js';

/**
 * Issue 12 point 1: versioned built-in models. One row per trained version of a project's model
 * for one question, with its evaluation and its weights (JSON text: typed arrays as base64). An
 * item's `model_version` names the version of the built-in model that made its current
 * prediction; null when the prediction came with the item (import/API) or there is none.
 */
export async function createModelsTable(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = columnTypes(engine);
  await db.schema
    .createTable('models')
    .addColumn('id', t.id, (c) => (engine === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
    .addColumn('project_id', t.bigint, (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('labels_used', 'integer', (c) => c.notNull())
    .addColumn('metrics', t.json, (c) => c.notNull())
    .addColumn('weights', 'text', (c) => c.notNull())
    .addColumn('created_at', t.bigint, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('models_version')
    .on('models')
    .columns(['project_id', 'question', 'version'])
    .unique()
    .execute();
  await sql`alter table items add column model_version integer`.execute(db);
}
