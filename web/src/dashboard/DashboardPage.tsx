import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { canManage, canRead, useMe } from '../api/auth';
import { getProject, got, tandem } from '../api/client';
import { AnnotatorsCard } from './AnnotatorsCard';
import { CalibrationCard } from './CalibrationCard';
import { ChartCard } from './ChartCard';
import { dashboardView } from './dashboardView';
import { JobsCard } from './JobsCard';
import { KpiTiles } from './KpiTiles';
import { LearningCurveCard } from './LearningCurveCard';
import { type LiveState, useProjectEvents } from './liveEvents';
import { QualityCard } from './QualityCard';

const WINDOWS = [
  [1, 'Last hour'],
  [24, 'Last 24 hours'],
  [168, 'Last 7 days'],
] as const;

/** /projects/$project/dashboard: the project's figures, refreshed live from its event stream. */
export function DashboardPage() {
  const { project: slug } = useParams({ from: '/projects/$project/dashboard' });
  const [hours, setHours] = useState<number>(24);
  const { data: me } = useMe();
  const project = useQuery({
    queryKey: ['project', slug],
    queryFn: () => getProject(slug),
  });
  const stats = useQuery({
    queryKey: ['stats', slug, hours],
    queryFn: () =>
      got(
        tandem.GET('/api/projects/{project}/stats', {
          params: { path: { project: slug }, query: { hours: String(hours) } },
        }),
      ),
    // The event stream drives updates; the interval is only a safety net.
    refetchInterval: 60_000,
    placeholderData: (previous) => previous,
  });
  const live = useProjectEvents(slug, () => void stats.refetch());
  const s = stats.data;
  const view = useMemo(() => (s ? dashboardView(s) : undefined), [s]);

  return (
    <section aria-labelledby="dashboard-heading" className="space-y-4">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <h1 id="dashboard-heading" className="text-2xl font-semibold">
          {project.data?.name ?? slug} · dashboard
        </h1>
        <LiveIndicator state={live} updatedAt={stats.dataUpdatedAt} />
        <div className="ml-auto flex items-center gap-3">
          <label htmlFor="dashboard-window" className="text-sm text-slate-600">
            Throughput window
          </label>
          <select
            id="dashboard-window"
            value={hours}
            onChange={(e) => setHours(Number(e.target.value))}
            className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
          >
            {WINDOWS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <Link
            to="/projects/$project/explore"
            params={{ project: slug }}
            className="text-sm font-medium text-brand-700 hover:underline"
          >
            Explore items
          </Link>
          {canRead(me) && (
            <Link
              to="/projects/$project/judges"
              params={{ project: slug }}
              className="text-sm font-medium text-brand-700 hover:underline"
            >
              Judges
            </Link>
          )}
          {canRead(me) && (
            <Link
              to="/projects/$project/evals"
              params={{ project: slug }}
              className="text-sm font-medium text-brand-700 hover:underline"
            >
              Evaluation
            </Link>
          )}
          {canRead(me) && (
            <Link
              to="/projects/$project/traces"
              params={{ project: slug }}
              className="text-sm font-medium text-brand-700 hover:underline"
            >
              Traces
            </Link>
          )}
          {canManage(me) && (
            <Link
              to="/projects/$project/reports"
              params={{ project: slug }}
              className="text-sm font-medium text-brand-700 hover:underline"
            >
              Reported items{s?.items.reported ? ` (${s.items.reported})` : ''}
            </Link>
          )}
          <Link
            to="/projects/$project/work"
            params={{ project: slug }}
            className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
          >
            Start working
          </Link>
        </div>
      </div>
      {stats.isError && (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-2 text-sm text-red-800">
          Could not load the figures: {stats.error.message}
        </p>
      )}
      <KpiTiles stats={s} hours={hours} />
      <div className="grid gap-4 lg:grid-cols-2">
        <ChartCard title="Throughput" view={view?.throughput} height={200} className="lg:col-span-2" />
        <ChartCard title="Items by status" view={view?.status} />
        <ChartCard title="Queue depth" view={view?.queue} />
        <ChartCard title="Decisions by method" view={view?.methods} />
        <ChartCard title="Agreement" view={view?.agreement} />
        <AnnotatorsCard stats={s} view={view?.annotators} />
        <LearningCurveCard slug={slug} refreshKey={stats.dataUpdatedAt} canTrain={canManage(me)} />
        {canManage(me) && <QualityCard slug={slug} refreshKey={stats.dataUpdatedAt} />}
        {canManage(me) && <JobsCard slug={slug} refreshKey={stats.dataUpdatedAt} />}
        {canRead(me) && <CalibrationCard slug={slug} refreshKey={stats.dataUpdatedAt} />}
      </div>
    </section>
  );
}

function LiveIndicator({ state, updatedAt }: { state: LiveState; updatedAt: number }) {
  const styles = {
    live: ['bg-emerald-500', 'Live'],
    connecting: ['bg-slate-400', 'Connecting…'],
    reconnecting: ['bg-amber-500', 'Reconnecting…'],
  } as const;
  const [dot, text] = styles[state];
  return (
    <p className="flex items-center gap-2 rounded-full border border-slate-200 bg-white px-2.5 py-0.5 text-xs text-slate-700">
      <span className="relative flex h-2 w-2">
        {state === 'live' && (
          <span className="absolute inline-flex h-full w-full animate-ping rounded-full bg-emerald-400 opacity-60" />
        )}
        <span className={`relative inline-flex h-2 w-2 rounded-full ${dot}`} />
      </span>
      <span role="status" className="font-medium">
        {text}
      </span>
      {updatedAt > 0 && <span className="text-slate-500">updated {new Date(updatedAt).toLocaleTimeString()}</span>}
    </p>
  );
}
