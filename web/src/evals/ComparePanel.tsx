import { useQuery } from '@tanstack/react-query';
import { got, tandem } from '../api/client';
import type { ChartOption } from '../dashboard/EChart';
import { EChart } from '../dashboard/EChart';

const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(1)} %`);
const num = (x: number | null | undefined, digits = 2) => (x === null || x === undefined ? '—' : x.toFixed(digits));
const cell = 'py-1 pr-3';

/** A run against its baseline: the figures side by side, win rate with its interval, regressions, slices. */
export function ComparePanel({ slug, run, baseline }: { slug: string; run: number; baseline: number }) {
  const report = useQuery({
    queryKey: ['eval-compare', slug, run, baseline],
    queryFn: () =>
      got(
        tandem.GET('/api/projects/{project}/evals/compare', {
          params: { path: { project: slug }, query: { run: String(run), baseline: String(baseline) } },
        }),
      ),
  });
  if (report.isError) {
    return (
      <p role="alert" className="text-sm text-red-700">
        Could not compare: {report.error.message}
      </p>
    );
  }
  const r = report.data;
  if (!r) return <div className="h-40 animate-pulse rounded-xl bg-slate-100" />;
  const slices = r.slices.map((s) => `${s.key}=${s.value}`);
  const option: ChartOption = {
    grid: { left: 40, right: 12, top: 28, bottom: 40 },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: slices },
    yAxis: { type: 'value', min: 0, max: 1, name: 'pass rate' },
    series: [
      { type: 'bar', name: r.baseline.name, data: r.slices.map((s) => s.baseline.passRate ?? 0) },
      { type: 'bar', name: r.run.name, data: r.slices.map((s) => s.run.passRate ?? 0) },
    ],
  };
  const w = r.winRate;
  return (
    <section
      aria-labelledby="compare-title"
      className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm"
    >
      <h2 id="compare-title" className="text-sm font-semibold text-slate-900">
        {r.run.name} against {r.baseline.name}
      </h2>
      <table className="w-full text-left tabular-nums" aria-label="Comparison summary">
        <thead className="border-b border-slate-200 text-xs text-slate-600">
          <tr>
            {['Run', 'Scored', 'Pass rate', 'Mean score', 'Cost total', 'Latency p50', 'Latency p95'].map((h) => (
              <th key={h} scope="col" className={`${cell} font-medium`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {[r.baseline, r.run].map((f) => (
            <tr key={f.id}>
              <td className={cell}>{f.name}</td>
              <td className={cell}>{f.scored}</td>
              <td className={cell}>{pct(f.passRate)}</td>
              <td className={cell}>{num(f.meanScore)}</td>
              <td className={cell}>{num(f.cost.total, 4)}</td>
              <td className={cell}>{f.latencyMs.p50 === null ? '—' : `${f.latencyMs.p50} ms`}</td>
              <td className={cell}>{f.latencyMs.p95 === null ? '—' : `${f.latencyMs.p95} ms`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Win rate of {r.run.name}: <b>{pct(w.rate)}</b>
        {w.low !== null && w.high !== null ? ` (95 % CI ${pct(w.low)}–${pct(w.high)})` : ''} over {r.compared} entries —{' '}
        {w.wins} wins, {w.losses} losses, {w.ties} ties. Pass→fail: {r.passToFail} ({pct(r.regressionRate)}), fail→pass:{' '}
        {r.failToPass}.{r.human ? ` People: ${pct(r.human.rate)} over ${r.human.decided} decided pairs.` : ''}
      </p>
      <div>
        <h3 className="text-xs font-semibold text-slate-700">Regressions ({r.regressions.length})</h3>
        <table className="mt-1 w-full text-left tabular-nums" aria-label="Regressions">
          <thead className="border-b border-slate-200 text-xs text-slate-600">
            <tr>
              {['Entry', 'Kind', 'Baseline', 'Run'].map((h) => (
                <th key={h} scope="col" className={`${cell} font-medium`}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {r.regressions.map((g) => (
              <tr key={g.externalId}>
                <td className={cell}>{g.externalId}</td>
                <td className={cell}>{g.kind === 'pass_to_fail' ? 'pass → fail' : 'score drop'}</td>
                <td className={cell}>
                  {g.baseline.pass ? 'pass' : 'fail'} {num(g.baseline.score)}
                </td>
                <td className={cell}>
                  {g.run.pass ? 'pass' : 'fail'} {num(g.run.score)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {slices.length > 0 && (
        <div>
          <h3 className="text-xs font-semibold text-slate-700">Pass rate per slice</h3>
          <EChart option={option} height={220} />
          <table className="mt-1 w-full text-left tabular-nums" aria-label="Slices">
            <tbody className="divide-y divide-slate-100">
              {r.slices.map((s) => (
                <tr key={`${s.key}=${s.value}`}>
                  <td className={cell}>
                    {s.key}={s.value}
                  </td>
                  <td className={cell}>{s.entries} entries</td>
                  <td className={cell}>
                    {pct(s.baseline.passRate)} → {pct(s.run.passRate)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
