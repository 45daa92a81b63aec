import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { ApiError, api } from '../api/client';
import type { ExportFormatInfo, Project, SnapshotView } from '../api/types';
import { downloadExport, type ExportProgress } from './exportDownload';

const STATUSES = ['', 'pending', 'queued', 'adjudication', 'decided', 'held', 'archived'] as const;

const inputClass = 'mt-1 w-full rounded-md border border-slate-300 px-3 py-1.5 text-sm';

/**
 * Export: a format from the server's registry, and either the items matching an explorer filter
 * (as they are now) or a snapshot (byte-identical every time), with a live counter.
 */
export function ExportSection({ project }: { project: Project }) {
  const slug = project.slug;
  const formats = useQuery({
    queryKey: ['export-formats'],
    queryFn: () => api<{ formats: ExportFormatInfo[] }>('GET', '/api/export-formats'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const snapshots = useQuery({
    queryKey: ['snapshots', slug],
    queryFn: () => api<{ snapshots: SnapshotView[] }>('GET', `/api/projects/${slug}/snapshots`),
  });
  const [source, setSource] = useState<'filter' | 'snapshot'>('filter');
  const [format, setFormat] = useState('jsonl');
  const [question, setQuestion] = useState('');
  const [filter, setFilter] = useState({ q: '', status: '', label: '', tag: '' });
  const [snapshotId, setSnapshotId] = useState('');
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | Error | null>(null);
  const [running, setRunning] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const id = useId();

  const chosenSnapshot = snapshots.data?.snapshots.find((s) => String(s.id) === snapshotId);
  const start = async (event: FormEvent) => {
    event.preventDefault();
    const params = new URLSearchParams({ format });
    if (question) params.set('question', question);
    let path: string;
    if (source === 'snapshot') {
      path = `/api/projects/${slug}/snapshots/${snapshotId || 0}/export?${params}`;
    } else {
      for (const [key, value] of Object.entries(filter)) if (value.trim()) params.set(key, value.trim());
      path = `/api/projects/${slug}/explore/export?${params}`;
    }
    const controller = new AbortController();
    abort.current = controller;
    setRunning(true);
    setError(null);
    setResult(null);
    setProgress({ rows: null, bytes: 0, total: null, done: false });
    try {
      const total = source === 'snapshot' ? (chosenSnapshot?.counts.items ?? null) : null;
      const saved = await downloadExport(path, format, total, setProgress, controller.signal);
      setResult(saved.fileName);
    } catch (caught) {
      setError(controller.signal.aborted ? new Error('Export cancelled.') : (caught as Error));
      setProgress(null);
    } finally {
      setRunning(false);
    }
  };
  const fieldError = (path: string) => (error instanceof ApiError ? error.fieldMessage(path) : undefined);
  const described = formats.data?.formats.find((f) => f.name === format);

  return (
    <div className="max-w-3xl space-y-4">
      <form onSubmit={start} noValidate className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 className="text-base font-semibold">Export</h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor={`${id}-format`} className="block text-sm font-medium text-slate-700">
              Format
            </label>
            <select
              id={`${id}-format`}
              value={format}
              onChange={(e) => setFormat(e.target.value)}
              aria-describedby={`${id}-format-help`}
              className={inputClass}
            >
              {(formats.data?.formats ?? [{ name: 'jsonl' } as ExportFormatInfo]).map((f) => (
                <option key={f.name} value={f.name}>
                  {f.name}
                </option>
              ))}
            </select>
            <p id={`${id}-format-help`} className="mt-1 text-xs text-slate-500">
              {described?.description}
            </p>
          </div>
          <div>
            <label htmlFor={`${id}-question`} className="block text-sm font-medium text-slate-700">
              Question (single-question formats)
            </label>
            <select
              id={`${id}-question`}
              value={question}
              onChange={(e) => setQuestion(e.target.value)}
              className={inputClass}
            >
              <option value="">The first that fits</option>
              {project.labelSchema.questions.map((q) => (
                <option key={q.name} value={q.name}>
                  {q.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <fieldset>
          <legend className="text-sm font-medium text-slate-700">What to export</legend>
          <div className="mt-1 flex gap-6 text-sm">
            <label className="flex items-center gap-1.5">
              <input
                type="radio"
                name={`${id}-source`}
                checked={source === 'filter'}
                onChange={() => setSource('filter')}
                className="accent-brand-600"
              />
              Items matching a filter (as they are now)
            </label>
            <label className="flex items-center gap-1.5">
              <input
                type="radio"
                name={`${id}-source`}
                checked={source === 'snapshot'}
                onChange={() => setSource('snapshot')}
                className="accent-brand-600"
              />
              A snapshot (the same bytes every time)
            </label>
          </div>
        </fieldset>
        {source === 'filter' ? (
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              id={`${id}-q`}
              label="Search words"
              value={filter.q}
              error={fieldError('q')}
              onChange={(q) => setFilter({ ...filter, q })}
            />
            <div>
              <label htmlFor={`${id}-status`} className="block text-sm font-medium text-slate-700">
                Status
              </label>
              <select
                id={`${id}-status`}
                value={filter.status}
                onChange={(e) => setFilter({ ...filter, status: e.target.value })}
                className={inputClass}
              >
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {s || 'Any'}
                  </option>
                ))}
              </select>
            </div>
            <TextField
              id={`${id}-label`}
              label="Decided label (question:value)"
              value={filter.label}
              error={fieldError('label')}
              onChange={(label) => setFilter({ ...filter, label })}
            />
            <TextField
              id={`${id}-tag`}
              label="Tag"
              value={filter.tag}
              error={fieldError('tag')}
              onChange={(tag) => setFilter({ ...filter, tag })}
            />
            <p className="text-xs text-slate-500 sm:col-span-2">
              The explorer has every filter (annotator, agreement, confidence, dates…); its export uses the same API.
            </p>
          </div>
        ) : (
          <div>
            <label htmlFor={`${id}-snapshot`} className="block text-sm font-medium text-slate-700">
              Snapshot
            </label>
            <select
              id={`${id}-snapshot`}
              value={snapshotId}
              onChange={(e) => setSnapshotId(e.target.value)}
              className={inputClass}
            >
              <option value="">Choose a snapshot…</option>
              {(snapshots.data?.snapshots ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} — {s.counts.items} items
                </option>
              ))}
            </select>
            {snapshots.data?.snapshots.length === 0 && (
              <p className="mt-1 text-xs text-slate-500">No snapshots yet: take one on the Snapshots page.</p>
            )}
          </div>
        )}
        <div className="flex items-center gap-3">
          <button
            type="submit"
            disabled={running || (source === 'snapshot' && !snapshotId)}
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50"
          >
            Export
          </button>
          {running && (
            <button
              type="button"
              onClick={() => abort.current?.abort()}
              className="rounded-md border border-slate-300 px-3 py-2 text-sm text-slate-700 hover:bg-slate-50"
            >
              Cancel
            </button>
          )}
        </div>
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {error.message}
          </p>
        )}
      </form>
      {progress && <ProgressPanel progress={progress} fileName={result} />}
    </div>
  );
}

