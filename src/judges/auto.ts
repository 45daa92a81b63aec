import { chunked, type Executor } from '../db/executor.js';
import { enqueueJobs } from '../jobs/store.js';
import { judgeRunKey } from './jobs.js';
import { type StoredJudge, selectJudges } from './store.js';

/**
 * Judges with `auto: true` (issue 13 point 6): every newly ingested item gets a run of each,
 * queued in the ingest transaction, so judge-fail sampling and routing need no extra request.
 * Read them before that transaction (SQLite has one connection).
 */
export async function selectAutoJudges(db: Executor, projectId: number): Promise<StoredJudge[]> {
  return (await selectJudges(db, projectId)).filter((judge) => judge.config.auto === true);
}

/**
 * Queues a run of each judge's current version for each item, inside the caller's transaction:
 * the jobs in one multi-row INSERT per 500, the runs likewise (never a statement per row).
 */
export async function queueJudgeRunsIn(
  trx: Executor,
  projectId: number,
  judges: readonly StoredJudge[],
  itemIds: readonly number[],
  now: number,
): Promise<number> {
  if (judges.length === 0 || itemIds.length === 0) return 0;
  const pairs = judges.flatMap((judge) => itemIds.map((itemId) => ({ judge, itemId })));
  const jobIds = await enqueueJobs(
    trx,
    pairs.map(({ judge, itemId }) => ({
      type: 'judge.run' as const,
      payload: { judgeId: judge.id, version: judge.version, itemId },
      key: judgeRunKey(judge.id, itemId, judge.config.concurrency),
      projectId,
    })),
    now,
  );
  const runs = pairs.map(({ judge, itemId }, index) => ({
    project_id: projectId,
    judge_id: judge.id,
    judge_version: judge.version,
    item_id: itemId,
    job_id: jobIds[index] ?? null,
    state: 'queued',
    created_at: now,
  }));
  for (const chunk of chunked(runs, 500)) await trx.insertInto('judge_runs').values(chunk).execute();
  return pairs.length;
}
