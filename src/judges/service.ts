import { sql } from 'kysely';
import { canonicalJson } from '../audit/chain.js';
import { recordAudit } from '../audit/record.js';
import { isUniqueViolation } from '../db/dialect.js';
import { chunked } from '../db/executor.js';
import type { Storage } from '../db/storage.js';
import { NotFoundError, TandemError, ValidationError } from '../errors.js';
import { enqueueJobs } from '../jobs/store.js';
import type { Project } from '../projects/store.js';
import { requestCalibration } from './calibration-requests.js';
import type {
  CompareWith,
  CreateJudgeBody,
  JudgeConfig,
  JudgeRunState,
  JudgeRunView,
  JudgeView,
  ListJudgeRunsQuery,
  RunJudgeBody,
  RunJudgeResponse,
  UpdateJudgeBody,
} from './contracts.js';
import { JUDGE_RUN_STATES } from './contracts.js';
import { judgeRunKey } from './jobs.js';
import { judgeKind } from './kinds.js';
import {
  runStateIs,
  type StoredJudge,
  selectJudge,
  selectJudges,
  selectJudgeVersions,
  selectRuns,
  toRunView,
} from './store.js';

/** Judges (issue 13 point 1): define, version, run over items, read runs and their summary. */

interface Actor {
  readonly id: number;
}

function toView(judge: StoredJudge): JudgeView {
  const calibrated = judge.calibratedVersion === judge.version;
  return {
    name: judge.name,
    version: judge.version,
    config: judge.config,
    trusted: judge.trusted,
    compareWith: judge.compareWith ? { ...judge.compareWith, passValues: [...judge.compareWith.passValues] } : null,
    calibrated,
    calibrationFlag: calibrated ? null : judge.calibrationFlag,
    calibratedAt: judge.calibratedAt === null ? null : new Date(judge.calibratedAt).toISOString(),
    mayAutoDecide: judge.trusted && calibrated,
    createdAt: new Date(judge.createdAt).toISOString(),
    updatedAt: new Date(judge.updatedAt).toISOString(),
  };
}

