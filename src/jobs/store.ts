import { type ExpressionBuilder, type Selectable, sql } from 'kysely';
import type { Engine } from '../db/dialect.js';
import { isUniqueViolation, notifyChannel, readJson, skipLocked } from '../db/dialect.js';
import { chunked, type Executor } from '../db/executor.js';
import type { Database, JobsTable } from '../db/tables.js';
import type { JobPayloads, JobType } from './registry.js';

export type JobState = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
export const JOB_STATES: readonly JobState[] = ['queued', 'running', 'done', 'failed', 'cancelled'];

export interface Job {
  readonly id: number;
  readonly type: string;
  readonly key: string | null;
  readonly dedupeKey: string | null;
  readonly projectId: number | null;
  readonly payload: unknown;
  readonly state: JobState;
  readonly runAt: number;
  readonly attempts: number;
  readonly leaseUntil: number | null;
  readonly lockedBy: string | null;
  readonly lastError: string | null;
  readonly createdAt: number;
  readonly startedAt: number | null;
  readonly finishedAt: number | null;
}

export type JobRow = Selectable<JobsTable>;

export function toJob(row: JobRow): Job {
  return {
    id: Number(row.id),
    type: row.type,
    key: row.key,
    dedupeKey: row.dedupe_key,
    projectId: row.project_id === null ? null : Number(row.project_id),
    payload: readJson(row.payload),
    state: row.state as JobState,
    runAt: Number(row.run_at),
    attempts: Number(row.attempts),
    leaseUntil: row.lease_until === null ? null : Number(row.lease_until),
    lockedBy: row.locked_by,
    lastError: row.last_error,
    createdAt: Number(row.created_at),
    startedAt: row.started_at === null ? null : Number(row.started_at),
    finishedAt: row.finished_at === null ? null : Number(row.finished_at),
  };
}

/** PostgreSQL channel the runner LISTENs on; NOTIFY inside a transaction is sent at its commit. */
export const JOBS_CHANNEL = 'tandem_jobs';

export interface NewJob<T extends JobType> {
  readonly type: T;
  readonly payload: JobPayloads[T];
  /** Concurrency key: at most one job with this key runs at a time (e.g. `webhook:12`). */
  readonly key?: string;
  /** When a queued job of this type has the same dedupe key, nothing is added. */
  readonly dedupe?: string;
  readonly projectId?: number;
  /** Epoch ms; default now. */
  readonly runAt?: number;
}

/**
 * Adds a job. Pass the caller's transaction to make the job exist exactly when the change that
 * asked for it commits. Returns the new job's id, or undefined when `dedupe` matched a queued job.
 * On PostgreSQL it also NOTIFYs the runners (delivered at commit).
 */
export async function enqueueJob<T extends JobType>(
  db: Executor,
  job: NewJob<T>,
  now = Date.now(),
): Promise<number | undefined> {
  const row = await db
    .insertInto('jobs')
    .values({
      type: job.type,
      key: job.key ?? null,
      dedupe_key: job.dedupe ?? null,
      project_id: job.projectId ?? null,
      payload: JSON.stringify(job.payload),
      state: 'queued',
      run_at: job.runAt ?? now,
      created_at: now,
    })
    // A conflict here is the partial unique index jobs_queued_dedupe; ON CONFLICT (not a caught
    // error) keeps the caller's PostgreSQL transaction usable.
    .onConflict((oc) =>
      oc
        .columns(['type', 'dedupe_key'])
        .where(sql.ref('state'), '=', sql.lit('queued'))
        .where(sql.ref('dedupe_key'), 'is not', null)
        .doNothing(),
    )
    .returning('id')
    .executeTakeFirst();
  if (row) await notifyRunners(db, job.type);
  return row ? Number(row.id) : undefined;
}

/**
 * Adds many jobs in multi-row inserts (the outbox's webhook deliveries), in the caller's
 * transaction; one NOTIFY for the lot. Dedupe is not offered here: each job is new. Returns the
 * new ids in the order of `jobs` (both engines return a multi-row insert's rows in VALUES order).
 */
export async function enqueueJobs<T extends JobType>(
  db: Executor,
  jobs: readonly Omit<NewJob<T>, 'dedupe'>[],
  now = Date.now(),
): Promise<number[]> {
  if (jobs.length === 0) return [];
  const ids: number[] = [];
  for (const chunk of chunked(jobs, 500)) {
    const rows = await db
      .insertInto('jobs')
      .values(
        chunk.map((job) => ({
          type: job.type,
          key: job.key ?? null,
          dedupe_key: null,
          project_id: job.projectId ?? null,
          payload: JSON.stringify(job.payload),
          state: 'queued',
          run_at: job.runAt ?? now,
          created_at: now,
        })),
      )
      .returning('id')
      .execute();
    for (const row of rows) ids.push(Number(row.id));
  }
  await notifyRunners(db, jobs[0]?.type);
  return ids;
}

/** Wakes the runners on every server at once (PostgreSQL, at commit); SQLite runners poll. */
export async function notifyRunners(db: Executor, type = ''): Promise<void> {
  await notifyChannel(db, JOBS_CHANNEL, type);
}

export interface ClaimJobRequest {
  readonly types: readonly string[];
  readonly workerId: string;
  readonly leaseMs: number;
  readonly now: number;
}

/**
 * Claims the next due job in one statement, like a task claim: a queued job whose run_at has
 * come, or a running one whose lease lapsed (its worker died), skipping any whose key already
 * has a running job. PostgreSQL skips rows other claimers hold; the unique index on running keys
 * makes a race between two servers for the same key fail one of them, which retries.
 */
