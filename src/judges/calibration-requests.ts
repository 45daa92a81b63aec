import type { Executor } from '../db/executor.js';
import { enqueueJob } from '../jobs/store.js';

declare module '../jobs/registry.js' {
  interface JobPayloads {
    'judge.calibrate': { projectId: number };
  }
}

/**
 * Asks for the project's judges to be calibrated again (the `judge.calibrate` job caches each
 * judge's outcome on its row, which routing reads). One queued job per project at most, one
 * running per project at a time; call it inside the transaction of the change that asks.
 */
export async function requestCalibration(db: Executor, projectId: number, now = Date.now()): Promise<void> {
  await enqueueJob(
    db,
    {
      type: 'judge.calibrate',
      payload: { projectId },
      key: `judge.calibrate:${projectId}`,
      dedupe: String(projectId),
      projectId,
    },
    now,
  );
}

/**
 * A human decision landed on an item: when a judge has a verdict on it, the pair counts towards
 * that judge's calibration. One indexed lookup; nothing is queued for items no judge has seen.
 */
export async function requestCalibrationForItem(
  db: Executor,
  projectId: number,
  itemId: number,
  now = Date.now(),
): Promise<void> {
  const judged = await db
    .selectFrom('judge_runs')
    .select('id')
    .where('project_id', '=', projectId)
    .where('item_id', '=', itemId)
    .where('state', '=', 'done')
    .limit(1)
    .executeTakeFirst();
  if (judged) await requestCalibration(db, projectId, now);
}
