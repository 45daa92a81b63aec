import type { Storage } from '../db/storage.js';
import { TandemError, ValidationError } from '../errors.js';
import { judgeCalibration } from '../judges/calibration.js';
import { selectJudgeThresholds } from '../judges/thresholds.js';
import type { Project } from '../projects/store.js';
import { compareRuns } from './compare.js';
import type { GateBody, GateResponse } from './contracts.js';
import { gateMarkdown } from './report.js';
import type { StoredRun } from './results.js';
import { runView } from './runs.js';

/**
 * The gate (issue 13 point 5): compares a run with its baseline and says pass or fail, with the
 * reasons. It fails when more than `maxRegression` of the compared entries went from pass to
 * fail, when the run's pass rate is below `minScore`, when either run is unfinished, and when a
 * judge it relies on is not calibrated against people (`judgeCalibration` for the version the
 * run used) — unless `allowUncalibrated`, which turns that into a warning. It also fails when the
 * two runs are not comparable: other golden-set versions, or other judges (name, version). The
 * caller's `calibration.minKappa/minPairs` can only raise the project's thresholds.
 */
export async function evaluateGate(storage: Storage, project: Project, body: GateBody): Promise<GateResponse> {
  if (body.run === body.baseline) {
    throw new ValidationError([{ path: 'baseline', message: 'must be another run than `run`' }]);
  }
  const { comparison, run, baseline } = await compareRuns(storage, project, body.run, body.baseline);
  if (body.goldenSet !== undefined) {
    const issues = [
      { path: 'run', stored: run },
      { path: 'baseline', stored: baseline },
    ]
      .filter(({ stored }) => stored.goldenSet !== body.goldenSet)
      .map(({ path, stored }) => ({
        path,
        message: `run ${stored.id} is over golden set "${stored.goldenSet}", not "${body.goldenSet}"`,
      }));
    if (issues.length > 0) throw new ValidationError(issues);
  }
  const reasons: string[] = [];
  const warnings: string[] = [];
  for (const stored of [run, baseline]) {
    const view = await runView(storage, stored);
    const pending = view.outputs.queued + view.outputs.running + view.scores.queued + view.scores.running;
    const missing =
      view.entries - (view.outputs.queued + view.outputs.running + view.outputs.done + view.outputs.failed);
    if (pending > 0 || missing > 0) {
      reasons.push(
        `run ${stored.id} (${stored.name}) is not finished: ${missing} entries without an output, ${pending} outputs or scores pending`,
      );
    }
    if (view.outputs.failed > 0) {
      warnings.push(
        `run ${stored.id} (${stored.name}): ${view.outputs.failed} outputs failed to generate (counted as failing entries)`,
      );
    }
    if (view.scores.failed > 0)
      reasons.push(`run ${stored.id} (${stored.name}): ${view.scores.failed} judge scores failed`);
    if (stored.judges.length === 0) reasons.push(`run ${stored.id} (${stored.name}) has no judges: nothing to compare`);
  }
  reasons.push(...incomparable(run, baseline));
  const judges = await judgeTrust(storage, project, [run, baseline], body);
  for (const judge of judges.filter((j) => !j.trusted)) {
    const line = `judge ${judge.name} v${judge.version} is not calibrated against people: ${judge.why}`;
    if (body.allowUncalibrated) warnings.push(`${line} (allowed by --allow-uncalibrated)`);
    else reasons.push(line);
  }
  if (comparison.compared === 0) reasons.push('no entry is scored in both runs');
  else if ((comparison.regressionRate ?? 0) > body.maxRegression) {
    reasons.push(
      `${comparison.passToFail} of ${comparison.compared} entries regressed from pass to fail (${pct(comparison.regressionRate)}), more than the ${pct(body.maxRegression)} allowed`,
    );
  }
  if (body.minScore !== undefined) {
    const rate = comparison.run.passRate;
    if (rate === null || rate < body.minScore) {
      reasons.push(`the run's pass rate ${pct(rate)} is below the minimum ${pct(body.minScore)}`);
    }
  }
  const result = {
    pass: reasons.length === 0,
    reasons,
    warnings,
    thresholds: { maxRegression: body.maxRegression, minScore: body.minScore ?? null },
    judges,
    comparison,
  };
  return { ...result, markdown: gateMarkdown({ ...result, goldenSet: run.goldenSet, version: run.version }) };
}

/** Why two runs' figures cannot be compared: other golden-set rows, or other judges scoring them. */
function incomparable(run: StoredRun, baseline: StoredRun): string[] {
  const reasons: string[] = [];
  if (run.versionId !== baseline.versionId) {
    reasons.push(
      `the runs used different golden sets: run ${run.id} is over ${run.goldenSet} v${run.version}, baseline ${baseline.id} over ${baseline.goldenSet} v${baseline.version}`,
    );
  }
  const judgesOf = (stored: StoredRun) =>
    stored.judges
      .map((j) => `${j.name} v${j.version}`)
      .sort()
      .join(', ');
  if (judgesOf(run) !== judgesOf(baseline)) {
    reasons.push(
      `the runs were scored by different judges: run ${run.id} by ${judgesOf(run) || 'none'}, baseline ${baseline.id} by ${judgesOf(baseline) || 'none'}`,
    );
  }
  return reasons;
}

function pct(value: number | null): string {
  return value === null ? 'n/a' : `${(value * 100).toFixed(1)} %`;
}

/** Each judge (name, version) the runs used, and whether its calibration trusts that version. */
async function judgeTrust(storage: Storage, project: Project, runs: readonly StoredRun[], body: GateBody) {
  const seen = new Map<string, { name: string; version: number }>();
  for (const run of runs) for (const j of run.judges) seen.set(`${j.name}\n${j.version}`, j);
  // The caller may raise the project's bar, never lower it.
  const bar = await selectJudgeThresholds(storage.db, project.id);
  const minKappa = Math.max(bar.minKappa, body.calibration.minKappa ?? 0);
  const minPairs = Math.max(bar.minPairs, body.calibration.minPairs ?? 0);
  const out: GateResponse['judges'] = [];
  for (const { name, version } of seen.values()) {
    try {
      const calibration = await judgeCalibration(storage, project, name, {
        question: body.calibration.question,
        passValues: body.calibration.passValues?.join(','),
        minKappa,
        minPairs,
        bucket: 'week',
      });
      const of = calibration.versions.find((v) => v.version === version);
      out.push({
        name,
        version,
        trusted: of?.calibrated === true,
        why: of?.calibrated ? null : (of?.flag ?? `no items with both a verdict of v${version} and a human decision`),
      });
    } catch (error) {
      if (!(error instanceof TandemError)) throw error;
      const detail = error.details[0]?.message ?? error.message;
      out.push({ name, version, trusted: false, why: detail });
    }
  }
  return out;
}
