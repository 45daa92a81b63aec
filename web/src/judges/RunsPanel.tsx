import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type ApiError, got, type QueryOf, tandem } from '../api/client';
import type { JudgeView } from './judgeDraft';

type RunState = NonNullable<QueryOf<'/api/projects/{project}/judges/{judge}/runs'>['state']>;
const STATES: RunState[] = ['queued', 'running', 'done', 'failed'];

/** The current version's runs, filtered by state, and "Run on all items" (items without a run of it). */
export function RunsPanel({ slug, judge, canRun }: { slug: string; judge: JudgeView; canRun: boolean }) {
  const client = useQueryClient();
  const [state, setState] = useState<RunState | ''>('');
  const path = { project: slug, judge: judge.name };
  const runs = useQuery({
    queryKey: ['judge-runs', slug, judge.name, judge.version, state],
    queryFn: () =>
      got(
        tandem.GET('/api/projects/{project}/judges/{judge}/runs', {
          params: { path, query: { limit: '100', ...(state ? { state } : {}) } },
        }),
      ),
    refetchInterval: (query) =>
      query.state.data?.runs.some((r) => r.state === 'queued' || r.state === 'running') ? 1_000 : 5_000,
  });
  const runAll = useMutation<{ queued: number; alreadyRun: number }, ApiError>({
    mutationFn: () => got(tandem.POST('/api/projects/{project}/judges/{judge}/runs', { params: { path }, body: {} })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['judge-runs', slug, judge.name] }),
  });
  const list = runs.data?.runs ?? [];
  return (
    <section
      aria-labelledby="judge-runs-title"
      className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="judge-runs-title" className="text-sm font-semibold text-slate-900">
          Runs of {judge.name} v{judge.version}
        </h2>
        <label className="ml-auto text-xs text-slate-700">
          State{' '}
          <select
            value={state}
            onChange={(e) => setState(e.target.value as RunState | '')}
            className="rounded-md border border-slate-300 px-2 py-1 text-sm"
          >
            <option value="">all</option>
            {STATES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        {canRun && (
          <button
            type="button"
            disabled={runAll.isPending}
            onClick={() => runAll.mutate()}
            className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
          >
            Run on all items
          </button>
        )}
      </div>
      <p role="status" className="text-sm text-slate-700">
        {runAll.isError
          ? runAll.error.message
          : runAll.data
            ? `${runAll.data.queued} runs queued; ${runAll.data.alreadyRun} items had one already.`
            : null}
      </p>
      <table className="w-full text-left text-sm" aria-label="Runs">
        <thead className="border-b border-slate-200 text-xs text-slate-600">
          <tr>
            {['Run', 'Item', 'State', 'Verdict', 'Reason or error', 'Latency'].map((c) => (
              <th key={c} scope="col" className="py-1 pr-3 font-medium">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {list.map((run) => (
            <tr key={run.id}>
              <td className="py-1 pr-3 tabular-nums">{run.id}</td>
              <td className="py-1 pr-3 tabular-nums">{run.itemId}</td>
              <td className="py-1 pr-3">{run.state}</td>
              <td className="py-1 pr-3">{run.pass === null ? '—' : run.pass ? 'pass' : 'fail'}</td>
              <td className="max-w-md truncate py-1 pr-3" title={run.error ?? run.reason ?? ''}>
                {run.state === 'failed' ? run.error : run.reason}
              </td>
              <td className="py-1 pr-3 tabular-nums">{run.latencyMs === null ? '—' : `${run.latencyMs} ms`}</td>
            </tr>
          ))}
          {runs.isSuccess && list.length === 0 && (
            <tr>
              <td colSpan={6} className="py-3 text-center text-slate-500">
                No runs{state ? ` in state ${state}` : ''}.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
