import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearch } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { got, tandem } from '../api/client';
import { ApprovalPanel } from './ApprovalPanel';
import { Countdown, useNow } from './Countdown';
import type { PendingApproval } from './claims';

/** /approvals: agent actions waiting for a person, soonest deadline first, refreshed every 5 s. */
export function ApprovalsPage() {
  const client = useQueryClient();
  const now = useNow();
  const [open, setOpen] = useState<PendingApproval | null>(null);
  const [message, setMessage] = useState('');
  const list = useQuery({
    queryKey: ['approvals'],
    queryFn: () => got(tandem.GET('/api/approvals')),
    refetchInterval: 5_000,
  });
  const approvals = list.data?.approvals ?? [];
  // A notification's link (?item=) opens its action once, when the list first has it.
  const linked = useSearch({ from: '/approvals' }).item;
  const linkUsed = useRef(false);
  useEffect(() => {
    if (linkUsed.current || linked === undefined || !list.data) return;
    linkUsed.current = true;
    const found = list.data.approvals.find((a) => a.item.id === linked);
    if (found) setOpen(found);
    else setMessage('That action is no longer waiting: someone decided it, or it timed out.');
  }, [linked, list.data]);
  const stillPending = !open || approvals.some((a) => a.item.id === open.item.id) || list.isFetching;

  return (
    <section aria-labelledby="approvals-heading">
      <div className="flex items-baseline justify-between gap-4">
        <h1 id="approvals-heading" className="text-2xl font-semibold">
          Approvals
        </h1>
        <p className="text-sm text-slate-600">Agent actions waiting for a decision · refreshed every 5 s</p>
      </div>
      <p role="status" className="mt-3 min-h-10 text-sm">
        {message && (
          <span className="inline-block rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-emerald-900">
            {message}
          </span>
        )}
      </p>
      <div className="mt-2 grid items-start gap-6 lg:grid-cols-[24rem_minmax(0,1fr)]">
        <div>
          <h2 className="mb-2 text-sm font-semibold text-slate-700">
            Pending <span className="font-normal text-slate-500">({list.isPending ? '…' : approvals.length})</span>
          </h2>
          {list.isPending ? (
            <div className="h-40 animate-pulse rounded-xl bg-slate-100" />
          ) : list.isError ? (
            <p role="alert" className="text-sm text-red-700">
              Could not load approvals: {list.error.message}
            </p>
          ) : approvals.length === 0 ? (
            <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">
              Nothing is waiting. New actions appear here within 5 seconds.
            </p>
          ) : (
            <ul className="space-y-2">
              {approvals.map((approval) => (
                <li key={approval.item.id}>
                  <ApprovalRow
                    approval={approval}
                    now={now}
                    selected={open?.item.id === approval.item.id}
                    onOpen={() => {
                      setMessage('');
                      setOpen(approval);
                    }}
                  />
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          {open ? (
            <>
              {!stillPending && (
                <p className="mb-3 rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">
                  This action is no longer pending: it was decided or timed out.
                </p>
              )}
              <ApprovalPanel
                key={open.item.id}
                approval={open}
                now={now}
                onClose={() => setOpen(null)}
                onDecided={(text) => {
                  setOpen(null);
                  setMessage(text);
                  void client.invalidateQueries({ queryKey: ['approvals'] });
                }}
              />
            </>
          ) : (
            <div className="flex h-40 items-center justify-center rounded-xl border border-dashed border-slate-300 text-sm text-slate-500">
              Open an action to see its arguments and decide.
            </div>
          )}
        </div>
      </div>
    </section>
  );
}

function ApprovalRow({
  approval,
  now,
  selected,
  onOpen,
}: {
  approval: PendingApproval;
  now: number;
  selected: boolean;
  onOpen: () => void;
}) {
  const action = (approval.item.data.action ?? Object.values(approval.item.data)[0]) as
    | { tool?: unknown; arguments?: unknown }
    | undefined;
  const tool = typeof action?.tool === 'string' ? action.tool : 'action';
  const args = action?.arguments === undefined ? '' : JSON.stringify(action.arguments);
  return (
    <button
      type="button"
      onClick={onOpen}
      aria-current={selected || undefined}
      className="block w-full rounded-xl border border-slate-200 bg-white p-3 text-left shadow-sm hover:border-brand-600 aria-[current=true]:border-brand-600 aria-[current=true]:ring-2 aria-[current=true]:ring-brand-100"
    >
      <span className="flex items-center justify-between gap-2">
        <span className="truncate font-mono text-sm font-semibold text-slate-900">{tool}</span>
        <Countdown deadline={approval.item.deadlineAt} now={now} />
      </span>
      <span className="mt-1 block truncate font-mono text-xs text-slate-600">{args}</span>
      <span className="mt-1 block text-xs text-slate-500">
        {approval.project.name}
        {approval.item.externalId ? ` · ${approval.item.externalId}` : ''}
      </span>
    </button>
  );
}
