import { sql } from 'kysely';
import { readJson } from '../db/dialect.js';
import type { Executor } from '../db/executor.js';
import { SAMPLE_REASONS, SamplingPolicy, type SamplingPolicyView } from './contracts.js';
import { DailyBudget, DEFAULT_SAMPLING, utcDay } from './sampling.js';

/** The traces tables' queries (migration 024). */

export async function selectSamplingPolicy(db: Executor, projectId: number): Promise<SamplingPolicyView> {
  const row = await db
    .selectFrom('sampling_policies')
    .select(['version', 'policy', 'created_at'])
    .where('project_id', '=', projectId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return { version: 0, policy: DEFAULT_SAMPLING, createdAt: null };
  return {
    version: Number(row.version),
    policy: SamplingPolicy.parse(readJson(row.policy)),
    createdAt: new Date(Number(row.created_at)).toISOString(),
  };
}

/**
 * Today's counters for the caps, locked for this transaction: the rows are made if missing, then
 * touched by an UPDATE (PostgreSQL holds their row locks to commit; SQLite has one writer), so
 * two requests sampling at once cannot both spend the last unit of a cap. Reads ≤ 6 rows.
 */
export async function lockDailyBudget(
  trx: Executor,
  projectId: number,
  policy: SamplingPolicy,
  now: number,
): Promise<{ day: string; budget: DailyBudget }> {
  const day = utcDay(now);
  await trx
    .insertInto('trace_sample_counts')
    .values(['*', ...SAMPLE_REASONS].map((reason) => ({ project_id: projectId, day, reason, count: 0 })))
    .onConflict((oc) => oc.columns(['project_id', 'day', 'reason']).doNothing())
    .execute();
  await trx
    .updateTable('trace_sample_counts')
    .set({ count: sql<number>`count` })
    .where('project_id', '=', projectId)
    .where('day', '=', day)
    .execute();
  const rows = await trx
    .selectFrom('trace_sample_counts')
    .select(['reason', 'count'])
    .where('project_id', '=', projectId)
    .where('day', '=', day)
    .execute();
  return { day, budget: new DailyBudget(policy, new Map(rows.map((r) => [r.reason, Number(r.count)]))) };
}

export async function storeDailyBudget(trx: Executor, projectId: number, day: string, budget: DailyBudget) {
  for (const [reason, count] of budget.snapshot()) {
    await trx
      .updateTable('trace_sample_counts')
      .set({ count })
      .where('project_id', '=', projectId)
      .where('day', '=', day)
      .where('reason', '=', reason)
      .execute();
  }
}

export interface StoredTrace {
  readonly id: number;
  readonly traceId: string;
  readonly input: unknown;
  readonly output: unknown;
  readonly modelVersion: string | null;
  readonly thumbs: 'up' | 'down' | null;
  readonly comment: string | null;
  readonly metadata: Record<string, unknown>;
  readonly occurredAt: number;
  readonly sampleReason: string | null;
  readonly itemId: number | null;
}

const TRACE_COLUMNS = [
  'id',
  'trace_id',
  'input',
  'output',
  'model_version',
  'thumbs',
  'comment',
  'metadata',
  'occurred_at',
  'sample_reason',
  'item_id',
] as const;

type TraceRow = {
  id: number;
  trace_id: string;
  input: unknown;
  output: unknown;
  model_version: string | null;
  thumbs: string | null;
  comment: string | null;
  metadata: unknown;
  occurred_at: number;
  sample_reason: string | null;
  item_id: number | null;
};

function toStoredTrace(row: TraceRow): StoredTrace {
  return {
    id: Number(row.id),
    traceId: row.trace_id,
    input: unwrapJson(row.input),
    output: unwrapJson(row.output),
    modelVersion: row.model_version,
    thumbs: row.thumbs === 'up' || row.thumbs === 'down' ? row.thumbs : null,
    comment: row.comment,
    metadata: readJson<Record<string, unknown>>(row.metadata) ?? {},
    occurredAt: Number(row.occurred_at),
    sampleReason: row.sample_reason,
    itemId: row.item_id === null ? null : Number(row.item_id),
  };
}

/** The project's traces with these trace ids (through the unique index: O(ids), never the table). */
export async function selectTracesByTraceId(
  db: Executor,
  projectId: number,
  traceIds: readonly string[],
): Promise<StoredTrace[]> {
  const found: StoredTrace[] = [];
  for (let start = 0; start < traceIds.length; start += 500) {
    const rows = await db
      .selectFrom('traces')
      .select(TRACE_COLUMNS)
      .where('project_id', '=', projectId)
      .where('trace_id', 'in', traceIds.slice(start, start + 500))
      .execute();
    for (const row of rows) found.push(toStoredTrace(row as TraceRow));
  }
  return found;
}

export async function selectTrace(db: Executor, traceRowId: number): Promise<StoredTrace | undefined> {
  const row = await db.selectFrom('traces').select(TRACE_COLUMNS).where('id', '=', traceRowId).executeTakeFirst();
  return row ? toStoredTrace(row as TraceRow) : undefined;
}

/** The done verdicts of auto judges on a trace. */
export async function selectTraceVerdicts(db: Executor, traceRowId: number) {
  const rows = await db
    .selectFrom('trace_verdicts')
    .select(['id', 'judge_id', 'judge_version', 'pass', 'score', 'reason', 'finished_at'])
    .where('trace_row_id', '=', traceRowId)
    .where('state', '=', 'done')
    .execute();
  return rows.map((row) => ({
    id: Number(row.id),
    judgeId: Number(row.judge_id),
    judgeVersion: Number(row.judge_version),
    pass: Number(row.pass) === 1,
    score: row.score === null ? null : Number(row.score),
    reason: row.reason,
    finishedAt: Number(row.finished_at),
  }));
}

/**
 * Inputs and outputs are often bare strings, and PostgreSQL hands a JSON column back parsed, so
 * a stored string could not be told from JSON text: they are kept wrapped as `{"value": …}`.
 */
export function wrapJson(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify({ value });
}

function unwrapJson(stored: unknown): unknown {
  if (stored === null) return null;
  return readJson<{ value?: unknown }>(stored)?.value ?? null;
}

/** The review item's external id for a trace (ingest upserts by it, so making it twice is safe). */
export function traceItemExternalId(traceId: string): string {
  return `trace:${traceId}`;
}
