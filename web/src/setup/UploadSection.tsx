import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import type { ApiError } from '../api/client';
import type { IngestReport } from '../api/types';
import { importContentType, uploadItemsFile } from './uploadItems';

type UploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; fraction: number; name: string }
  | { phase: 'done'; report: IngestReport; name: string }
  | { phase: 'failed'; message: string };

/** Pick a JSONL/CSV file, watch it upload, then read the per-row report. */
export function UploadSection({ slug }: { slug: string }) {
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const abort = useRef<AbortController | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const fileProblem = file && !importContentType(file.name) ? 'Choose a .jsonl, .ndjson or .csv file.' : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file || fileProblem) return input.current?.focus();
    abort.current = new AbortController();
    setState({ phase: 'uploading', fraction: 0, name: file.name });
    try {
      const report = await uploadItemsFile(
        slug,
        file,
        (fraction) => setState({ phase: 'uploading', fraction, name: file.name }),
        abort.current.signal,
      );
      setState({ phase: 'done', report, name: file.name });
      void client.invalidateQueries({ queryKey: ['projects'] });
    } catch (error) {
      setState({ phase: 'failed', message: (error as ApiError).message });
    }
  };
  const percent = state.phase === 'uploading' ? Math.round(state.fraction * 100) : state.phase === 'done' ? 100 : 0;

  return (
    <div className="max-w-4xl space-y-6">
      <form noValidate onSubmit={submit} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 className="text-base font-semibold">Upload items</h2>
        <p className="mt-1 text-sm text-slate-600">
          One item per line (JSONL:{' '}
          <code className="rounded bg-slate-100 px-1">{'{"externalId", "data", "prediction"…}'}</code>) or a CSV with a
          header. Good rows are stored; bad rows are listed below with their line.
        </p>
        <div className="mt-4 flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="upload-file" className="block text-xs font-medium text-slate-700">
              File (.jsonl, .ndjson or .csv)
            </label>
            <input
              ref={input}
              id="upload-file"
              type="file"
              accept=".jsonl,.ndjson,.csv,application/x-ndjson,text/csv"
              aria-invalid={fileProblem ? true : undefined}
              aria-describedby={fileProblem ? 'upload-file-error' : undefined}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              className="mt-1 block text-sm text-slate-700 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-slate-700 hover:file:bg-slate-50"
            />
          </div>
          <button
            type="submit"
            disabled={state.phase === 'uploading'}
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
          >
            Upload
          </button>
          {state.phase === 'uploading' && (
            <button
              type="button"
              onClick={() => abort.current?.abort()}
              className="rounded-md px-3 py-2 text-sm text-slate-600 hover:bg-slate-100"
            >
              Cancel
            </button>
          )}
        </div>
        {fileProblem && (
          <p id="upload-file-error" className="mt-1 text-xs font-medium text-red-700">
            {fileProblem}
          </p>
        )}
        <div className="mt-4 h-12">
          {state.phase !== 'idle' && state.phase !== 'failed' && (
            <>
              <div className="flex justify-between text-xs text-slate-600">
                <span>{state.name}</span>
                <span className="tabular-nums">
                  {state.phase === 'done' ? 'Done' : percent < 100 ? `${percent}% sent` : 'Storing rows…'}
                </span>
              </div>
              <div
                role="progressbar"
                aria-label="Upload progress"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={percent}
                className="mt-1 h-2 overflow-hidden rounded-full bg-slate-100"
              >
                <div
                  className={`h-full rounded-full transition-[width] ${state.phase === 'done' ? 'bg-emerald-500' : 'bg-brand-600'}`}
                  style={{ width: `${percent}%` }}
                />
              </div>
            </>
          )}
          {state.phase === 'failed' && (
            <p role="alert" className="text-sm font-medium text-red-700">
              {state.message}
            </p>
          )}
        </div>
      </form>
      {state.phase === 'done' && <ImportReport report={state.report} />}
    </div>
  );
}

function ImportReport({ report }: { report: IngestReport }) {
  const figures = [
    ['Received', report.received],
    ['Created', report.created],
    ['Updated', report.updated],
    ['Rejected', report.rejected],
  ] as const;
  return (
    <section aria-labelledby="report-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="report-heading" className="text-base font-semibold">
        Import report
      </h2>
      <p role="status" className="sr-only">
        Import finished: {report.created} created, {report.updated} updated, {report.rejected} rejected.
      </p>
      <dl className="mt-3 grid grid-cols-4 gap-3">
        {figures.map(([label, value]) => (
          <div key={label} className="rounded-lg bg-slate-50 px-3 py-2">
            <dt className="text-xs text-slate-600">{label}</dt>
            <dd
              className={`text-xl font-semibold tabular-nums ${label === 'Rejected' && value > 0 ? 'text-red-700' : ''}`}
            >
              {value}
            </dd>
          </div>
        ))}
      </dl>
      {report.errors.length > 0 && (
        <table className="mt-4 w-full text-left text-sm">
          <caption className="mb-2 text-left text-sm font-medium text-slate-800">
            Rows not imported{report.errorsTruncated ? ' (first 1,000 shown)' : ''}
          </caption>
          <thead className="border-b border-slate-200 text-xs text-slate-600">
            <tr>
              <th scope="col" className="py-1.5 pr-4 font-medium">
                Line
              </th>
              <th scope="col" className="py-1.5 pr-4 font-medium">
                Field
              </th>
              <th scope="col" className="py-1.5 pr-4 font-medium">
                Code
              </th>
              <th scope="col" className="py-1.5 font-medium">
                Problem
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {report.errors.map((error) => (
              <tr key={`${error.row}:${error.path}:${error.message}`}>
                <td className="py-1.5 pr-4 tabular-nums">{error.line ?? error.row + 1}</td>
                <td className="py-1.5 pr-4 font-mono text-xs">{error.path || '—'}</td>
                <td className="py-1.5 pr-4 font-mono text-xs text-slate-600">{error.code}</td>
                <td className="py-1.5 text-slate-800">{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
