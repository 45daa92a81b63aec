import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import { columnTypes, type Engine } from './dialect.js';

/**
 * Issue 13 points 4–5: golden sets and eval runs. A golden set is named per project; each version
 * is a new `golden_set_versions` row with its own `golden_entries` (copies, never updated), so an
 * old version reads the same forever. An eval run holds one model/prompt version's output per
 * entry of one golden-set version (`eval_outputs`), and each chosen judge's score of each output
 * (`eval_scores`); outputs and scores are written by jobs together with their completion.
 */
export async function createGoldenSetTables(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = columnTypes(engine);
  const id = (c: ColumnDefinitionBuilder) => (engine === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey());
  await db.schema
    .createTable('golden_sets')
    .addColumn('id', t.id, id)
    .addColumn('project_id', t.bigint, (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.bigint, (c) => c.notNull())
    .addColumn('updated_at', t.bigint, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('golden_sets_name').on('golden_sets').columns(['project_id', 'name']).unique().execute();
  await db.schema
    .createTable('golden_set_versions')
    .addColumn('id', t.id, id)
    .addColumn('project_id', t.bigint, (c) => c.notNull())
    .addColumn('golden_set_id', t.bigint, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('source', t.json, (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('entries', 'integer', (c) => c.notNull())
    .addColumn('created_by', t.bigint)
    .addColumn('created_at', t.bigint, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('golden_set_versions_number')
    .on('golden_set_versions')
    .columns(['golden_set_id', 'version'])
    .unique()
    .execute();
  await db.schema
    .createTable('golden_entries')
    .addColumn('id', t.id, id)
    .addColumn('project_id', t.bigint, (c) => c.notNull())
    .addColumn('version_id', t.bigint, (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('item_id', t.bigint)
    .addColumn('input', t.json, (c) => c.notNull())
    .addColumn('reference', 'text')
    .addColumn('rubric', 'text')
    .addColumn('metadata', t.json, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('golden_entries_external')
    .on('golden_entries')
    .columns(['version_id', 'external_id'])
    .unique()
    .execute();
  await db.schema
    .createTable('eval_runs')
    .addColumn('id', t.id, id)
    .addColumn('project_id', t.bigint, (c) => c.notNull())
    .addColumn('version_id', t.bigint, (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('generate', t.json)
    .addColumn('judges', t.json, (c) => c.notNull())
    .addColumn('created_by', t.bigint)
    .addColumn('created_at', t.bigint, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('eval_runs_project').on('eval_runs').columns(['project_id', 'id']).execute();
  await db.schema
    .createTable('eval_outputs')
    .addColumn('id', t.id, id)
    .addColumn('project_id', t.bigint, (c) => c.notNull())
    .addColumn('run_id', t.bigint, (c) => c.notNull())
    .addColumn('entry_id', t.bigint, (c) => c.notNull())
    .addColumn('job_id', t.bigint)
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('output', 'text')
    .addColumn('error', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('input_tokens', 'integer')
    .addColumn('output_tokens', 'integer')
    .addColumn('cost', t.real)
    .addColumn('latency_ms', 'integer')
    .addColumn('created_at', t.bigint, (c) => c.notNull())
    .addColumn('finished_at', t.bigint)
    .execute();
  await db.schema
    .createIndex('eval_outputs_entry')
    .on('eval_outputs')
    .columns(['run_id', 'entry_id'])
    .unique()
    .execute();
  await db.schema
    .createTable('eval_scores')
    .addColumn('id', t.id, id)
    .addColumn('project_id', t.bigint, (c) => c.notNull())
    .addColumn('run_id', t.bigint, (c) => c.notNull())
    .addColumn('output_id', t.bigint, (c) => c.notNull())
    .addColumn('judge_id', t.bigint, (c) => c.notNull())
    .addColumn('judge_version', 'integer', (c) => c.notNull())
    .addColumn('job_id', t.bigint)
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('pass', 'integer')
    .addColumn('score', t.real)
    .addColumn('reason', 'text')
    .addColumn('error', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.bigint, (c) => c.notNull())
    .addColumn('finished_at', t.bigint)
    .execute();
  await db.schema
    .createIndex('eval_scores_output')
    .on('eval_scores')
    .columns(['output_id', 'judge_id'])
    .unique()
    .execute();
  await db.schema.createIndex('eval_scores_run').on('eval_scores').columns(['run_id']).execute();
}

/**
 * Pairwise human scoring of two runs (issue 13 point 4): each "send to people" of a (run,
 * baseline) pair into a review project; the review items themselves are ordinary items there.
 */
export async function createEvalPairwise(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = columnTypes(engine);
  await db.schema
    .createTable('eval_pairwise')
    .addColumn('id', t.id, (c) => (engine === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
    .addColumn('project_id', t.bigint, (c) => c.notNull())
    .addColumn('run_id', t.bigint, (c) => c.notNull())
    .addColumn('baseline_id', t.bigint, (c) => c.notNull())
    .addColumn('target_project_id', t.bigint, (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('sent', 'integer', (c) => c.notNull())
    .addColumn('created_by', t.bigint)
    .addColumn('created_at', t.bigint, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('eval_pairwise_runs').on('eval_pairwise').columns(['run_id', 'baseline_id']).execute();
}
