import { chunked, type Executor } from '../db/executor.js';
import { enqueueJobs } from '../jobs/store.js';
import { judgeRunKey } from '../judges/jobs.js';
import { selectJudge } from '../judges/store.js';
import type { StoredRun } from './results.js';

/** Queueing a run's jobs: `eval.generate` per entry, `eval.score` per (output, judge). */

export type RunJudge = StoredRun['judges'][number] & { concurrency: number };

/** The concurrency key of a generation: a run generating with concurrency N has at most N calls in flight. */
export function generateKey(runId: number, entryId: number, concurrency: number): string {
  return `eval-generate:${runId}:${entryId % concurrency}`;
}

/** The run's judges with their current concurrency (the keys their score jobs spread over). */
export async function withConcurrency(
  db: Executor,
  projectId: number,
  judges: StoredRun['judges'],
): Promise<RunJudge[]> {
  const out: RunJudge[] = [];
  for (const judge of judges) {
    const current = await selectJudge(db, projectId, judge.name);
    out.push({ ...judge, concurrency: current?.config.concurrency ?? 4 });
  }
  return out;
}

/** Queues one score per (output, judge) with its job, in the caller's transaction. */
export async function queueScores(
  trx: Executor,
  run: { id: number; projectId: number; judges: readonly RunJudge[] },
  outputIds: readonly number[],
  now: number,
): Promise<number> {
  const pairs = outputIds.flatMap((outputId) => run.judges.map((judge) => ({ outputId, judge })));
  for (const chunk of chunked(pairs, 200)) {
    const rows = await trx
      .insertInto('eval_scores')
      .values(
        chunk.map(({ outputId, judge }) => ({
          project_id: run.projectId,
          run_id: run.id,
          output_id: outputId,
          judge_id: judge.judgeId,
          judge_version: judge.version,
          state: 'queued',
          created_at: now,
        })),
      )
      .returning(['id', 'output_id', 'judge_id'])
      .execute();
    const jobIds = await enqueueJobs(
      trx,
      rows.map((row, index) => {
        const judge = chunk[index]?.judge as RunJudge;
        return {
          type: 'eval.score' as const,
          payload: { scoreId: Number(row.id) },
          // The judge's own keys: eval scoring and judge runs share its concurrency.
          key: judgeRunKey(judge.judgeId, Number(row.output_id), judge.concurrency),
          projectId: run.projectId,
        };
      }),
      now,
    );
    for (const [index, row] of rows.entries()) {
      await trx
        .updateTable('eval_scores')
        .set({ job_id: jobIds[index] as number })
        .where('id', '=', Number(row.id))
        .execute();
    }
  }
  return pairs.length;
}
