import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { type ApiError, got, inProject, tandem } from '../api/client';
import { type BulkAction, type BulkReport, type ExplorerSearch, filterOf, queryString } from './types';

const ACTIONS: readonly { action: BulkAction; label: string; explain: string; danger?: boolean }[] = [
  {
    action: 'send_back',
    label: 'Send back for review',
    explain: 'Each gets one fresh review slot; its decision stays until the new answer is in.',
  },
  {
    action: 'mark_gold',
    label: 'Mark gold',
    explain: 'Each decided item becomes a gold item with its decision as the known answer; undecided ones are skipped.',
  },
  {
    action: 'archive',
    label: 'Archive',
    explain: 'They leave the queue; their data, answers and decisions are kept and still exported.',
  },
  {
    action: 'delete',
    label: 'Delete',
    explain: 'They are removed for good with their answers and decisions. The audit log keeps what was deleted.',
    danger: true,
  },
];

interface BulkBarProps {
  readonly slug: string;
  readonly search: ExplorerSearch;
  readonly selectedIds: readonly number[];
  readonly allMatching: boolean;
  readonly total: number;
  readonly totalCapped: boolean;
  readonly onSelectAllMatching: () => void;
  readonly onDone: () => void;
}

/** Acts on the ticked items or on every item matching the filter, after a confirmation that names the count. */
export function BulkBar(props: BulkBarProps) {
  const { slug, search, selectedIds, allMatching, total, totalCapped } = props;
  const [pending, setPending] = useState<BulkAction | null>(null);
  const [report, setReport] = useState<BulkReport | null>(null);
  const count = allMatching ? total : selectedIds.length;
  const run = useMutation<BulkReport, ApiError, BulkAction>({
    mutationFn: (action) =>
      got(
        tandem.POST('/api/projects/{project}/explore/bulk', {
          ...inProject(slug),
          body: {
            action,
            confirm: count,
            ...(allMatching ? { filter: filterOf(search) } : { itemIds: [...selectedIds] }),
          },
        }),
      ),
    onSuccess: (result) => {
      setReport(result);
      setPending(null);
      props.onDone();
    },
  });
  const chosen = ACTIONS.find((a) => a.action === pending);
  const exportQuery = queryString(filterOf(search));

  return (
    <section aria-label="Bulk actions" className="grid gap-2 rounded-xl border border-slate-200 bg-white p-3 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium text-slate-800">
          {count === 0 ? 'No items selected' : `${count.toLocaleString()} selected`}
        </span>
        {!allMatching && total > 0 && !totalCapped && (
          <button type="button" onClick={props.onSelectAllMatching} className="text-brand-700 underline">
            Select all {total.toLocaleString()} matching
          </button>
        )}
        {ACTIONS.map(({ action, label, danger }) => (
          <button
            key={action}
            type="button"
            disabled={count === 0 || run.isPending}
            onClick={() => {
              setReport(null);
              setPending(action);
            }}
            className={`rounded-md border px-3 py-1.5 font-medium disabled:opacity-50 ${danger ? 'border-red-300 text-red-700 hover:bg-red-50' : 'border-slate-300 text-slate-700 hover:bg-slate-50'}`}
          >
            {label}
          </button>
        ))}
        <span className="ml-auto flex gap-2">
          <a className="text-brand-700 underline" href={`/api/projects/${slug}/explore/export?${exportQuery}`} download>
            Export matching (JSONL)
          </a>
          <a
            className="text-brand-700 underline"
            href={`/api/projects/${slug}/explore/export?${queryString({ ...filterOf(search), format: 'csv' })}`}
            download
          >
            CSV
          </a>
        </span>
      </div>
      {chosen && (
        <div
          role="alertdialog"
          aria-labelledby="bulk-confirm"
          className="rounded-lg border border-amber-300 bg-amber-50 p-3"
        >
          <p id="bulk-confirm" className="font-medium text-amber-900">
            {chosen.label}: {count.toLocaleString()} item{count === 1 ? '' : 's'}?
          </p>
          <p className="text-amber-900">{chosen.explain}</p>
          <div className="mt-2 flex gap-2">
            <button
              type="button"
              ref={(button) => button?.focus()}
              disabled={run.isPending}
              onClick={() => run.mutate(chosen.action)}
              className={`rounded-md px-3 py-1.5 font-medium text-white ${chosen.danger ? 'bg-red-600 hover:bg-red-700' : 'bg-brand-600 hover:bg-brand-700'}`}
            >
              Yes, {chosen.label.toLowerCase()} {count.toLocaleString()}
            </button>
            <button
              type="button"
              onClick={() => setPending(null)}
              className="rounded-md border border-slate-300 px-3 py-1.5"
            >
              Cancel
            </button>
          </div>
          {run.isError && (
            <p role="alert" className="mt-1 text-red-700">
              {run.error.message}
            </p>
          )}
        </div>
      )}
      {report && (
        <p role="status" className="text-slate-700">
          {ACTIONS.find((a) => a.action === report.action)?.label}: {report.done} of {report.matched} done
          {report.skipped.length > 0 &&
            `; skipped ${report.skipped.length} (${report.skipped
              .slice(0, 3)
              .map((s) => `#${s.itemId}: ${s.reason}`)
              .join('; ')}${report.skipped.length > 3 ? '…' : ''})`}
        </p>
      )}
    </section>
  );
}
