import { readJson } from '../db/dialect.js';
import type { Executor } from '../db/executor.js';
import { TandemError } from '../errors.js';
import type { Project } from '../projects/store.js';
import type { EvalOutputView, GenerateConfig } from './contracts.js';
import type { EntryResult } from './stats.js';

/** Reading a run back: its row, and each entry's output and scores with their effective state. */

export type RunState = 'queued' | 'running' | 'done' | 'failed';

export interface StoredRun {
  readonly id: number;
  readonly projectId: number;
  readonly versionId: number;
  readonly goldenSet: string;
  readonly version: number;
  readonly entries: number;
  readonly name: string;
  readonly generate: GenerateConfig | null;
  readonly judges: { judgeId: number; name: string; version: number }[];
  readonly createdAt: number;
}

export async function findRun(db: Executor, project: Project, runId: number): Promise<StoredRun> {
  const row = await db
    .selectFrom('eval_runs')
    .innerJoin('golden_set_versions', 'golden_set_versions.id', 'eval_runs.version_id')
    .innerJoin('golden_sets', 'golden_sets.id', 'golden_set_versions.golden_set_id')
    .select([
      'eval_runs.id',
      'eval_runs.version_id',
      'eval_runs.name',
      'eval_runs.generate',
      'eval_runs.judges',
      'eval_runs.created_at',
      'golden_sets.name as golden_set',
      'golden_set_versions.version',
      'golden_set_versions.entries',
    ])
    .where('eval_runs.project_id', '=', project.id)
    .where('eval_runs.id', '=', runId)
    .executeTakeFirst();
  if (!row) throw new TandemError('EVAL_RUN_NOT_FOUND', `Project "${project.slug}" has no eval run ${runId}`);
  return {
    id: Number(row.id),
    projectId: project.id,
    versionId: Number(row.version_id),
    goldenSet: row.golden_set,
    version: Number(row.version),
    entries: Number(row.entries),
    name: row.name,
    generate: row.generate === null ? null : readJson<GenerateConfig>(row.generate),
    judges: readJson(row.judges),
    createdAt: Number(row.created_at),
  };
}

/**
 * A row written by a job shows the job's outcome once the job is over: queued or running with
 * its job failed, cancelled, done or gone is failed with the job's reason, so nothing stays
 * pending after its job ended.
 */
function effective(state: string, error: string | null, jobState: string | null, jobError: string | null) {
  if (
    (state === 'queued' || state === 'running') &&
    (jobState === null || ['failed', 'cancelled', 'done'].includes(jobState))
  ) {
    return { state: 'failed' as RunState, error: jobError ?? error ?? 'its job ended without a result' };
  }
  return { state: state as RunState, error };
}

export interface RunEntry extends EntryResult {
  readonly view: EvalOutputView;
  readonly hasOutput: boolean;
}

/** Every entry of the run's golden-set version with its output (if any) and scores, in entry order. */
export async function loadRunEntries(db: Executor, run: StoredRun, after = 0, limit?: number): Promise<RunEntry[]> {
  let entryQuery = db
    .selectFrom('golden_entries')
    .select(['id', 'external_id', 'metadata'])
    .where('version_id', '=', run.versionId)
    .where('id', '>', after)
    .orderBy('id');
  if (limit !== undefined) entryQuery = entryQuery.limit(limit);
  const entries = await entryQuery.execute();
  if (entries.length === 0) return [];
  const first = Number(entries[0]?.id);
  const last = Number(entries[entries.length - 1]?.id);
  const outputs = await db
    .selectFrom('eval_outputs')
    .leftJoin('jobs', 'jobs.id', 'eval_outputs.job_id')
    .selectAll('eval_outputs')
    .select(['jobs.state as job_state', 'jobs.last_error as job_error'])
    .where('eval_outputs.run_id', '=', run.id)
    .where('eval_outputs.entry_id', '>=', first)
    .where('eval_outputs.entry_id', '<=', last)
    .execute();
  const scores = await db
    .selectFrom('eval_scores')
    .innerJoin('eval_outputs', 'eval_outputs.id', 'eval_scores.output_id')
    .leftJoin('jobs', 'jobs.id', 'eval_scores.job_id')
    .selectAll('eval_scores')
    .select(['eval_outputs.entry_id', 'jobs.state as job_state', 'jobs.last_error as job_error'])
    .where('eval_scores.run_id', '=', run.id)
    .where('eval_outputs.entry_id', '>=', first)
    .where('eval_outputs.entry_id', '<=', last)
    .orderBy('eval_scores.id')
    .execute();
  const outputByEntry = new Map(outputs.map((o) => [Number(o.entry_id), o]));
  const judgeName = new Map(run.judges.map((j) => [j.judgeId, j.name]));
  const scoresByEntry = new Map<number, EvalOutputView['scores']>();
  for (const s of scores) {
    const { state, error } = effective(s.state, s.error, s.job_state, s.job_error);
    const list = scoresByEntry.get(Number(s.entry_id)) ?? [];
    list.push({
      judge: judgeName.get(Number(s.judge_id)) ?? String(s.judge_id),
      version: Number(s.judge_version),
      state,
      pass: s.pass === null || state !== 'done' ? null : Number(s.pass) === 1,
      score: s.score === null || state !== 'done' ? null : Number(s.score),
      reason: s.reason,
      error,
    });
    scoresByEntry.set(Number(s.entry_id), list);
  }
  const num = (v: number | null) => (v === null ? null : Number(v));
  return entries.map((entry) => {
    const id = Number(entry.id);
    const o = outputByEntry.get(id);
    const list = scoresByEntry.get(id) ?? [];
    const out = o ? effective(o.state, o.error, o.job_state, o.job_error) : null;
    let pass: boolean | null = null;
    let score: number | null = null;
    if (out?.state === 'failed') {
      // No output is a failing answer: the model gave nothing to judge.
      pass = false;
      score = 0;
    } else if (
      out?.state === 'done' &&
      run.judges.length > 0 &&
      list.length === run.judges.length &&
      list.every((s) => s.state === 'done')
    ) {
      pass = list.every((s) => s.pass === true);
      score = list.reduce((sum, s) => sum + (s.score ?? 0), 0) / list.length;
    }
    const view: EvalOutputView = {
      entryId: id,
      externalId: entry.external_id,
      state: out?.state ?? 'missing',
      output: o?.output ?? null,
      error: out?.error ?? null,
      attempts: Number(o?.attempts ?? 0),
      cost: num(o?.cost ?? null),
      latencyMs: num(o?.latency_ms ?? null),
      inputTokens: num(o?.input_tokens ?? null),
      outputTokens: num(o?.output_tokens ?? null),
      pass,
      score,
      scores: list,
    };
    return {
      externalId: entry.external_id,
      metadata: readJson<Record<string, unknown>>(entry.metadata) ?? {},
      pass,
      score,
      cost: view.cost,
      latencyMs: view.latencyMs,
      view,
      hasOutput: o !== undefined,
    };
  });
}
