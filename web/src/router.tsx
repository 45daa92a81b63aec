import { createRootRoute, createRoute, createRouter, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { ME_QUERY } from './api/auth';
import { queryClient } from './api/queryClient';
import { Layout } from './components/Layout';
import { validateExplorerSearch } from './explorer/types';
import { ProjectsPage } from './pages/Projects';
import { SignInPage } from './pages/SignIn';

/**
 * Code-based route tree. Every screen but sign-in needs a session; heavy screens (workspace,
 * setup, dashboard) load as separate chunks so the first screen stays small.
 */
const rootRoute = createRootRoute({ component: Layout });

const requireToken = async () => {
  const me = await queryClient.ensureQueryData(ME_QUERY);
  if (!me) throw redirect({ to: '/signin' });
};

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/signin',
  validateSearch: (search: Record<string, unknown>): { reason?: string } =>
    typeof search.reason === 'string' ? { reason: search.reason.slice(0, 200) } : {},
  component: SignInPage,
});
const projectsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: requireToken,
  component: ProjectsPage,
});
const workRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$project/work',
  beforeLoad: requireToken,
  component: lazyRouteComponent(() => import('./workspace/WorkspacePage'), 'WorkspacePage'),
});
const approvalsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/approvals',
  // ?item=42: a notification's deep link opens that action (issue 15 point 4).
  validateSearch: (search: Record<string, unknown>): { item?: number } =>
    Number.isSafeInteger(Number(search.item)) && Number(search.item) > 0 ? { item: Number(search.item) } : {},
  beforeLoad: requireToken,
  component: lazyRouteComponent(() => import('./approvals/ApprovalsPage'), 'ApprovalsPage'),
});
const newProjectRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/new',
  beforeLoad: requireToken,
  component: lazyRouteComponent(() => import('./setup/ProjectSetupPage'), 'NewProjectPage'),
});
const settingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$project/settings',
  beforeLoad: requireToken,
  component: lazyRouteComponent(() => import('./setup/ProjectSetupPage'), 'ProjectSettingsPage'),
});
const dashboardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$project/dashboard',
  beforeLoad: requireToken,
  component: lazyRouteComponent(() => import('./dashboard/DashboardPage'), 'DashboardPage'),
});

const reportsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$project/reports',
  beforeLoad: requireToken,
  component: lazyRouteComponent(() => import('./reports/ReportsPage'), 'ReportsPage'),
});

const snapshotsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$project/snapshots',
  beforeLoad: requireToken,
  component: lazyRouteComponent(() => import('./snapshots/SnapshotsPage'), 'SnapshotsPage'),
});
const tracesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$project/traces',
  beforeLoad: requireToken,
  component: lazyRouteComponent(() => import('./traces/TracesPage'), 'TracesPage'),
});
const exploreRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$project/explore',
  beforeLoad: requireToken,
  validateSearch: validateExplorerSearch,
  component: lazyRouteComponent(() => import('./explorer/ExplorerPage'), 'ExplorerPage'),
});
const itemRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$project/items/$itemId',
  beforeLoad: requireToken,
  validateSearch: validateExplorerSearch,
  component: lazyRouteComponent(() => import('./explorer/ItemPage'), 'ItemPage'),
});

const judgesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$project/judges',
  beforeLoad: requireToken,
  // ?judge=name opens that judge; ?judge=new an empty editor.
  validateSearch: (search: Record<string, unknown>): { judge?: string } =>
    typeof search.judge === 'string' && /^[a-z][a-z0-9_-]{0,62}$/.test(search.judge) ? { judge: search.judge } : {},
  component: lazyRouteComponent(() => import('./judges/JudgesPage'), 'JudgesPage'),
});

const evalsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$project/evals',
  beforeLoad: requireToken,
  // ?run=&baseline=: the comparison of two runs.
  validateSearch: (search: Record<string, unknown>): { run?: number; baseline?: number } => {
    const id = (value: unknown) =>
      Number.isSafeInteger(Number(value)) && Number(value) > 0 ? Number(value) : undefined;
    const run = id(search.run);
    const baseline = id(search.baseline);
    return run && baseline ? { run, baseline } : {};
  },
  component: lazyRouteComponent(() => import('./evals/EvalsPage'), 'EvalsPage'),
});

const accountRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/account',
  beforeLoad: requireToken,
  component: lazyRouteComponent(() => import('./account/AccountPage'), 'AccountPage'),
});
const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/audit',
  beforeLoad: requireToken,
  component: lazyRouteComponent(() => import('./admin/AuditPage'), 'AuditPage'),
});

const usersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/users',
  beforeLoad: requireToken,
  component: lazyRouteComponent(() => import('./admin/UsersPage'), 'UsersPage'),
});

const routeTree = rootRoute.addChildren([
  accountRoute,
  auditRoute,
  usersRoute,
  signInRoute,
  projectsRoute,
  newProjectRoute,
  workRoute,
  approvalsRoute,
  settingsRoute,
  dashboardRoute,
  reportsRoute,
  snapshotsRoute,
  tracesRoute,
  exploreRoute,
  itemRoute,
  judgesRoute,
  evalsRoute,
]);

export const router = createRouter({ routeTree, defaultPreload: 'intent' });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
