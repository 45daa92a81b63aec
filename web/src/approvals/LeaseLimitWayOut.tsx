import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { got, onTask, tandem } from '../api/client';

/**
 * The way out when opening an approval hits the lease limit (issue 9, point 7): approvals are
 * time-critical, so instead of "You already hold 2 tasks" the inbox names where those tasks are and
 * gives back the one claimed last (usually the next item a workspace tab prefetched), then opens
 * the action. Nothing typed is lost: a workspace keeps its drafts and takes its item back.
 */
export function LeaseLimitWayOut({ itemId, onFreed }: { itemId: number; onFreed: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const held = useQuery({
    queryKey: ['held-tasks'],
    queryFn: () => got(tandem.GET('/api/me/tasks')),
  });
  const projects = useQuery({
    queryKey: ['projects'],
    queryFn: () => got(tandem.GET('/api/projects')),
  });
  const tasks = (held.data?.tasks ?? []).filter((t) => t.itemId !== itemId);
  const names = [
    ...new Set(
      tasks.map((t) => projects.data?.projects.find((p) => p.id === t.projectId)?.name ?? `project ${t.projectId}`),
    ),
  ];

  const giveBack = async () => {
    setBusy(true);
    setError(null);
    try {
      // The newest lease first: /api/me/tasks lists the oldest first.
      const newest = tasks.at(-1);
      if (newest) await tandem.POST('/api/tasks/{taskId}/release', onTask(newest.id));
      onFreed();
    } catch (failure) {
      setError((failure as Error).message);
      setBusy(false);
    }
  };

  return (
    <div role="alert" className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <p>
        You already hold {tasks.length || 'the most'} task{tasks.length === 1 ? '' : 's'}
        {names.length > 0 ? ` in ${names.join(' and ')}` : ''} (a queue open in another tab?), and one person may hold
        only so many at once.
      </p>
      <button
        type="button"
        disabled={busy || held.isPending}
        onClick={() => void giveBack()}
        className="mt-2 rounded-md border border-amber-400 bg-white px-3 py-1.5 font-medium text-amber-900 hover:bg-amber-100 disabled:opacity-60"
      >
        {busy
          ? 'Giving it back…'
          : `Give back a task you hold${names[0] ? ` in ${names[0]}` : ''} and open this action`}
      </button>
      {error && <p className="mt-1 text-xs font-medium text-red-700">{error}</p>}
    </div>
  );
}
