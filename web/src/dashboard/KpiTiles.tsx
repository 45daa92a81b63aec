import { type ProjectStats, sum } from './stats';

/** The headline numbers; fixed-size tiles with a placeholder while loading. */
export function KpiTiles({ stats, hours }: { stats: ProjectStats | undefined; hours: number }) {
  const window = hours === 1 ? 'last hour' : hours === 24 ? 'last 24 h' : `last ${Math.round(hours / 24)} days`;
  const tiles: [string, number | undefined][] = [
    ['Items', stats && sum(Object.values(stats.items))],
    ['Decided', stats && (stats.items.decided ?? 0)],
    ['Open tasks', stats?.queue.open],
    ['In progress', stats?.queue.leased],
    [`Responses (${window})`, stats && sum(stats.throughput.map((b) => b.responses))],
    [`Decisions (${window})`, stats && sum(stats.throughput.map((b) => b.decisions))],
    ['Re-decided by refit', stats?.redecided],
  ];
  return (
    <dl className="grid grid-cols-3 gap-3 lg:grid-cols-7">
      {tiles.map(([label, value]) => (
        <div key={label} className="rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm">
          <dt className="truncate text-xs text-slate-600">{label}</dt>
          <dd className="mt-1 h-8 text-2xl font-semibold tabular-nums text-slate-900">
            {value === undefined ? (
              <span className="inline-block h-6 w-12 animate-pulse rounded bg-slate-100" />
            ) : (
              value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