function TextField(props: {
  id: string;
  label: string;
  value: string;
  error?: string | undefined;
  onChange(v: string): void;
}) {
  return (
    <div>
      <label htmlFor={props.id} className="block text-sm font-medium text-slate-700">
        {props.label}
      </label>
      <input
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${props.id}-error` : undefined}
        className={inputClass}
      />
      {props.error && (
        <p id={`${props.id}-error`} className="mt-1 text-sm text-red-700">
          {props.error}
        </p>
      )}
    </div>
  );
}

const size = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 ** 2
      ? `${(bytes / 1024).toFixed(1)} KB`
      : `${(bytes / 1024 ** 2).toFixed(1)} MB`;

function ProgressPanel({ progress, fileName }: { progress: ExportProgress; fileName: string | null }) {
  const { rows, total, bytes, done } = progress;
  const counted = rows !== null && total !== null && total > 0;
  const text =
    rows !== null
      ? `${rows.toLocaleString()} rows written${total !== null ? ` of ${total.toLocaleString()} items` : ''} · ${size(bytes)}`
      : `${size(bytes)} received${total !== null ? ` · ${total.toLocaleString()} items` : ''}`;
  return (
    <section aria-label="Export progress" className="rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm">
      <progress
        className="h-2 w-full accent-brand-600"
        aria-label="Export progress"
        max={counted ? total : 1}
        value={done ? (counted ? total : 1) : counted ? Math.min(rows, total) : undefined}
      />
      <p role="status" data-testid="export-progress" className="mt-2 text-slate-700">
        {done ? `Done: ${text}` : text}
        {done && fileName ? ` — saved as ${fileName}` : ''}
      </p>
    </section>
  );
}
