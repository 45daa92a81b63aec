import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import { columnTypes, type Engine } from './dialect.js';

/**
 * Issue 13 point 6: production traces and sampling (src/traces). `traces` holds what apps log,
 * one row per (project, trace id) — the idempotency key; a sampled trace names its reason and,
 * once made, its review item. `trace_verdicts` are auto judges' verdicts on traces (one per judge
 * version and trace). `trace_sample_counts` are the per-day, per-reason counters the caps read
 * (reason `*` is the day's total), so a request never counts the traces table.
 * `sampling_policies` are versioned like routing policies (rows never change; the newest is current).
 */
export async function createTraceTables(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = columnTypes(engine);
  const id = (c: ColumnDefinitionBuilder) => (engine === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey());
  await db.schema
    .createTable('traces')
    .addColumn('id', t.id, id)
    .addColumn('project_id', t.bigint, (c) => c.notNull())
    .addColumn('trace_id', 'text', (c) => c.notNull())
    .addColumn('input', t.json)
    .addColumn('output', t.json)
    .addColumn('model_version', 'text')
    .addColumn('thumbs', 'text')
    .addColumn('comment', 'text')
    .addColumn('metadata', t.json, (c) => c.notNull())
    .addColumn('occurred_at', t.bigint, (c) => c.notNull())
    .addColumn('received_at', t.bigint, (c) => c.notNull())
    .addColumn('sample_reason', 'text')
    .addColumn('sampled_at', t.bigint)
    .addColumn('item_id', t.bigint)
    .execute();
  await db.schema.createIndex('traces_trace_id').on('traces').columns(['project_id', 'trace_id']).unique().execute();
  await db.schema.createIndex('traces_sampled').on('traces').columns(['project_id', 'sampled_at']).execute();
  await db.schema.createIndex('traces_occurred').on('traces').columns(['project_id', 'occurred_at']).execute();
  await db.schema
    .createTable('trace_verdicts')
    .addColumn('id', t.id, id)
    .addColumn('project_id', t.bigint, (c) => c.notNull())
    .addColumn('trace_row_id', t.bigint, (c) => c.notNull())
    .addColumn('judge_id', t.bigint, (c) => c.notNull())
    .addColumn('judge_version', 'integer', (c) => c.notNull())
    .addColumn('job_id', t.bigint)
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('pass', 'integer')
    .addColumn('score', t.real)
    .addColumn('reason', 'text')
    .addColumn('error', 'text')
    .addColumn('created_at', t.bigint, (c) => c.notNull())
    .addColumn('finished_at', t.bigint)
    .execute();
  await db.schema
    .createIndex('trace_verdicts_run')
    .on('trace_verdicts')
    .columns(['judge_id', 'judge_version', 'trace_row_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('trace_verdicts_trace')
    .on('trace_verdicts')
    .columns(['project_id', 'trace_row_id'])
    .execute();
  await db.schema
    .createTable('trace_sample_counts')
    .addColumn('project_id', t.bigint, (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('trace_sample_counts_pk', ['project_id', 'day', 'reason'])
    .execute();
  await db.schema
    .createTable('sampling_policies')
    .addColumn('project_id', t.bigint, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('policy', t.json, (c) => c.notNull())
    .addColumn('created_by', t.bigint)
    .addColumn('created_at', t.bigint, (c) => c.notNull())
    .addPrimaryKeyConstraint('sampling_policies_pk', ['project_id', 'version'])
    .execute();
}
