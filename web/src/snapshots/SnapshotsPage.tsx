import type { RequestBody, ResponseBody } from '@tandem/sdk';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { type ApiError, getProject, got, inProject, tandem } from '../api/client';

/** The item statuses a snapshot may be filtered on (from the API contract). */
type SnapshotStatus = NonNullable<
  NonNullable<RequestBody<'/api/projects/{project}/snapshots', 'post'>['filter']>['status']
>;

type Snapshot = ResponseBody<'/api/projects/{project}/snapshots', 'get'>['snapshots'][number];
type ExportFormat = ResponseBody<'/api/export-formats', 'get'>['formats'][number];

/**
 * /projects/$project/snapshots: versioned snapshots. Take one (name, why, which items), download
 * it in any export format (the same bytes every time), and compare two.
 */
export function SnapshotsPage() {
  const { project: slug } = useParams({ from: '/projects/$project/snapshots' });
  const project = useQuery({
    queryKey: ['project', slug],
    queryFn: () => getProject(slug),
  });
  const snapshots = useQuery({
    queryKey: ['snapshots', slug],
    queryFn: () => got(tandem.GET('/api/projects/{project}/snapshots', inProject(slug))),
  });
  const formats = useQuery({
    queryKey: ['export-formats'],
    queryFn: () => got(tandem.GET('/api/export-formats')),
  });
  const list = snapshots.data?.snapshots ?? [];
  return (
    <section aria-labelledby="snapshots-title" className="grid gap-4">
      <div className="flex flex-wrap items-baseline gap-4">
        <h1 id="snapshots-title" className="text-2xl font-semibold">
          {project.data?.name ?? slug} · snapshots
        </h1>
        <Link to="/projects/$project/dashboard" params={{ project: slug }} className="ml-auto text-sm text-brand-700">
          Dashboard →
        </Link>
      </div>
      <CreateSnapshotForm slug={slug} />
      {snapshots.isPending ? (
        <div className="h-40 animate-pulse rounded-xl bg-slate-100" />
      ) : snapshots.isError ? (
        <p role="alert" className="text-sm text-red-700">
          Could not load the snapshots: {snapshots.error.message}
        </p>
      ) : list.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">
          No snapshots yet. Take one to pin the exact items and labels a model was trained on.
        </p>
      ) : (
        <>
          <ul className="grid gap-3" aria-label="Snapshots">
            {list.map((snapshot) => (
              <li key={snapshot.id}>
                <SnapshotCard slug={slug} snapshot={snapshot} formats={formats.data?.formats ?? []} />
              </li>
            ))}
          </ul>
          {list.length > 1 ? <DiffPanel slug={slug} snapshots={list} /> : null}
        </>
      )}
    </section>
  );
}

