import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { canManage, useMe, useSignOut } from '../api/auth';
import { api } from '../api/client';
import type { Project } from '../api/types';

/** Top bar with the signed-in user, and the page below. */
export function Layout() {
  const { data: me } = useMe();
  const signOut = useSignOut();
  const path = useRouterState({ select: (s) => s.location.pathname });
  const onSignIn = path === '/signin';
  // On a project's pages the header offers its settings (webhooks, export, archive…).
  const projectSlug = /^\/projects\/(?!new(?:\/|$))([^/]+)/.exec(path)?.[1];
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-slate-200 bg-white">
        <nav aria-label="Main" className="mx-auto flex h-14 max-w-7xl items-center gap-6 px-4">
          <Link to="/" className="flex items-center gap-2 font-semibold text-slate-900">
            <Logo />
            Tandem
          </Link>
          {!onSignIn && me && (
            <>
              <Link
                to="/"
                className="text-sm text-slate-600 hover:text-slate-900"
                activeProps={{ className: 'text-sm font-medium text-brand-700' }}
                activeOptions={{ exact: true }}
              >
                Projects
              </Link>
              <Link
                to="/approvals"
                className="text-sm text-slate-600 hover:text-slate-900"
                activeProps={{ className: 'text-sm font-medium text-brand-700' }}
              >
                Approvals
              </Link>
              {canManage(me) && (
                <Link
                  to="/projects/new"
                  className="text-sm text-slate-600 hover:text-slate-900"
                  activeProps={{ className: 'text-sm font-medium text-brand-700' }}
                >
                  New project
                </Link>
              )}
              {projectSlug && <ProjectSettingsLink slug={projectSlug} />}
              {me.role === 'admin' && (
                <Link
                  to="/admin/users"
                  className={
                    path.startsWith('/admin/')
                      ? 'text-sm font-medium text-brand-700'
                      : 'text-sm text-slate-600 hover:text-slate-900'
                  }
                >
                  Admin
                </Link>
              )}
              <div className="ml-auto flex items-center gap-3 text-sm">
                <Link to="/account" className="text-slate-600 hover:text-slate-900" title="Your account and API tokens">
                  {nameWithoutRole(me.displayName, me.role)}{' '}
                  <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">{me.role}</span>
                </Link>
                <button
                  type="button"
                  onClick={signOut}
                  className="rounded px-2 py-1 text-slate-600 hover:bg-slate-100 hover:text-slate-900"
                >
                  Sign out
                </button>
              </div>
            </>
          )}
        </nav>
      </header>
      <main className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        <Outlet />
      </main>
    </div>
  );
}

/**
 * A project's settings (members, webhooks, export, archive…), for those who manage it: the role
 * counted is the one the person has in that project (GET /api/projects/:project `yourRole`).
 */
function ProjectSettingsLink({ slug }: { slug: string }) {
  const project = useQuery({
    queryKey: ['project', slug],
    queryFn: () => api<Project>('GET', `/api/projects/${slug}`),
    retry: false,
  });
  const role = project.data?.yourRole;
  if (role !== 'manager' && role !== 'admin') return null;
  return (
    <Link
      to="/projects/$project/settings"
      params={{ project: slug }}
      className="text-sm text-slate-600 hover:text-slate-900"
      activeProps={{ className: 'text-sm font-medium text-brand-700' }}
    >
      Settings <span className="sr-only">of this project</span>
    </Link>
  );
}

/** "Ada (annotator)" beside an "annotator" badge said the role twice (issue 9, point 14). */
function nameWithoutRole(name: string, role: string): string {
  const suffix = ` (${role})`;
  return name.toLowerCase().endsWith(suffix) ? name.slice(0, -suffix.length) : name;
}

function Logo() {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" className="h-6 w-6">
      <circle cx="11" cy="16" r="8" fill="#4f46e5" />
      <circle cx="21" cy="16" r="8" fill="#10b981" fillOpacity=".8" />
    </svg>
  );
}
