import type { Kysely } from 'kysely';
import { columnTypes, type Engine } from './dialect.js';

/** Issue #5: gold items, per-response quality facts, and per-project annotator standing. */
export async function createQualityTables(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = columnTypes(engine);
  // A gold item carries its known answer; it is never routed, decided or counted in consensus.
  await db.schema.alterTable('items').addColumn('gold_answer', t.json).execute();
  // For gold responses: whether the answer matched the known one, and whether it equals the
  // pre-label shown (on gold whose pre-label is wrong, that is rubber-stamping).
  await db.schema.alterTable('responses').addColumn('gold_correct', 'integer').execute();
  await db.schema.alterTable('responses').addColumn('prelabel_match', 'integer').execute();
  await db.schema.alterTable('responses').addColumn('prelabel_wrong', 'integer').execute();
  await db.schema
    .createTable('annotator_states')
    .addColumn('project_id', t.bigint, (c) => c.notNull())
    .addColumn('user_id', t.bigint, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('updated_at', t.bigint, (c) => c.notNull())
    .addPrimaryKeyConstraint('annotator_states_pk', ['project_id', 'user_id'])
    .execute();
  await db.schema.createIndex('responses_user').on('responses').columns(['project_id', 'user_id', 'id']).execute();
}
