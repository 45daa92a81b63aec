import { z } from 'zod';
import { recordAudit } from '../audit/record.js';
import type { Executor } from '../db/executor.js';
import type { Storage } from '../db/storage.js';
import { assertProjectOpen } from '../projects/lifecycle.js';
import type { Project } from '../projects/store.js';
import { requestCalibration } from './calibration-requests.js';

/**
 * A project's calibration bar (issue 13 point 3): a judge version is calibrated with at least
 * `minPairs` items that have both its verdict and a human decision, and κ ≥ `minKappa`.
 */
export const JUDGE_THRESHOLD_DEFAULTS = { minKappa: 0.6, minPairs: 20 } as const;

export const JudgeThresholds = z.object({
  minKappa: z.number().min(0).max(1).describe("Cohen's κ a calibrated judge version needs"),
  minPairs: z.number().int().min(1).max(1_000_000).describe('Items with a verdict and a human decision it needs'),
});
export type JudgeThresholds = z.infer<typeof JudgeThresholds>;

export const SetJudgeThresholdsBody = JudgeThresholds.partial()
  .strict()
  .refine((body) => body.minKappa !== undefined || body.minPairs !== undefined, {
    message: 'give minKappa, minPairs or both',
  });
export type SetJudgeThresholdsBody = z.infer<typeof SetJudgeThresholdsBody>;

export async function selectJudgeThresholds(db: Executor, projectId: number): Promise<JudgeThresholds> {
  const row = await db
    .selectFrom('judge_thresholds')
    .select(['min_kappa', 'min_pairs'])
    .where('project_id', '=', projectId)
    .executeTakeFirst();
  return row ? { minKappa: Number(row.min_kappa), minPairs: Number(row.min_pairs) } : { ...JUDGE_THRESHOLD_DEFAULTS };
}

/** Sets the bar (fields not given keep their value) and asks for the judges' calibration again. */
export async function setJudgeThresholds(
  storage: Storage,
  project: Project,
  body: SetJudgeThresholdsBody,
  actor: { readonly id: number },
  now = Date.now(),
): Promise<JudgeThresholds> {
  assertProjectOpen(project, 'changing the calibration bar');
  return storage.db.transaction().execute(async (trx) => {
    const current = await selectJudgeThresholds(trx, project.id);
    const next = { minKappa: body.minKappa ?? current.minKappa, minPairs: body.minPairs ?? current.minPairs };
    const values = { min_kappa: next.minKappa, min_pairs: next.minPairs, updated_at: now };
    await trx
      .insertInto('judge_thresholds')
      .values({ project_id: project.id, ...values })
      .onConflict((oc) => oc.column('project_id').doUpdateSet(values))
      .execute();
    await recordAudit(
      trx,
      {
        actorId: actor.id,
        action: 'judge.thresholds_set',
        projectId: project.id,
        details: { from: current, to: next },
      },
      now,
    );
    await requestCalibration(trx, project.id, now);
    return next;
  });
}
