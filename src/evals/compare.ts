import type { Storage } from '../db/storage.js';
import type { Project } from '../projects/store.js';
import type { CompareResponse } from './contracts.js';
import { humanWinRate } from './pairwise.js';
import { findRun, loadRunEntries, type StoredRun } from './results.js';
import { compareResults, runFigures } from './stats.js';

/**
 * The comparison report of a run with a baseline (issue 13 point 4): entries matched by external
 * id (so two versions of a golden set compare on the entries they share), win rate with a 95 %
 * Wilson interval, per-entry regressions, per-slice figures, cost and latency per run.
 */
export async function compareRuns(
  storage: Storage,
  project: Project,
  runId: number,
  baselineId: number,
): Promise<{ comparison: CompareResponse; run: StoredRun; baseline: StoredRun }> {
  const run = await findRun(storage.db, project, runId);
  const baseline = await findRun(storage.db, project, baselineId);
  const runEntries = await loadRunEntries(storage.db, run);
  const baselineEntries = await loadRunEntries(storage.db, baseline);
  const comparison = compareResults(runEntries, baselineEntries);
  return {
    run,
    baseline,
    comparison: {
      run: { id: run.id, name: run.name, ...runFigures(runEntries) },
      baseline: { id: baseline.id, name: baseline.name, ...runFigures(baselineEntries) },
      ...comparison,
      human: await humanWinRate(storage, run.id, baseline.id),
    },
  };
}
