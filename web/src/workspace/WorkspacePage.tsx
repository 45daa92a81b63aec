import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useMe } from '../api/auth';
import { getProject } from '../api/client';
import { AdjudicationView } from './AdjudicationView';
import { OutboxBanners, SessionNotices } from './Banners';
import { EmptyQueue } from './EmptyQueue';
import { KeyboardHelp } from './KeyboardHelp';
import { ReportDialog } from './ReportDialog';
import { ReviewView } from './ReviewView';
import { useWorkSession } from './session/useWorkSession';
import { useWorkspaceKeys } from './useWorkspaceKeys';
import { WorkspaceHeader } from './WorkspaceHeader';

/**
 * The annotator workspace at /projects/$project/work: one item at a time with its data, the
 * guidelines and the questions; keyboard first. Adjudication tasks show every response to choose
 * from. The work loop (claims, prefetch, background submits, leases, drafts) is WorkSession.
 */
export function WorkspacePage() {
  const { project: slug } = useParams({ from: '/projects/$project/work' });
  const me = useMe();
  const project = useQuery({
    queryKey: ['project', slug],
    queryFn: () => getProject(slug),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const { session, state } = useWorkSession(project.data, me.data?.id);
  const [help, setHelp] = useState(false);
  const [guidelines, setGuidelines] = useState(true);
  const [reporting, setReporting] = useState(false);

  const working = state?.phase === 'working' && state.current !== null;
  // While the report dialog is open, its text field and buttons own the keys.
  useWorkspaceKeys(session !== null && !reporting, {
    submit: () => working && session?.submit(),
    skip: () => working && session?.skip(),
    undo: () => session?.undo(),
    toggleHelp: () => setHelp((shown) => !shown),
    toggleGuidelines: () => setGuidelines((shown) => !shown),
  });

  if (project.isError) {
    return (
      <p role="alert" className="rounded-xl border border-red-200 bg-red-50 p-4 text-sm text-red-800">
        Could not open this project: {project.error.message}
      </p>
    );
  }
  const current = state?.current ?? null;
  const hasGuidelines = Boolean(project.data?.guidelines.trim());
  return (
    <div className="grid gap-4">
      <WorkspaceHeader
        project={project.data}
        state={state}
        onSubmit={() => session?.submit()}
        onSkip={() => session?.skip()}
        onHelp={() => setHelp((shown) => !shown)}
        onReport={() => setReporting(true)}
        guidelines={hasGuidelines ? { shown: guidelines, toggle: () => setGuidelines((s) => !s) } : undefined}
      />
      {help && <KeyboardHelp onClose={() => setHelp(false)} />}
      {reporting && session && (
        <ReportDialog onReport={(reason) => session.report(reason)} onClose={() => setReporting(false)} />
      )}
      {session && state && <SessionNotices session={session} state={state} />}
      {session && state && (
        <OutboxBanners session={session} state={state} schema={project.data?.labelSchema} slug={project.data?.slug} />
      )}
      {project.data && current && session ? (
        current.claimed.task.phase === 'adjudication' ? (
          <AdjudicationView
            key={current.claimed.task.id}
            project={project.data}
            slot={current}
            onChange={(answer) => session.setAnswer(answer)}
            showGuidelines={guidelines && hasGuidelines}
          />
        ) : (
          <ReviewView
            key={current.claimed.task.id}
            project={project.data}
            slot={current}
            onChange={(answer) => session.setAnswer(answer)}
            showGuidelines={guidelines && hasGuidelines}
          />
        )
      ) : state?.phase === 'empty' ? (
        <EmptyQueue project={project.data} done={state.done} />
      ) : state?.phase === 'blocked' || state?.phase === 'error' ? null : (
        <div
          role="status"
          className="flex min-h-96 items-center justify-center rounded-xl border border-slate-200 bg-white"
        >
          <span className="flex items-center gap-3 text-sm text-slate-600">
            <span className="h-4 w-4 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600" />
            Getting your next item…
          </span>
        </div>
      )}
    </div>
  );
}
