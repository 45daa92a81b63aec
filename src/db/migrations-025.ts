import { type Kysely, sql } from 'kysely';
import { columnTypes, type Engine } from './dialect.js';

/**
 * Issue 12 points 1, 3, 4. `ml_backends`: one external model server per project (settings and
 * its last known health). `models.source` tells the built-in model's versions from versions an
 * ML backend reported (`external_version`: the backend's own name for it; no weights); items keep
 * pointing at a version through `items.model_version`. `models.calibration` holds the isotonic
 * map fitted from human decisions when the project recalibrates; `items.raw_confidence` keeps the
 * model's own confidence beside the calibrated one routing reads.
 */
export async function createModelBackendTables(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = columnTypes(engine);
  await db.schema
    .createTable('ml_backends')
    .addColumn('project_id', t.bigint, (c) => c.primaryKey())
    .addColumn('settings', t.json, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('unknown'))
    .addColumn('model_version', 'text')
    .addColumn('last_error', 'text')
    .addColumn('last_call_at', t.bigint)
    .addColumn('last_ok_at', t.bigint)
    .addColumn('checked_at', t.bigint)
    .addColumn('labels_at_training', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('decisions_sent_until', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.bigint, (c) => c.notNull())
    .addColumn('updated_at', t.bigint, (c) => c.notNull())
    .execute();
  await sql`alter table models add column source text not null default 'builtin'`.execute(db);
  await sql`alter table models add column external_version text`.execute(db);
  await sql`alter table models add column calibration ${sql.raw(t.json)}`.execute(db);
  await sql`alter table items add column raw_confidence ${sql.raw(t.real)}`.execute(db);
}
