import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { type ApiError, getProject, got, tandem } from '../api/client';
import { ItemData } from '../workspace/DataValue';

/** GET /api/projects/:p/reports (src/items/reports.ts `ReportView`). */
interface Report {
  id: number;
  itemId: number;
  reason: string;
  reportedBy: { id: number; username: string };
  status: 'open' | 'requeued' | 'closed';
  createdAt: string;
  resolvedBy: { id: number; username: string } | null;
  resolvedAt: string | null;
  resolution: string | null;
}

/**
 * /projects/$project/reports (managers): items people reported as broken, each beside its data;
 * send it back to the queue (once fixed) or close it (kept out of the queue, status held).
 */
export function ReportsPage() {
  const { project: slug } = useParams({ from: '/projects/$project/reports' });
  const [all, setAll] = useState(false);
  const project = useQuery({
    queryKey: ['project', slug],
    queryFn: () => getProject(slug),
  });
  const reports = useQuery({
    queryKey: ['reports', slug, all],
    queryFn: () =>
      got(
        tandem.GET('/api/projects/{project}/reports', {
          params: { path: { project: slug }, query: { status: all ? 'all' : 'open' } },
        }),
      ),
    refetchInterval: 15_000,
  });
  const list = reports.data?.reports ?? [];
  return (
    <section aria-labelledby="reports-title" className="grid gap-4">
      <div className="flex flex-wrap items-baseline gap-4">
        <h1 id="reports-title" className="text-2xl font-semibold">
          {project.data?.name ?? slug} · reported items
        </h1>
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} /> Show resolved reports too
        </label>
        <Link to="/projects/$project/dashboard" params={{ project: slug }} className="ml-auto text-sm text-brand-700">
          Dashboard →
        </Link>
      </div>
      {reports.isPending ? (
        <div className="h-40 animate-pulse rounded-xl bg-slate-100" />
      ) : reports.isError ? (
        <p role="alert" className="text-sm text-red-700">
          Could not load the reports: {reports.error.message}
        </p>
      ) : list.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">
          No {all ? '' : 'open '}reports. When someone reports a problem with an item, it appears here.
        </p>
      ) : (
        <ul className="grid gap-3">
          {list.map((report) => (
            <li key={report.id}>
              <ReportCard slug={slug} report={report} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ReportCard({ slug, report }: { slug: string; report: Report }) {
  const client = useQueryClient();
  const [note, setNote] = useState('');
  const item = useQuery({
    queryKey: ['item', slug, report.itemId],
    queryFn: () =>
      got(
        tandem.GET('/api/projects/{project}/items/{itemId}', {
          params: { path: { project: slug, itemId: String(report.itemId) } },
        }),
      ),
  });
  const resolve = useMutation<Report, ApiError, 'requeue' | 'close'>({
    mutationFn: (action) =>
      got(
        tandem.POST('/api/projects/{project}/reports/{reportId}/resolve', {
          params: { path: { project: slug, reportId: report.id } },
          body: {
            action,
            ...(note.trim() ? { note: note.trim() } : {}),
          },
        }),
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['reports', slug] }),
  });
  return (
    <article
      aria-label={`Report on item ${report.itemId}`}
      className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm lg:grid-cols-[minmax(0,1fr)_22rem]"
    >
      <div className="min-w-0">
        <h2 className="mb-2 text-sm font-semibold text-slate-900">
          Item {report.itemId}
          {item.data?.externalId ? ` · ${item.data.externalId}` : ''}
        </h2>
        {item.data ? (
          <ItemData data={item.data.data} hidden={[]} />
        ) : (
          <p className="text-sm text-slate-500">{item.isError ? item.error.message : 'Loading the item…'}</p>
        )}
      </div>
      <div className="grid content-start gap-2 text-sm">
        <p className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900">
          <span className="font-semibold">{report.reportedBy.username}</span>: {report.reason}
          <span className="block text-xs text-amber-800">{new Date(report.createdAt).toLocaleString()}</span>
        </p>
        {report.status === 'open' ? (
          <>
            <label className="block text-xs font-medium text-slate-700">
              Note (optional)
              <input
                value={note}
                onChange={(e) => setNote(e.target.value)}
                className="mt-1 block w-full rounded-md border border-slate-300 px-2.5 py-1.5 text-sm"
              />
            </label>
            <div className="flex flex-wrap gap-2">
              <button
                type="button"
                disabled={resolve.isPending}
                onClick={() => resolve.mutate('requeue')}
                className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
              >
                Send back to the queue
              </button>
              <button
                type="button"
                disabled={resolve.isPending}
                onClick={() => resolve.mutate('close')}
                className="rounded-md border border-slate-300 px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60"
              >
                Close (keep it out)
              </button>
            </div>
            {resolve.isError && (
              <p role="alert" className="text-xs font-medium text-red-700">
                {resolve.error.message}
              </p>
            )}
          </>
        ) : (
          <p className="text-slate-600">
            {report.status === 'requeued' ? 'Sent back to the queue' : 'Closed'} by {report.resolvedBy?.username}
            {report.resolution ? `: ${report.resolution}` : ''}
          </p>
        )}
      </div>
    </article>
  );
}
