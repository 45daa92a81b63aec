import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import { columnTypes, type Engine } from './dialect.js';

/**
 * Issue 13 point 1: judges. A judge is named per project and versioned like routing policies
 * (`judge_versions` rows never change); `next_call_at` is its rate limiter's next free slot.
 * `judge_runs` holds one verdict per (judge, version, item): the job that produces it writes it
 * together with its own completion, so a run is recorded once however often the job is retried.
 */
export async function createJudgeTables(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = columnTypes(engine);
  const id = (c: ColumnDefinitionBuilder) => (engine === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey());
  await db.schema
    .createTable('judges')
    .addColumn('id', t.id, id)
    .addColumn('project_id', t.bigint, (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('next_call_at', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.bigint, (c) => c.notNull())
    .addColumn('updated_at', t.bigint, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('judges_name').on('judges').columns(['project_id', 'name']).unique().execute();
  await db.schema
    .createTable('judge_versions')
    .addColumn('judge_id', t.bigint, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('config', t.json, (c) => c.notNull())
    .addColumn('created_by', t.bigint)
    .addColumn('created_at', t.bigint, (c) => c.notNull())
    .addPrimaryKeyConstraint('judge_versions_pk', ['judge_id', 'version'])
    .execute();
  await db.schema
    .createTable('judge_runs')
    .addColumn('id', t.id, id)
    .addColumn('project_id', t.bigint, (c) => c.notNull())
    .addColumn('judge_id', t.bigint, (c) => c.notNull())
    .addColumn('judge_version', 'integer', (c) => c.notNull())
    .addColumn('item_id', t.bigint, (c) => c.notNull())
    .addColumn('job_id', t.bigint)
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('pass', 'integer')
    .addColumn('score', t.real)
    .addColumn('confidence', t.real)
    .addColumn('answers', t.json)
    .addColumn('reason', 'text')
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
    .createIndex('judge_runs_item')
    .on('judge_runs')
    .columns(['judge_id', 'judge_version', 'item_id'])
    .unique()
    .execute();
  await db.schema.createIndex('judge_runs_project_item').on('judge_runs').columns(['project_id', 'item_id']).execute();
}
