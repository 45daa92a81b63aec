import type { Role } from '../users/contracts.js';

/**
 * What one can do inside a project one may see. Workers `work` the queue; `read` is results
 * (items with predictions and gold, decisions, exports, stats); `write` sends items in; `manage`
 * changes the project (schema, policy, members, webhooks, overrides, pauses).
 */
export const PROJECT_CAPABILITIES = ['see', 'work', 'read', 'write', 'manage'] as const;
export type ProjectCapability = (typeof PROJECT_CAPABILITIES)[number];

/** The access model in one table: which capabilities each role has in a project it may see. */
export const ROLE_CAPABILITIES: Readonly<Record<Role, readonly ProjectCapability[]>> = {
  annotator: ['see', 'work'],
  reviewer: ['see', 'work'],
  expert: ['see', 'work'],
  viewer: ['see', 'read'],
  engineer: ['see', 'read', 'write'],
  manager: ['see', 'work', 'read', 'write', 'manage'],
  admin: ['see', 'work', 'read', 'write', 'manage'],
};

/**
 * Who may call a route. Every route declares one (`config: { access }`); one hook enforces it
 * before the handler runs, and a route without a declaration cannot be registered.
 *
 * - `'public'`: no sign-in (health, docs, the web app's files).
 * - `{ signedIn: 'any' }` or `{ signedIn: [roles] }`: any signed-in user, or one of these roles;
 *   the service still limits what they see to their own projects and tasks.
 * - `{ project: capability }`: the route's `:project` is resolved; a project the caller may not
 *   see is PROJECT_NOT_FOUND (its existence does not leak), a missing capability is FORBIDDEN.
 *   With `workerOfItem`, a worker may also call it for the route's `:itemId` when they hold or
 *   answered a task of that item (they get the worker's view of it).
 * - `{ task: 'holder' }`: the route's `:taskId` is resolved to its project, which the caller must
 *   be able to see and work in; the service checks that they hold the task.
 * - `{ user: 'self-or-admin' }`: the route's `:userId` must be the caller, unless they are an admin.
 * - `{ metrics: 'scraper-or-admin' }`: `Authorization: Bearer $TANDEM_METRICS_TOKEN` (a scraper,
 *   no user), or a signed-in admin.
 *
 * @example
 * app.get('/projects/:project/export', { config: { access: { project: 'read' } }, schema }, handler)
 */
export type Access =
  | 'public'
  | { readonly signedIn: 'any' | readonly Role[] }
  | { readonly project: ProjectCapability; readonly workerOfItem?: boolean }
  | { readonly task: 'holder' }
  | { readonly user: 'self-or-admin' }
  | { readonly metrics: 'scraper-or-admin' };

export function roleCan(role: Role, capability: ProjectCapability): boolean {
  return ROLE_CAPABILITIES[role].includes(capability);
}

const CAPABILITY_WORDS: Record<ProjectCapability, string> = {
  see: 'Anyone who may see the project',
  work: 'People who work in the project',
  read: 'People who read project results',
  write: 'People who send items to the project',
  manage: 'Managers of the project',
};

/** One line for the API reference: who may call a route. */
export function describeAccess(access: Access): string {
  if (access === 'public') return 'Public: no sign-in needed.';
  if ('signedIn' in access) {
    return access.signedIn === 'any' ? 'Any signed-in user.' : `Signed-in ${access.signedIn.join(' or ')}.`;
  }
  if ('task' in access) return 'The person holding the task (who must still work in its project).';
  if ('user' in access) return 'The user themselves, or an admin.';
  if ('metrics' in access) return 'The metrics scraper (Bearer $TANDEM_METRICS_TOKEN), or a signed-in admin.';
  const roles = (Object.keys(ROLE_CAPABILITIES) as Role[]).filter((role) => roleCan(role, access.project));
  const worker = access.workerOfItem ? '; workers for an item they hold or answered (worker view)' : '';
  return `${CAPABILITY_WORDS[access.project]} (${roles.join(', ')})${worker}. Non-members but admins get 404.`;
}