function checkConfig(project: Project, config: JudgeConfig, compareWith?: CompareWith | null): void {
  const issues = judgeKind(config).configProblems(config, project.labelSchema);
  if (compareWith) {
    const question = project.labelSchema.questions.find((q) => q.name === compareWith.question);
    if (!question) {
      issues.push({ path: 'compareWith.question', message: `the project has no question "${compareWith.question}"` });
    } else if (question.type === 'single_choice' || question.type === 'multi_choice') {
      const options = new Set(question.options.map((o) => o.value));
      compareWith.passValues.forEach((value, index) => {
        if (!options.has(value)) {
          issues.push({
            path: `compareWith.passValues.${index}`,
            message: `"${value}" is not an option of "${question.name}"`,
          });
        }
      });
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);
}

/** The judge row's trust columns for the settings given (absent: unchanged). */
function trustColumns(body: { trusted?: boolean | undefined; compareWith?: CompareWith | null | undefined }) {
  return {
    ...(body.trusted === undefined ? {} : { trusted: body.trusted ? 1 : 0 }),
    ...(body.compareWith === undefined
      ? {}
      : {
          compare_question: body.compareWith?.question ?? null,
          compare_values: body.compareWith ? JSON.stringify(body.compareWith.passValues) : null,
        }),
  };
}

async function findJudge(storage: Storage, project: Project, name: string): Promise<StoredJudge> {
  const judge = await selectJudge(storage.db, project.id, name);
  if (!judge) throw new NotFoundError('JUDGE_NOT_FOUND', `Project "${project.slug}" has no judge "${name}"`);
  return judge;
}

export async function createJudge(
  storage: Storage,
  project: Project,
  body: CreateJudgeBody,
  actor: Actor,
  now = Date.now(),
): Promise<JudgeView> {
  checkConfig(project, body.config, body.compareWith);
  try {
    await storage.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('judges')
        .values({
          project_id: project.id,
          name: body.name,
          version: 1,
          created_at: now,
          updated_at: now,
          ...trustColumns(body),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('judge_versions')
        .values({
          judge_id: Number(row.id),
          version: 1,
          config: JSON.stringify(body.config),
          created_by: actor.id,
          created_at: now,
        })
        .execute();
      await recordAudit(
        trx,
        {
          actorId: actor.id,
          action: 'judge.created',
          projectId: project.id,
          target: `judge:${body.name}`,
          details: {
            version: 1,
            config: body.config,
            trusted: body.trusted ?? false,
            compareWith: body.compareWith ?? null,
          },
        },
        now,
      );
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new TandemError('JUDGE_NAME_TAKEN', `Project "${project.slug}" already has a judge "${body.name}"`, [
        { path: 'name', message: 'is taken in this project' },
      ]);
    }
    throw error;
  }
  return toView(await findJudge(storage, project, body.name));
}

/**
 * A new version of the judge's settings; equal settings are no new version. Trust settings
 * (`trusted`, `compareWith`) belong to the judge, not a version. Any change asks for the
 * project's judges to be calibrated again (a new version starts uncalibrated).
 */
export async function updateJudge(
  storage: Storage,
  project: Project,
  name: string,
  body: UpdateJudgeBody,
  actor: Actor,
  now = Date.now(),
): Promise<JudgeView> {
  const { config } = body;
  checkConfig(project, config, body.compareWith);
  const judge = await findJudge(storage, project, name);
  const newVersion = canonicalJson(judge.config) !== canonicalJson(config);
  const trust = trustColumns(body);
  const trustChanged =
    (body.trusted !== undefined && body.trusted !== judge.trusted) ||
    (body.compareWith !== undefined && canonicalJson(body.compareWith) !== canonicalJson(judge.compareWith));
  if (!newVersion && !trustChanged) return toView(judge);
  // Another human question to compare with: the cached calibration no longer says anything
  // until the job (requested below) has run; uncalibrated meanwhile, the safe side.
  const compareChanged =
    body.compareWith !== undefined && canonicalJson(body.compareWith) !== canonicalJson(judge.compareWith);
  const staleCache = compareChanged ? { calibrated_version: null, calibration_flag: null } : {};
  await storage.db.transaction().execute(async (trx) => {
    // The increment both locks the row and numbers the version, so two updates get 2 and 3.
    const row = await trx
      .updateTable('judges')
      .set({ ...(newVersion ? { version: sql<number>`version + 1` } : {}), ...trust, ...staleCache, updated_at: now })
      .where('id', '=', judge.id)
      .returning('version')
      .executeTakeFirstOrThrow();
    const version = Number(row.version);
    if (newVersion) {
      await trx
        .insertInto('judge_versions')
        .values({ judge_id: judge.id, version, config: JSON.stringify(config), created_by: actor.id, created_at: now })
        .execute();
    }
    await recordAudit(
      trx,
      {
        actorId: actor.id,
        action: 'judge.updated',
        projectId: project.id,
        target: `judge:${name}`,
        details: {
          version,
          ...(newVersion ? { config } : {}),
          ...(body.trusted === undefined ? {} : { trusted: body.trusted }),
          ...(body.compareWith === undefined ? {} : { compareWith: body.compareWith }),
        },
      },
      now,
    );
    await requestCalibration(trx, project.id, now);
  });
  return toView(await findJudge(storage, project, name));
}

export async function listJudges(storage: Storage, project: Project): Promise<{ judges: JudgeView[] }> {
  return { judges: (await selectJudges(storage.db, project.id)).map(toView) };
}

export async function getJudge(storage: Storage, project: Project, name: string): Promise<JudgeView> {
  return toView(await findJudge(storage, project, name));
}

export async function listJudgeVersions(storage: Storage, project: Project, name: string) {
  const judge = await findJudge(storage, project, name);
  const versions = await selectJudgeVersions(storage.db, judge.id);
  return {
    versions: versions.map((v) => ({
      version: v.version,
      config: v.config,
      createdAt: new Date(v.createdAt).toISOString(),
    })),
  };
}

/**
 * Queues a run of the judge's current version for each item (default: every item of the
 * project) that has none yet; with `retryFailed`, failed runs of this version are queued again.
 * Runs and their jobs are written in one transaction: a run exists exactly when its job does.
 */
export async function requestJudgeRuns(
  storage: Storage,
  project: Project,
  name: string,
  body: RunJudgeBody,
  actor: Actor,
  now = Date.now(),
): Promise<RunJudgeResponse> {
  const judge = await findJudge(storage, project, name);
  return storage.db.transaction().execute(async (trx) => {
    // Lock the judge row: two requests at once queue each item once.
    await trx.updateTable('judges').set({ updated_at: now }).where('id', '=', judge.id).execute();
    let itemIds: number[];
    let missing: number[] = [];
    if (body.itemIds) {
      const wanted = [...new Set(body.itemIds)];
      const found = new Set<number>();
      for (const chunk of chunked(wanted, 500)) {
        const rows = await trx
          .selectFrom('items')
          .select('id')
          .where('project_id', '=', project.id)
          .where('id', 'in', chunk)
          .execute();
        for (const row of rows) found.add(Number(row.id));
      }
      itemIds = wanted.filter((id) => found.has(id));
      missing = wanted.filter((id) => !found.has(id));
    } else {
      const rows = await trx
        .selectFrom('items')
        .select('id')
        .where('project_id', '=', project.id)
        .orderBy('id')
        .execute();
      itemIds = rows.map((row) => Number(row.id));
    }
    const existing = new Map<number, { id: number; state: string; jobState: string | null }>();
    const existingRows = await trx
      .selectFrom('judge_runs')
      .leftJoin('jobs', 'jobs.id', 'judge_runs.job_id')
      .select(['judge_runs.id', 'judge_runs.item_id', 'judge_runs.state', 'jobs.state as job_state'])
      .where('judge_runs.judge_id', '=', judge.id)
      .where('judge_runs.judge_version', '=', judge.version)
      .execute();
    for (const row of existingRows) {
      existing.set(Number(row.item_id), { id: Number(row.id), state: row.state, jobState: row.job_state });
    }
    const fresh = itemIds.filter((id) => !existing.has(id));
    const retry = body.retryFailed
      ? itemIds
          .map((id) => existing.get(id))
          .filter((run): run is { id: number; state: string; jobState: string | null } => {
            if (!run) return false;
            const jobOver = run.jobState === null || ['failed', 'cancelled', 'done'].includes(run.jobState);
            return run.state === 'failed' || (run.state !== 'done' && jobOver);
          })
      : [];
    const payload = (itemId: number) => ({ judgeId: judge.id, version: judge.version, itemId });
    const jobFor = (itemId: number) => ({
      type: 'judge.run' as const,
      payload: payload(itemId),
      key: judgeRunKey(judge.id, itemId, judge.config.concurrency),
      projectId: project.id,
    });
    const freshJobs = await enqueueJobs(trx, fresh.map(jobFor), now);
    for (const chunk of chunked(
      fresh.map((itemId, index) => ({ itemId, jobId: freshJobs[index] as number })),
      500,
    )) {
      await trx
        .insertInto('judge_runs')
        .values(
          chunk.map(({ itemId, jobId }) => ({
            project_id: project.id,
            judge_id: judge.id,
            judge_version: judge.version,
            item_id: itemId,
            job_id: jobId,
            state: 'queued',
            created_at: now,
          })),
        )
        .execute();
    }
    for (const run of retry) {
      const itemId = itemIds.find((id) => existing.get(id)?.id === run.id) as number;
      const [jobId] = await enqueueJobs(trx, [jobFor(itemId)], now);
      await trx
        .updateTable('judge_runs')
        .set({ state: 'queued', job_id: jobId ?? null, error: null, attempts: 0, finished_at: null })
        .where('id', '=', run.id)
        .execute();
    }
    const queued = fresh.length + retry.length;
    if (queued > 0) {
      await recordAudit(
        trx,
        {
          actorId: actor.id,
          action: 'judge.runs_requested',
          projectId: project.id,
          target: `judge:${name}`,
          details: { version: judge.version, queued, retried: retry.length },
        },
        now,
      );
    }
    return { version: judge.version, queued, alreadyRun: itemIds.length - fresh.length - retry.length, missing };
  });
}

export async function listJudgeRuns(
  storage: Storage,
  project: Project,
  name: string,
  query: ListJudgeRunsQuery,
): Promise<{ runs: JudgeRunView[]; next: number | null }> {
  const judge = await findJudge(storage, project, name);
  let select = selectRuns(storage.db)
    .where('judge_runs.judge_id', '=', judge.id)
    .where('judge_runs.judge_version', '=', query.version ?? judge.version);
  if (query.state) select = select.where(runStateIs(query.state));
  if (query.after !== undefined) select = select.where('judge_runs.id', '>', query.after);
  const rows = await select
    .orderBy('judge_runs.id')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  return {
    runs: page.map(toRunView),
    next: rows.length > query.limit ? Number(page[page.length - 1]?.id) : null,
  };
}

export async function getJudgeRun(
  storage: Storage,
  project: Project,
  name: string,
  runId: number,
): Promise<JudgeRunView> {
  const judge = await findJudge(storage, project, name);
  const row = await selectRuns(storage.db)
    .where('judge_runs.judge_id', '=', judge.id)
    .where('judge_runs.id', '=', runId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('JUDGE_RUN_NOT_FOUND', `Judge "${name}" has no run ${runId}`);
  return toRunView(row);
}

/** Counts per state, pass rate, tokens, cost and latency of the current version's runs. */
export async function judgeSummary(storage: Storage, project: Project, name: string) {
  const judge = await findJudge(storage, project, name);
  const rows = await selectRuns(storage.db)
    .where('judge_runs.judge_id', '=', judge.id)
    .where('judge_runs.judge_version', '=', judge.version)
    .execute();
  const runs = rows.map(toRunView);
  const counts = Object.fromEntries(JUDGE_RUN_STATES.map((s) => [s, 0])) as Record<JudgeRunState, number>;
  for (const run of runs) counts[run.state] += 1;
  const done = runs.filter((r) => r.state === 'done');
  const latencies = done.map((r) => r.latencyMs ?? 0).sort((a, b) => a - b);
  const quantile = (q: number) =>
    latencies.length === 0
      ? null
      : (latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] as number);
  const costs = runs.filter((r) => r.cost !== null);
  return {
    name: judge.name,
    version: judge.version,
    counts,
    passRate: done.length === 0 ? null : done.filter((r) => r.pass).length / done.length,
    inputTokens: runs.reduce((sum, r) => sum + (r.inputTokens ?? 0), 0),
    outputTokens: runs.reduce((sum, r) => sum + (r.outputTokens ?? 0), 0),
    cost: costs.length === 0 ? null : costs.reduce((sum, r) => sum + (r.cost ?? 0), 0),
    latencyMs: { p50: quantile(0.5), p95: quantile(0.95) },
  };
}
