import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { ApiError, got, inProject, tandem } from '../api/client';
import type { ChartOption } from './EChart';
import { EChart } from './EChart';

const fixed = (x: number | null | undefined) => (x === null || x === undefined ? '—' : x.toFixed(2));
const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(0)} %`);

/**
 * Judge calibration (issue 13 point 3): per judge, its current version against people's
 * decisions — κ, accuracy, F1 of fail, pairs, calibrated or why not — and κ per week as a line.
 * Each judge links to its page with the confusion matrix. Hidden while the project has no judges.
 */
export function CalibrationCard({ slug, refreshKey }: { slug: string; refreshKey: number }) {
  const judges = useQuery({
    queryKey: ['judges', slug, refreshKey],
    queryFn: () => got(tandem.GET('/api/projects/{project}/judges', inProject(slug))),
    placeholderData: (previous) => previous,
  });
  const list = judges.data?.judges ?? [];
  const reports = useQueries({
    queries: list.map((judge) => ({
      queryKey: ['judge-calibration', slug, judge.name, judge.version, refreshKey],
      queryFn: () =>
        got(
          tandem.GET('/api/projects/{project}/judges/{judge}/calibration', {
            params: { path: { project: slug, judge: judge.name } },
          }),
        ),
      retry: false,
    })),
  });
  if (list.length === 0) return null;
  const rows = list.map((judge, index) => {
    const report = reports[index];
    const current = report?.data?.versions.find((v) => v.version === judge.version);
    const problem =
      report?.error instanceof ApiError ? report.error.message : report?.isError ? 'could not load' : undefined;
    return { judge, report: report?.data, current, problem };
  });
  const starts = [...new Set(rows.flatMap((r) => r.current?.overTime.map((b) => b.start) ?? []))].sort();
  const option: ChartOption = {
    grid: { left: 36, right: 12, top: 24, bottom: 28 },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: { fontSize: 11 } },
    xAxis: { type: 'category', data: starts },
    yAxis: { type: 'value', min: -1, max: 1, name: 'κ' },
    series: rows
      .filter((r) => r.current)
      .map((r) => {
        const byStart = new Map(r.current?.overTime.map((b) => [b.start, b.kappa]) ?? []);
        return {
          type: 'line' as const,
          name: r.judge.name,
          showSymbol: true,
          connectNulls: true,
          data: starts.map((s) => byStart.get(s) ?? null),
        };
      }),
  };
  return (
    <section
      aria-labelledby="calibration-card-title"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm lg:col-span-2"
    >
      <div className="flex items-baseline gap-3">
        <h2 id="calibration-card-title" className="text-sm font-semibold text-slate-900">
          Judge calibration
        </h2>
        <Link to="/projects/$project/judges" params={{ project: slug }} className="ml-auto text-xs text-brand-700">
          Judges →
        </Link>
      </div>
      <table className="mt-2 w-full text-left text-sm" aria-label="Judge calibration">
        <thead className="border-b border-slate-200 text-xs text-slate-600">
          <tr>
            {['Judge', 'κ', 'Accuracy', 'F1 of fail', 'Pairs', 'Calibrated'].map((h) => (
              <th key={h} scope="col" className="py-1 pr-3 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 tabular-nums">
          {rows.map(({ judge, current, problem }) => (
            <tr key={judge.name}>
              <td className="py-1 pr-3">
                <Link
                  to="/projects/$project/judges"
                  params={{ project: slug }}
                  search={{ judge: judge.name }}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {judge.name}
                </Link>{' '}
                <span className="text-xs text-slate-500">v{judge.version}</span>
              </td>
              <td className="py-1 pr-3">{fixed(current?.kappa)}</td>
              <td className="py-1 pr-3">{pct(current?.accuracy)}</td>
              <td className="py-1 pr-3">{fixed(current?.fail.f1)}</td>
              <td className="py-1 pr-3">{current?.pairs ?? 0}</td>
              <td className="py-1 pr-3">
                {current?.calibrated ? (
                  <span className="text-emerald-700">yes{judge.trusted ? ' · trusted' : ''}</span>
                ) : (
                  <span className="text-amber-800">{problem ?? current?.flag ?? 'no pairs yet'}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {starts.length > 0 && (
        <div className="mt-3">
          <EChart option={option} height={160} />
        </div>
      )}
    </section>
  );
}
