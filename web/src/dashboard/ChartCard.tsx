import { useId } from 'react';
import type { ChartView } from './dashboardView';
import { EChart } from './EChart';

export interface TableAlternative {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

/**
 * A dashboard card: heading, a one-line text summary, the chart at a fixed height (a skeleton
 * of the same height while loading) and the same figures as a table for screen readers and
 * anyone who prefers numbers.
 */
export function ChartCard({
  title,
  view,
  height = 220,
  className = '',
}: {
  title: string;
  /** Undefined while loading. */
  view: ChartView | undefined;
  height?: number;
  className?: string;
}) {
  const id = useId();
  const { summary, option, table, empty } = view ?? {};
  return (
    <section
      aria-labelledby={`${id}-title`}
      className={`rounded-xl border border-slate-200 bg-white p-4 shadow-sm ${className}`}
    >
      <h2 id={`${id}-title`} className="text-sm font-semibold text-slate-900">
        {title}
      </h2>
      <p className="mt-0.5 h-5 truncate text-xs text-slate-600" title={summary}>
        {summary ?? <span className="inline-block h-3 w-48 animate-pulse rounded bg-slate-100" />}
      </p>
      <div className="relative mt-2" style={{ height }}>
        {option ? (
          <EChart option={option} height={height} />
        ) : (
          <div className="h-full animate-pulse rounded-lg bg-slate-100" />
        )}
        {option && empty && (
          <p className="absolute inset-0 flex items-center justify-center text-sm text-slate-500">{empty}</p>
        )}
      </div>
      {table && (
        <details className="mt-2 text-xs">
          <summary className="cursor-pointer text-slate-600 hover:text-slate-900">Show as table</summary>
          <table className="mt-2 w-full text-left">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                {table.columns.map((c) => (
                  <th key={c} scope="col" className="py-1 pr-3 font-medium">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 tabular-nums">
              {table.rows.map((row) => (
                <tr key={String(row[0])}>
                  {row.map((cell, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells are columns by position
                    <td key={i} className="py-1 pr-3">
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}
