import type { Storage } from '../db/storage.js';
import { defineJob } from '../jobs/registry.js';
import { findProject } from '../projects/store.js';
import { calibrateVersions, compareTarget } from './calibration.js';
import { selectJudges } from './store.js';
import { selectJudgeThresholds } from './thresholds.js';

/**
 * Issue 13 point 3: "a judge can be trusted only while it is calibrated". Routing reads the
 * outcome from the judge row (`calibrated_version`), never computing κ per item; this job keeps
 * that cache true. It is queued (one per project at a time, `calibration-requests.ts`) when a
 * human decision lands on an item a judge has a verdict on, when a verdict lands on a decided
 * item, and when the thresholds or a judge's trust settings change. A new judge version is
 * uncalibrated at once: the cache names the version it holds for.
 */
export const judgeCalibrateJob = defineJob({
  type: 'judge.calibrate',
  maxAttempts: 5,
  timeoutMs: 5 * 60_000,
  run: async ({ storage, payload }) => {
    await refreshCalibration(storage, payload.projectId);
  },
});

/** Computes each judge's calibration with the project's thresholds and caches it on the judge row. */
export async function refreshCalibration(storage: Storage, projectId: number, now = Date.now()): Promise<void> {
  const project = await findProject(storage, String(projectId));
  if (!project) return;
  const thresholds = await selectJudgeThresholds(storage.db, projectId);
  for (const judge of await selectJudges(storage.db, projectId)) {
    const target = compareTarget(judge);
    let calibratedVersion: number | null = null;
    let flag: string;
    if (!target) flag = 'no human question to compare with: set compareWith on the judge';
    else {
      const versions = await calibrateVersions(storage.db, judge, { ...target, ...thresholds, bucket: 'week' });
      const current = versions.find((v) => v.version === judge.version);
      if (current?.calibrated) calibratedVersion = judge.version;
      flag = current?.flag ?? `no verdict of version ${judge.version} has a human decision yet`;
    }
    await storage.db
      .updateTable('judges')
      .set({
        calibrated_version: calibratedVersion,
        calibration_flag: calibratedVersion === null ? flag : null,
        calibrated_at: now,
      })
      .where('id', '=', judge.id)
      // A version stored meanwhile is left for the next run (its own request is queued).
      .where('version', '=', judge.version)
      .execute();
  }
}
