import { useId } from 'react';
import type { ChartView } from './dashboardView';
import { EChart } from './EChart';
import { formatDuration, type ProjectStats } from './stats';

/** Responses per person as bars, with the full per-person table (counts, mean time) beside them. */
export function AnnotatorsCard({ stats, view }: { stats: ProjectStats | undefined; view: ChartView | undefined }) {
  const id = useId();
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm lg:col-span-2"
    >
      <h2 id={`${id}-title`} className="text-sm font-semibold text-slate-900">
        People
      </h2>
      <p className="mt-0.5 h-5 text-xs text-slate-600">
        {view?.summary ?? <span className="inline-block h-3 w-48 animate-pulse rounded bg-slate-100" />}
      </p>
      <div className="mt-2 grid gap-6 md:grid-cols-2">
        <div className="relative h-[220px]">
          {view ? (
            <EChart option={view.option} height={220} />
          ) : (
            <div className="h-full animate-pulse rounded-lg bg-slate-100" />
          )}
          {view?.empty && (
            <p className="absolute inset-0 flex items-center justify-center text-sm text-slate-500">{view.empty}</p>
          )}
        </div>
        <div className="h-[220px] overflow-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Responses and mean time per task for each person</caption>
            <thead className="sticky top-0 border-b border-slate-200 bg-white text-xs text-slate-600">
              <tr>
                <th scope="col" className="py-1.5 pr-3 font-medium">
                  Person
                </th>
                <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                  Responses
                </th>
                <th scope="col" className="py-1.5 text-right font-medium">
                  Mean time per task
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 tabular-nums">
              {(stats?.annotators ?? []).map((a) => (
                <tr key={a.userId}>
                  <td className="py-1.5 pr-3">{a.username}</td>
                  <td className="py-1.5 pr-3 text-right">{a.responses}</td>
                  <td className="py-1.5 text-right">{formatDuration(a.meanTimeMs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