export async function claimJob(db: Executor, engine: Engine, request: ClaimJobRequest): Promise<Job | undefined> {
  if (request.types.length === 0) return undefined;
  const { now } = request;
  for (let round = 0; ; round++) {
    try {
      const result = await sql<JobRow>`
        update jobs set state = 'running', attempts = attempts + 1, lease_until = ${now + request.leaseMs},
          locked_by = ${request.workerId}, started_at = ${now}
        where id = (
          select j.id from jobs j
          where j.state in ('queued', 'running') and j.run_at <= ${now}
            and (j.state = 'queued' or j.lease_until <= ${now})
            and j.type in (${sql.join(request.types)})
            and (j.key is null or not exists (
              select 1 from jobs r where r.key = j.key and r.state = 'running' and r.id <> j.id
            ))
          order by j.run_at, j.id
          limit 1
          ${skipLocked(engine)}
        )
        returning *`.execute(db);
      const row = result.rows[0];
      return row ? toJob(row) : undefined;
    } catch (error) {
      if (!isUniqueViolation(error) || round >= 5) throw error;
    }
  }
}

/** Pushes a running job's lease forward; false when this worker no longer holds it. */
export async function renewJobLease(db: Executor, job: Job, workerId: string, until: number): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ lease_until: until })
    .where(heldBy(job, workerId))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks a held job done; false when this worker no longer holds it (nothing changes then). */
export async function completeJob(db: Executor, job: Job, workerId: string, now: number): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ state: 'done', finished_at: now, lease_until: null, last_error: null })
    .where(heldBy(job, workerId))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Records a failed attempt: queued again at `retryAt`, or `failed` for good when `retryAt` is
 * undefined. A retry that would collide with a newer queued copy (same dedupe key) is cancelled
 * instead, since that copy will do the same work.
 */
export async function failJob(
  db: Executor,
  job: Job,
  workerId: string,
  error: string,
  now: number,
  retryAt: number | undefined,
  /** Gives the attempt back (the job waited for a slot; it did not fail). */
  refundAttempt = false,
): Promise<'retry' | 'failed' | 'cancelled' | 'lost'> {
  const lastError = error.slice(0, 2_000);
  const finalState = { state: 'failed', finished_at: now, lease_until: null, last_error: lastError } as const;
  if (retryAt === undefined) {
    const result = await db.updateTable('jobs').set(finalState).where(heldBy(job, workerId)).executeTakeFirst();
    return Number(result.numUpdatedRows) === 1 ? 'failed' : 'lost';
  }
  try {
    const result = await db
      .updateTable('jobs')
      .set({
        state: 'queued',
        run_at: retryAt,
        lease_until: null,
        last_error: lastError,
        ...(refundAttempt ? { attempts: sql<number>`attempts - 1` } : {}),
      })
      .where(heldBy(job, workerId))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1 ? 'retry' : 'lost';
  } catch (cause) {
    if (!isUniqueViolation(cause)) throw cause;
    const result = await db
      .updateTable('jobs')
      .set({ ...finalState, state: 'cancelled', last_error: `${lastError} (a newer copy is queued)` })
      .where(heldBy(job, workerId))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1 ? 'cancelled' : 'lost';
  }
}

/** The dedupe key of a recurring kind's single row. */
export const RECURRING_DEDUPE = 'recurring';

/**
 * Makes sure a recurring kind has its row (queued or running); any server may call it at start.
 * The unique index on queued dedupe keys settles two servers starting at once.
 */
export async function ensureRecurringJob(db: Executor, type: string, runAt: number, now: number): Promise<void> {
  const existing = await db
    .selectFrom('jobs')
    .select('id')
    .where('type', '=', type)
    .where('dedupe_key', '=', RECURRING_DEDUPE)
    .where('state', 'in', ['queued', 'running'])
    .executeTakeFirst();
  if (existing) return;
  await enqueueJob(
    db,
    { type: type as never, payload: {} as never, key: `recurring:${type}`, dedupe: RECURRING_DEDUPE, runAt },
    now,
  );
}

/**
 * Ends a run of a recurring kind by queueing the same row again at `runAt`, keeping the last
 * error (if the run failed for good) for the jobs view. A recurring kind is one row forever, not
 * a row per run. Falls back to done/failed when another queued row exists (nothing is lost: that
 * row runs instead). Returns false when this worker no longer holds the job.
 */
export async function requeueRecurringJob(
  db: Executor,
  job: Job,
  workerId: string,
  runAt: number,
  now: number,
  lastError: string | null,
): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({
      state: 'queued',
      run_at: runAt,
      attempts: 0,
      lease_until: null,
      locked_by: null,
      finished_at: now,
      last_error: lastError === null ? null : lastError.slice(0, 2_000),
    })
    .where(heldBy(job, workerId))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('jobs as other')
            .select('other.id')
            .whereRef('other.type', '=', 'jobs.type')
            .where('other.dedupe_key', '=', RECURRING_DEDUPE)
            .where('other.state', '=', 'queued'),
        ),
      ),
    )
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return true;
  if (lastError === null) return completeJob(db, job, workerId, now);
  return (await failJob(db, job, workerId, lastError, now, undefined)) === 'failed';
}

// Every write to a claimed job checks that this claim still holds it: the attempt number rises
// with each claim, so a worker whose lease lapsed and was taken over cannot finish it twice.
function heldBy(job: Job, workerId: string) {
  return (eb: ExpressionBuilder<Database, 'jobs'>) =>
    eb.and([
      eb('id', '=', job.id),
      eb('state', '=', 'running'),
      eb('attempts', '=', job.attempts),
      eb('locked_by', '=', workerId),
    ]);
}

export async function selectJob(db: Executor, id: number): Promise<Job | undefined> {
  const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toJob(row) : undefined;
}
