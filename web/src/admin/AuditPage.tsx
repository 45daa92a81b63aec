import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../api/client';
import type { AuditRecord, AuditVerification } from '../api/types';
import { AdminArea } from './AdminNav';

interface Filters {
  project: string;
  action: string;
  actor: string;
}

const EMPTY: Filters = { project: '', action: '', actor: '' };

/** Admins: every change, who made it and when; and a check that nobody edited the history. */
export function AuditPage() {
  return (
    <AdminArea>
      <AuditLog />
    </AdminArea>
  );
}

function AuditLog() {
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const records = useInfiniteQuery({
    queryKey: ['audit', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: '50' });
      for (const [name, value] of Object.entries(filters)) if (value.trim()) query.set(name, value.trim());
      if (pageParam) query.set('cursor', pageParam);
      return api<{ records: AuditRecord[]; nextCursor: string | null }>('GET', `/api/audit?${query}`);
    },
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const verify = useMutation({ mutationFn: () => api<AuditVerification>('GET', '/api/audit/verify') });

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilters(draft);
  }
  const rows = records.data?.pages.flatMap((page) => page.records) ?? [];

  return (
    <section aria-labelledby="audit-heading" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="audit-heading" className="text-2xl font-semibold">
          Audit log
        </h1>
        <button
          type="button"
          onClick={() => verify.mutate()}
          disabled={verify.isPending}
          className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50"
        >
          {verify.isPending ? 'Checking…' : 'Verify the chain'}
        </button>
      </div>
      {verify.data && (
        <p
          role="status"
          className={`rounded-md px-3 py-2 text-sm ${verify.data.ok ? 'bg-emerald-50 text-emerald-900' : 'bg-red-50 text-red-900'}`}
        >
          {verify.data.ok
            ? `Intact: ${verify.data.checked} records checked${verify.data.head ? `, head #${verify.data.head.seq} ${verify.data.head.hash.slice(0, 16)}…` : ''}.`
            : `Broken: ${verify.data.firstBroken?.reason}.`}
          {verify.data.unsealed > 0 && ` ${verify.data.unsealed} newest records are not chained yet.`}
        </p>
      )}
      <form onSubmit={apply} className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4">
        {(
          [
            ['project', 'Project (slug or id)'],
            ['action', 'Action (e.g. policy.set)'],
            ['actor', 'Actor (user id)'],
          ] as const
        ).map(([name, label]) => (
          <div key={name}>
            <label htmlFor={`audit-${name}`} className="block text-sm font-medium text-slate-700">
              {label}
            </label>
            <input
              id={`audit-${name}`}
              value={draft[name]}
              onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
              className="mt-1 rounded-md border border-slate-300 px-3 py-1.5 text-sm"
            />
          </div>
        ))}
        <button type="submit" className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white">
          Filter
        </button>
      </form>
      {records.isError && (
        <p role="alert" className="text-sm text-red-700">
          {records.error.message}
        </p>
      )}
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Audit records, newest first</caption>
          <thead className="bg-slate-50 text-slate-500">
            <tr>
              <th className="px-3 py-2 font-medium">When</th>
              <th className="px-3 py-2 font-medium">Who</th>
              <th className="px-3 py-2 font-medium">Action</th>
              <th className="px-3 py-2 font-medium">Project</th>
              <th className="px-3 py-2 font-medium">Target</th>
              <th className="px-3 py-2 font-medium">Details</th>
              <th className="px-3 py-2 font-medium">#</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((record) => (
              <tr key={record.id} className="border-t border-slate-100 align-top">
                <td className="whitespace-nowrap px-3 py-1.5">{new Date(record.createdAt).toLocaleString()}</td>
                <td className="px-3 py-1.5">{record.actor?.username ?? 'Tandem'}</td>
                <td className="px-3 py-1.5 font-mono">{record.action}</td>
                <td className="px-3 py-1.5">{record.project?.slug ?? '—'}</td>
                <td className="px-3 py-1.5 font-mono">{record.target ?? '—'}</td>
                <td className="max-w-md truncate px-3 py-1.5 font-mono text-xs" title={JSON.stringify(record.details)}>
                  {JSON.stringify(record.details)}
                </td>
                <td className="px-3 py-1.5 text-slate-500">{record.seq ?? 'pending'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && !records.isPending && <p className="p-4 text-sm text-slate-600">No records match.</p>}
      </div>
      {records.hasNextPage && (
        <button
          type="button"
          onClick={() => void records.fetchNextPage()}
          className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        >
          Older records
        </button>
      )}
    </section>
  );
}