function CreateSnapshotForm({ slug }: { slug: string }) {
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState('decided');
  const create = useMutation<Snapshot, ApiError>({
    mutationFn: () =>
      got(
        tandem.POST('/api/projects/{project}/snapshots', {
          ...inProject(slug),
          body: {
            reason: reason.trim(),
            ...(name.trim() ? { name: name.trim() } : {}),
            filter: status ? { status: status as SnapshotStatus } : {},
          },
        }),
      ),
    onSuccess: () => {
      setName('');
      setReason('');
      void client.invalidateQueries({ queryKey: ['snapshots', slug] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <form
      onSubmit={submit}
      aria-label="Take a snapshot"
      className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-[12rem_minmax(0,1fr)_10rem_auto] sm:items-end"
    >
      <label className="text-xs font-medium text-slate-700">
        Name (optional)
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="train-v7"
          className="mt-1 block w-full rounded-md border border-slate-300 px-2.5 py-1.5 text-sm"
        />
      </label>
      <label className="text-xs font-medium text-slate-700">
        Why
        <input
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          required
          placeholder="Training data for model v7"
          className="mt-1 block w-full rounded-md border border-slate-300 px-2.5 py-1.5 text-sm"
        />
        {create.error?.fieldMessage('reason') ? (
          <span className="text-xs text-red-700">{create.error.fieldMessage('reason')}</span>
        ) : null}
      </label>
      <label className="text-xs font-medium text-slate-700">
        Items
        <select
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
        >
          <option value="decided">Decided</option>
          <option value="">All</option>
        </select>
      </label>
      <button
        type="submit"
        disabled={create.isPending}
        className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {create.isPending ? 'Taking…' : 'Take snapshot'}
      </button>
      <p role="status" className="text-sm text-slate-700 sm:col-span-4">
        {create.isError ? (
          <span className="text-red-700">{create.error.message}</span>
        ) : create.data ? (
          `Snapshot ${create.data.name} taken: ${create.data.counts.items} items.`
        ) : null}
      </p>
    </form>
  );
}

function SnapshotCard({ slug, snapshot, formats }: { slug: string; snapshot: Snapshot; formats: ExportFormat[] }) {
  const [format, setFormat] = useState('jsonl');
  return (
    <article
      aria-label={`Snapshot ${snapshot.name}`}
      className="grid gap-2 rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm"
    >
      <h2 className="font-semibold text-slate-900">
        #{snapshot.id} · {snapshot.name}
        <span className="ml-2 font-normal text-slate-500">{new Date(snapshot.createdAt).toLocaleString()}</span>
      </h2>
      <p className="text-slate-700">{snapshot.reason}</p>
      <dl className="grid grid-cols-[8rem_minmax(0,1fr)] gap-x-3 gap-y-1 text-xs text-slate-600">
        <dt>Items</dt>
        <dd>
          {snapshot.counts.items} ({snapshot.counts.decided} decided)
        </dd>
        <dt>Filter</dt>
        <dd>{Object.keys(snapshot.filter).length ? JSON.stringify(snapshot.filter) : 'all items'}</dd>
        <dt>Content hash</dt>
        <dd className="truncate font-mono">{snapshot.contentHash}</dd>
        <dt>Schema hash</dt>
        <dd className="truncate font-mono">{snapshot.schemaHash}</dd>
      </dl>
      <div className="flex flex-wrap items-end gap-2">
        <label className="text-xs font-medium text-slate-700">
          Format
          <select
            value={format}
            onChange={(e) => setFormat(e.target.value)}
            className="mt-1 block rounded-md border border-slate-300 px-2 py-1 text-sm"
          >
            {(formats.length ? formats : [{ name: 'jsonl', description: 'JSONL' }]).map((f) => (
              <option key={f.name} value={f.name} title={f.description}>
                {f.name}
              </option>
            ))}
          </select>
        </label>
        <a
          href={`/api/projects/${slug}/snapshots/${snapshot.id}/export?format=${format}`}
          download
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm text-brand-700 hover:bg-slate-50"
        >
          Download
        </a>
      </div>
    </article>
  );
}

function DiffPanel({ slug, snapshots }: { slug: string; snapshots: Snapshot[] }) {
  const [from, setFrom] = useState(String(snapshots[1]?.id ?? ''));
  const [to, setTo] = useState(String(snapshots[0]?.id ?? ''));
  const diff = useQuery({
    queryKey: ['snapshot-diff', slug, from, to],
    queryFn: () =>
      got(
        tandem.GET('/api/projects/{project}/snapshots/{snapshotId}/diff', {
          params: { path: { project: slug, snapshotId: to }, query: { against: from } },
        }),
      ),
    enabled: from !== '' && to !== '' && from !== to,
  });
  const choose = (value: string, set: (v: string) => void, label: string) => (
    <label className="text-xs font-medium text-slate-700">
      {label}
      <select
        value={value}
        onChange={(e) => set(e.target.value)}
        className="mt-1 block rounded-md border border-slate-300 px-2 py-1 text-sm"
      >
        {snapshots.map((s) => (
          <option key={s.id} value={s.id}>
            #{s.id} {s.name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section
      aria-labelledby="diff-title"
      className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="diff-title" className="text-sm font-semibold">
        Compare snapshots
      </h2>
      <div className="flex flex-wrap gap-3">
        {choose(from, setFrom, 'From')}
        {choose(to, setTo, 'To')}
      </div>
      <div role="status" className="text-sm text-slate-700">
        {from === to ? (
          'Pick two different snapshots.'
        ) : diff.isError ? (
          <span className="text-red-700">{diff.error.message}</span>
        ) : diff.data ? (
          <ul className="grid gap-1">
            <li>{diff.data.added.count} added</li>
            <li>{diff.data.removed.count} removed</li>
            {Object.entries(diff.data.labelChanged).map(([question, change]) => (
              <li key={question}>
                {change.count} relabelled in <span className="font-medium">{question}</span> (items{' '}
                {change.itemIds.join(', ')})
              </li>
            ))}
            <li>{diff.data.unchanged} unchanged</li>
          </ul>
        ) : (
          'Comparing…'
        )}
      </div>
    </section>
  );
}
