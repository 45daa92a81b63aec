import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { got, inProject, tandem } from '../api/client';

/** "3.2 s", "4 min", "2.5 h": how long the oldest due job has waited. */
export function formatAge(seconds: number | null): string {
  if (seconds === null) return '–';
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  if (seconds < 3_600) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3_600).toFixed(1)} h`;
}

/**
 * The project's background jobs (managers): queued, running, failed and the oldest due job's age,
 * per type, with the failed ones listed with their reason and a retry button.
 */
export function JobsCard({ slug, refreshKey }: { slug: string; refreshKey: number }) {
  const id = useId();
  const client = useQueryClient();
  const summary = useQuery({
    queryKey: ['jobs-summary', slug, refreshKey],
    queryFn: () => got(tandem.GET('/api/projects/{project}/jobs/summary', inProject(slug))),
    refetchInterval: 10_000,
    placeholderData: (previous) => previous,
  });
  const failed = useQuery({
    queryKey: ['jobs-failed', slug, refreshKey],
    queryFn: () =>
      got(
        tandem.GET('/api/projects/{project}/jobs', {
          params: { path: { project: slug }, query: { state: 'failed', limit: '5' } },
        }),
      ),
    placeholderData: (previous) => previous,
  });
  const retry = useMutation({
    mutationFn: (jobId: number) =>
      tandem.POST('/api/projects/{project}/jobs/{jobId}/retry', {
        params: { path: { project: slug, jobId: String(jobId) } },
      }),
    onSuccess: () => client.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('jobs-') }),
  });
  const total = summary.data?.total;
  const tiles: [string, string | undefined][] = [
    ['Queued', total && String(total.queued)],
    ['Running', total && String(total.running)],
    ['Failed', total && String(total.failed)],
    ['Oldest due', total && formatAge(total.oldestDueAgeSeconds)],
  ];
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id={`${id}-title`} className="text-sm font-semibold text-slate-900">
        Background jobs
      </h2>
      <p className="mt-0.5 h-5 text-xs text-slate-600">
        Webhook deliveries and other work Tandem does for this project.
      </p>
      <dl className="mt-2 grid grid-cols-4 gap-2">
        {tiles.map(([label, value]) => (
          <div key={label} className="rounded-lg bg-slate-50 px-3 py-2">
            <dt className="text-xs text-slate-600">{label}</dt>
            <dd className="h-6 text-lg font-semibold tabular-nums text-slate-900">
              {value ?? <span className="inline-block h-4 w-8 animate-pulse rounded bg-slate-200" />}
            </dd>
          </div>
        ))}
      </dl>
      {(summary.data?.types.length ?? 0) > 0 && (
        <table className="mt-3 w-full text-left text-sm">
          <caption className="sr-only">Jobs per type</caption>
          <thead className="border-b border-slate-200 text-xs text-slate-600">
            <tr>
              <th scope="col" className="py-1 pr-3 font-medium">
                Type
              </th>
              <th scope="col" className="py-1 pr-3 text-right font-medium">
                Queued
              </th>
              <th scope="col" className="py-1 pr-3 text-right font-medium">
                Running
              </th>
              <th scope="col" className="py-1 pr-3 text-right font-medium">
                Failed
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Oldest due
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 tabular-nums">
            {summary.data?.types.map((t) => (
              <tr key={t.type}>
                <td className="py-1 pr-3 font-mono text-xs">{t.type}</td>
                <td className="py-1 pr-3 text-right">{t.queued}</td>
                <td className="py-1 pr-3 text-right">{t.running}</td>
                <td className="py-1 pr-3 text-right">{t.failed}</td>
                <td className="py-1 text-right">{formatAge(t.oldestDueAgeSeconds)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {retry.isError && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {(retry.error as Error).message}
        </p>
      )}
      {(failed.data?.jobs.length ?? 0) > 0 && (
        <ul className="mt-3 space-y-1 text-sm" aria-label="Failed jobs">
          {failed.data?.jobs.map((job) => (
            <li key={job.id} className="flex items-start gap-2 rounded bg-red-50 px-2 py-1">
              <span className="min-w-0 flex-1">
                <span className="font-mono text-xs">
                  {job.type} #{job.id}
                </span>{' '}
                <span className="text-red-800">{job.lastError ?? 'failed'}</span>
              </span>
              <button
                type="button"
                onClick={() => retry.mutate(job.id)}
                className="rounded border border-slate-300 bg-white px-2 py-0.5 text-xs hover:bg-slate-50"
              >
                Retry #{job.id}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
