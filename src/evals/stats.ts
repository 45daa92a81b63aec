import type { Regression, Spread, WinRate } from './contracts.js';

/** Pure figures for eval runs and their comparison (no storage). */

/** z for a two-sided 95 % interval. */
const Z95 = 1.959963984540054;

/**
 * Wilson score interval for `successes` out of `trials` (95 %). Chosen over the normal
 * approximation because golden sets are small and win rates near 0 or 1 are common: Wilson's
 * bounds stay inside [0, 1] and keep their coverage there.
 *
 * @example wilsonInterval(8, 10) // { low: 0.4902, high: 0.9433 } (rounded)
 */
export function wilsonInterval(successes: number, trials: number, z = Z95): { low: number; high: number } | null {
  if (trials === 0) return null;
  const p = successes / trials;
  const z2 = z * z;
  const centre = p + z2 / (2 * trials);
  const margin = z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  const denominator = 1 + z2 / trials;
  // At the ends the exact bound is 0 (no successes) or 1 (all); floating point would give 1e-17.
  const low = successes === 0 ? 0 : Math.max(0, (centre - margin) / denominator);
  const high = successes === trials ? 1 : Math.min(1, (centre + margin) / denominator);
  return { low, high };
}

/** Nearest-rank percentile of the values (p in 0–100); null when there are none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
}

export function spread(values: readonly number[]): Spread {
  return { mean: mean(values), p50: percentile(values, 50), p95: percentile(values, 95) };
}

/** One entry's result in one run: `pass` = every judge passed, `score` = the mean judge score. */
export interface EntryResult {
  readonly externalId: string;
  readonly metadata: Record<string, unknown>;
  /** Null while not every score has settled (or the run has no judges). */
  readonly pass: boolean | null;
  readonly score: number | null;
  readonly cost: number | null;
  readonly latencyMs: number | null;
}

/** Scores differing by less than this are a tie (floating-point noise of a mean). */
const TIE = 1e-9;

export interface Comparison {
  readonly compared: number;
  readonly winRate: WinRate;
  readonly regressions: Regression[];
  readonly passToFail: number;
  readonly failToPass: number;
  readonly regressionRate: number | null;
  readonly slices: {
    key: string;
    value: string;
    entries: number;
    run: { passRate: number | null; meanScore: number | null };
    baseline: { passRate: number | null; meanScore: number | null };
  }[];
}

type Scored = EntryResult & { pass: boolean; score: number };
const isScored = (r: EntryResult | undefined): r is Scored => r !== undefined && r.pass !== null && r.score !== null;

/** Per-entry comparison of a run with its baseline, entries matched by external id. */
export function compareResults(run: readonly EntryResult[], baseline: readonly EntryResult[]): Comparison {
  const before = new Map(baseline.map((r) => [r.externalId, r]));
  let wins = 0;
  let losses = 0;
  let ties = 0;
  let passToFail = 0;
  let failToPass = 0;
  const regressions: Regression[] = [];
  const slices = new Map<string, { key: string; value: string; run: Scored[]; baseline: Scored[] }>();
  for (const now of run) {
    const was = before.get(now.externalId);
    if (!isScored(now) || !isScored(was)) continue;
    if (now.score > was.score + TIE) wins += 1;
    else if (now.score < was.score - TIE) losses += 1;
    else ties += 1;
    if (was.pass && !now.pass) passToFail += 1;
    if (!was.pass && now.pass) failToPass += 1;
    if ((was.pass && !now.pass) || now.score < was.score - TIE) {
      regressions.push({
        externalId: now.externalId,
        kind: was.pass && !now.pass ? 'pass_to_fail' : 'score_drop',
        baseline: { pass: was.pass, score: was.score },
        run: { pass: now.pass, score: now.score },
      });
    }
    for (const [key, raw] of Object.entries(now.metadata)) {
      if (raw === null || typeof raw === 'object') continue;
      const value = String(raw);
      const id = `${key}\n${value}`;
      const slice = slices.get(id) ?? { key, value, run: [], baseline: [] };
      slice.run.push(now);
      slice.baseline.push(was);
      slices.set(id, slice);
    }
  }
  const decisive = wins + losses;
  const interval = wilsonInterval(wins, decisive);
  const compared = wins + losses + ties;
  const figures = (rows: Scored[]) => ({
    passRate: mean(rows.map((r) => (r.pass ? 1 : 0))),
    meanScore: mean(rows.map((r) => r.score)),
  });
  regressions.sort((a, b) =>
    a.kind === b.kind
      ? b.baseline.score - b.run.score - (a.baseline.score - a.run.score)
      : a.kind === 'pass_to_fail'
        ? -1
        : 1,
  );
  return {
    compared,
    winRate: {
      wins,
      losses,
      ties,
      rate: decisive === 0 ? null : wins / decisive,
      low: interval?.low ?? null,
      high: interval?.high ?? null,
      method: 'wilson',
    },
    regressions,
    passToFail,
    failToPass,
    regressionRate: compared === 0 ? null : passToFail / compared,
    slices: [...slices.values()]
      .sort((a, b) => a.key.localeCompare(b.key) || a.value.localeCompare(b.value))
      .map((s) => ({
        key: s.key,
        value: s.value,
        entries: s.run.length,
        run: figures(s.run),
        baseline: figures(s.baseline),
      })),
  };
}

/** A run's own figures over its entries. */
export function runFigures(results: readonly EntryResult[]) {
  const scored = results.filter(isScored);
  const costs = results.map((r) => r.cost).filter((c): c is number => c !== null);
  const latencies = results.map((r) => r.latencyMs).filter((l): l is number => l !== null);
  return {
    scored: scored.length,
    passRate: mean(scored.map((r) => (r.pass ? 1 : 0))),
    meanScore: mean(scored.map((r) => r.score)),
    cost: { ...spread(costs), total: costs.length === 0 ? null : costs.reduce((s, c) => s + c, 0) },
    latencyMs: spread(latencies),
  };
}
