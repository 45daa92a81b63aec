import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Project } from '../../api/types';
import { type SessionState, WorkSession } from './WorkSession';

const idle = () => () => {};
const none = () => null;

/** One WorkSession per project and person while the workspace is open. */
export function useWorkSession(
  project: Project | undefined,
  userId: number | undefined,
): { session: WorkSession | null; state: SessionState | null } {
  const [session, setSession] = useState<WorkSession | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a session per project id and user, not per refetch
  useEffect(() => {
    if (!project || userId === undefined) return;
    const created = new WorkSession(project, userId);
    setSession(created);
    created.start();
    return () => {
      created.dispose();
      setSession(null);
    };
  }, [project?.id, userId]);
  const state = useSyncExternalStore(session?.subscribe ?? idle, session?.getSnapshot ?? none);
  return { session, state };
}
