import { recordAudit } from '../audit/record.js';
import { isUniqueViolation } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import { NotFoundError, TandemError } from '../errors.js';
import type { User } from '../users/store.js';
import type { JobsSummary, JobTypeSummary, JobView, ListJobsQuery } from './contracts.js';
import { type Job, notifyRunners, selectJob, toJob } from './store.js';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function toJobView(job: Job): JobView {
  return {
    id: job.id,
    type: job.type,
    key: job.key,
    projectId: job.projectId,
    payload: job.payload,
    state: job.state,
    runAt: new Date(job.runAt).toISOString(),
    attempts: job.attempts,
    lastError: job.lastError,
    createdAt: new Date(job.createdAt).toISOString(),
    startedAt: iso(job.startedAt),
    finishedAt: iso(job.finishedAt),
  };
}

/** Jobs newest first, filtered by state and type; all projects' (admins) or one project's. */
export async function listJobs(
  storage: Storage,
  query: ListJobsQuery,
  projectId?: number,
): Promise<{ jobs: JobView[]; nextBefore: number | null }> {
  let select = storage.db.selectFrom('jobs').selectAll();
  if (projectId !== undefined) select = select.where('project_id', '=', projectId);
  if (query.state) select = select.where('state', '=', query.state);
  if (query.type) select = select.where('type', '=', query.type);
  if (query.before) select = select.where('id', '<', query.before);
  const rows = await select
    .orderBy('id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit).map(toJob);
  return {
    jobs: page.map(toJobView),
    nextBefore: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

/**
 * Per type: queued (and due now), running, failed, and the age of the oldest due job — what the
 * dashboard card and /metrics show. One grouped query over the open and failed jobs.
 */
export async function summarizeJobs(storage: Storage, projectId?: number, now = Date.now()): Promise<JobsSummary> {
  let select = storage.db
    .selectFrom('jobs')
    .select((eb) => [
      'type',
      'state',
      eb.fn.countAll<number>().as('count'),
      eb.fn.min('run_at').as('oldest'),
      eb.fn.sum<number>(eb.case().when('run_at', '<=', now).then(1).else(0).end()).as('due'),
    ])
    .where('state', 'in', ['queued', 'running', 'failed']);
  if (projectId !== undefined) select = select.where('project_id', '=', projectId);
  const rows = await select.groupBy(['type', 'state']).execute();
  const byType = new Map<string, JobTypeSummary>();
  for (const row of rows) {
    const entry = byType.get(row.type) ?? {
      type: row.type,
      queued: 0,
      due: 0,
      running: 0,
      failed: 0,
      oldestDueAgeSeconds: null,
    };
    const count = Number(row.count);
    if (row.state === 'queued') {
      const due = Number(row.due ?? 0);
      const oldest = Number(row.oldest);
      byType.set(row.type, {
        ...entry,
        queued: count,
        due,
        oldestDueAgeSeconds: due > 0 ? Math.max(0, (now - oldest) / 1_000) : null,
      });
    } else byType.set(row.type, { ...entry, [row.state as 'running' | 'failed']: count });
  }
  const types = [...byType.values()].sort((a, b) => a.type.localeCompare(b.type));
  const ages = types.map((t) => t.oldestDueAgeSeconds).filter((age): age is number => age !== null);
  return {
    types,
    total: {
      queued: sum(types.map((t) => t.queued)),
      due: sum(types.map((t) => t.due)),
      running: sum(types.map((t) => t.running)),
      failed: sum(types.map((t) => t.failed)),
      oldestDueAgeSeconds: ages.length > 0 ? Math.max(...ages) : null,
    },
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/**
 * Puts a failed job back in the queue, due now, with a fresh count of attempts (the reason of the
 * last failure stays until it runs). Only failed jobs; within a project when `projectId` is given.
 */
export async function retryJob(storage: Storage, actor: User, jobId: number, projectId?: number): Promise<JobView> {
  return storage.db.transaction().execute(async (trx) => {
    const job = await selectJob(trx, jobId);
    if (!job || (projectId !== undefined && job.projectId !== projectId))
      throw new NotFoundError('JOB_NOT_FOUND', `No job ${jobId}`);
    const now = Date.now();
    const result = await trx
      .updateTable('jobs')
      .set({ state: 'queued', run_at: now, attempts: 0, finished_at: null, lease_until: null, locked_by: null })
      .where('id', '=', jobId)
      .where('state', '=', 'failed')
      .executeTakeFirst()
      .catch((error: unknown) => {
        if (!isUniqueViolation(error)) throw error;
        throw new TandemError('JOB_NOT_FAILED', `A job like ${jobId} (same dedupe key) is already queued`);
      });
    if (Number(result.numUpdatedRows) !== 1)
      throw new TandemError('JOB_NOT_FAILED', `Job ${jobId} is ${job.state}; only failed jobs are retried`);
    await recordAudit(
      trx,
      {
        actorId: actor.id,
        action: 'job.retried',
        projectId: job.projectId,
        target: `job:${jobId}`,
        details: { type: job.type, attempts: job.attempts, lastError: job.lastError },
      },
      now,
    );
    await notifyRunners(trx);
    return toJobView({ ...job, state: 'queued', runAt: now, attempts: 0, finishedAt: null });
  });
}
