import { useEffect, useState } from 'react';
import type { Project } from '../api/types';
import type { SessionState } from './session/WorkSession';
import { Kbd } from './widgets/parts';

interface HeaderProps {
  readonly project: Project | undefined;
  readonly state: SessionState | null;
  readonly onSubmit: () => void;
  readonly onSkip: () => void;
  readonly onHelp: () => void;
  readonly onReport: () => void;
  readonly guidelines: { shown: boolean; toggle: () => void } | undefined;
}

/** Mouse clicks leave the keyboard focus where it was, so Enter keeps meaning "submit". */
const keepFocus = (event: { preventDefault: () => void }) => event.preventDefault();

/** Project name, the item on screen, progress this session, and the actions with their keys. */
export function WorkspaceHeader({ project, state, onSubmit, onSkip, onHelp, onReport, guidelines }: HeaderProps) {
  const current = state?.current ?? null;
  const item = current?.claimed.item;
  const saving = state?.outbox.filter((e) => e.state !== 'failed').length ?? 0;
  const adjudicating = current?.claimed.task.phase === 'adjudication';
  const canWork = state?.phase === 'working' && current !== null;
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-2 rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm">
      <div className="min-w-0">
        <h1 className="truncate text-lg font-semibold text-slate-900">{project?.name ?? 'Loading…'}</h1>
        <p className="h-5 truncate text-xs text-slate-600">
          {item && (
            <>
              <span
                className={`mr-2 rounded px-1.5 py-0.5 font-medium ${adjudicating ? 'bg-amber-100 text-amber-800' : 'bg-brand-50 text-brand-700'}`}
              >
                {adjudicating ? 'Adjudication' : 'Review'}
              </span>
              Item {item.id}
              {item.externalId ? ` · ${item.externalId}` : ''}
              {current && <LeaseLeft expiresAt={current.claimed.task.leaseExpiresAt} lost={current.leaseLost} />}
            </>
          )}
        </p>
      </div>
      <output aria-live="polite" className="text-sm text-slate-700">
        <span className="font-semibold tabular-nums text-slate-900">{state?.done ?? 0}</span> done this session
        <span className="ml-2 inline-block min-w-24 text-xs text-slate-500">
          {saving > 0 ? `· saving ${saving}…` : state?.next ? '· next item ready' : ''}
        </span>
      </output>
      <div className="ml-auto flex items-center gap-2">
        {guidelines && (
          <button
            type="button"
            onClick={guidelines.toggle}
            onMouseDown={keepFocus}
            aria-pressed={guidelines.shown}
            className="rounded-md px-2 py-1.5 text-sm text-slate-600 hover:bg-slate-100"
          >
            Guidelines <Kbd>G</Kbd>
          </button>
        )}
        <button
          type="button"
          onClick={onHelp}
          className="rounded-md px-2 py-1.5 text-sm text-slate-600 hover:bg-slate-100"
        >
          Keys <Kbd>?</Kbd>
        </button>
        <button
          type="button"
          onClick={onReport}
          disabled={!canWork}
          className="rounded-md px-2 py-1.5 text-sm text-slate-600 hover:bg-slate-100 disabled:opacity-50"
        >
          Report a problem
        </button>
        <button
          type="button"
          onClick={onSkip}
          onMouseDown={keepFocus}
          disabled={!canWork}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-50"
        >
          Skip <Kbd>S</Kbd>
        </button>
        <button
          type="button"
          onClick={onSubmit}
          onMouseDown={keepFocus}
          disabled={!canWork}
          className="flex items-center gap-2 rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50"
        >
          Submit <kbd className="rounded bg-white/20 px-1 font-mono text-xs">⏎</kbd>
        </button>
      </div>
    </div>
  );
}

/**
 * Time left on the lease (the heartbeat keeps extending it while the page is open). Once it has
 * run out the header says so instead of "<1 min" forever (issue 9, point 13).
 */
function LeaseLeft({ expiresAt, lost }: { expiresAt: string; lost: boolean }) {
  const [now, setNow] = useState(Date.now);
  const left = Date.parse(expiresAt) - now;
  const soon = left < 90_000;
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), soon ? 1_000 : 15_000);
    return () => clearInterval(timer);
  }, [soon]);
  if (lost || left <= 0)
    return (
      <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 font-medium text-amber-900">
        · your hold ran out: someone else may take it
      </span>
    );
  const minutes = Math.round(left / 60_000);
  return <span className="ml-2 text-slate-500">· held for you {minutes > 0 ? `${minutes} min` : '<1 min'}</span>;
}
