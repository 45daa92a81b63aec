import { type Selectable, sql } from 'kysely';
import { readJson } from '../db/dialect.js';
import type { Executor } from '../db/executor.js';
import type { JudgeRunsTable } from '../db/tables.js';
import { JudgeConfig, type JudgeRunState, type JudgeRunView } from './contracts.js';

/** The judges tables' queries (migration 021). */

export interface StoredJudge {
  readonly id: number;
  readonly projectId: number;
  readonly name: string;
  readonly version: number;
  readonly config: JudgeConfig;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Trust asked for: the verdict may auto-decide while the current version is calibrated. */
  readonly trusted: boolean;
  readonly compareWith: { readonly question: string; readonly passValues: readonly string[] } | null;
  /** Cached by the `judge.calibrate` job: the version found calibrated (null: none). */
  readonly calibratedVersion: number | null;
  readonly calibrationFlag: string | null;
  readonly calibratedAt: number | null;
}

export async function selectJudge(db: Executor, projectId: number, name: string): Promise<StoredJudge | undefined> {
  const rows = await selectJudges(db, projectId, name);
  return rows[0];
}

/** The project's judges with their current config, by name. */
export async function selectJudges(db: Executor, projectId: number, name?: string): Promise<StoredJudge[]> {
  let query = db
    .selectFrom('judges')
    .innerJoin('judge_versions', (join) =>
      join.onRef('judge_versions.judge_id', '=', 'judges.id').onRef('judge_versions.version', '=', 'judges.version'),
    )
    .select([
      'judges.id',
      'judges.project_id',
      'judges.name',
      'judges.version',
      'judge_versions.config',
      'judges.created_at',
      'judges.updated_at',
      'judges.trusted',
      'judges.compare_question',
      'judges.compare_values',
      'judges.calibrated_version',
      'judges.calibration_flag',
      'judges.calibrated_at',
    ])
    .where('judges.project_id', '=', projectId);
  if (name !== undefined) query = query.where('judges.name', '=', name);
  const rows = await query.orderBy('judges.name').execute();
  return rows.map((row) => ({
    id: Number(row.id),
    projectId: Number(row.project_id),
    name: row.name,
    version: Number(row.version),
    config: JudgeConfig.parse(readJson(row.config)),
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    trusted: Number(row.trusted) === 1,
    compareWith:
      row.compare_question === null
        ? null
        : { question: row.compare_question, passValues: readJson<string[]>(row.compare_values) ?? [] },
    calibratedVersion: row.calibrated_version === null ? null : Number(row.calibrated_version),
    calibrationFlag: row.calibration_flag,
    calibratedAt: row.calibrated_at === null ? null : Number(row.calibrated_at),
  }));
}

export async function selectJudgeVersion(
  db: Executor,
  judgeId: number,
  version: number,
): Promise<JudgeConfig | undefined> {
  const row = await db
    .selectFrom('judge_versions')
    .select('config')
    .where('judge_id', '=', judgeId)
    .where('version', '=', version)
    .executeTakeFirst();
  return row ? JudgeConfig.parse(readJson(row.config)) : undefined;
}

export async function selectJudgeVersions(db: Executor, judgeId: number) {
  const rows = await db
    .selectFrom('judge_versions')
    .select(['version', 'config', 'created_at'])
    .where('judge_id', '=', judgeId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map((row) => ({
    version: Number(row.version),
    config: JudgeConfig.parse(readJson(row.config)),
    createdAt: Number(row.created_at),
  }));
}

/**
 * Reserves the judge's next call slot (a rate limit shared by every server): one statement moves
 * `next_call_at` forward by `intervalMs` and returns the reserved slot's time — unless the next
 * free slot is more than `maxWaitMs` away, when nothing is reserved and the free slot's time comes
 * back as `retryAt`.
 */
export async function reserveCallSlot(
  db: Executor,
  judgeId: number,
  intervalMs: number,
  maxWaitMs: number,
  now: number,
): Promise<{ slotAt: number } | { retryAt: number }> {
  const result = await sql<{ next_call_at: number }>`
    update judges
    set next_call_at = (case when next_call_at > ${now} then next_call_at else ${now} end) + ${intervalMs}
    where id = ${judgeId} and next_call_at <= ${now + maxWaitMs}
    returning next_call_at`.execute(db);
  const row = result.rows[0];
  if (row) return { slotAt: Number(row.next_call_at) - intervalMs };
  const current = await db.selectFrom('judges').select('next_call_at').where('id', '=', judgeId).executeTakeFirst();
  return { retryAt: Number(current?.next_call_at ?? now) - maxWaitMs };
}

type RunRow = Selectable<JudgeRunsTable> & { job_state: string | null; job_error: string | null };

/**
 * A run as users see it. A run whose job ended without recording a verdict (the runner timed it
 * out on its last attempt, or the job is gone) is failed with the job's reason: no run stays
 * pending once its job is over.
 */
export function toRunView(row: RunRow): JudgeRunView {
  let state = row.state as JudgeRunState;
  let error = row.error;
  if (
    (state === 'queued' || state === 'running') &&
    (row.job_state === null || ['failed', 'cancelled', 'done'].includes(row.job_state))
  ) {
    state = 'failed';
    error = row.job_error ?? error ?? 'its job ended without a verdict';
  }
  const iso = (ms: number | null) => (ms === null ? null : new Date(Number(ms)).toISOString());
  return {
    id: Number(row.id),
    itemId: Number(row.item_id),
    version: Number(row.judge_version),
    state,
    pass: row.pass === null ? null : Number(row.pass) === 1,
    score: row.score === null ? null : Number(row.score),
    confidence: row.confidence === null ? null : Number(row.confidence),
    answers: row.answers === null ? null : readJson<Record<string, unknown>>(row.answers),
    reason: row.reason,
    error,
    attempts: Number(row.attempts),
    inputTokens: row.input_tokens === null ? null : Number(row.input_tokens),
    outputTokens: row.output_tokens === null ? null : Number(row.output_tokens),
    cost: row.cost === null ? null : Number(row.cost),
    latencyMs: row.latency_ms === null ? null : Number(row.latency_ms),
    createdAt: iso(Number(row.created_at)) as string,
    finishedAt: iso(row.finished_at === null ? null : Number(row.finished_at)),
  };
}

/** Runs with their job's state, for the views (`toRunView`). */
export function selectRuns(db: Executor) {
  return db
    .selectFrom('judge_runs')
    .leftJoin('jobs', 'jobs.id', 'judge_runs.job_id')
    .selectAll('judge_runs')
    .select(['jobs.state as job_state', 'jobs.last_error as job_error']);
}

/** The SQL condition "this run is (effectively) in `state`", matching `toRunView`. */
export function runStateIs(state: JudgeRunState) {
  const jobOver = sql<boolean>`(jobs.state is null or jobs.state in ('failed', 'cancelled', 'done'))`;
  if (state === 'done') return sql<boolean>`judge_runs.state = 'done'`;
  if (state === 'failed') {
    return sql<boolean>`(judge_runs.state = 'failed' or (judge_runs.state in ('queued', 'running') and ${jobOver}))`;
  }
  return sql<boolean>`(judge_runs.state = ${state} and not ${jobOver})`;
}
