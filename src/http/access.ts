import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { type Access, describeAccess, type ProjectCapability, roleCan } from '../access/model.js';
import { projectStanding, workedOnItem } from '../access/project-access.js';
import type { Storage } from '../db/storage.js';
import { NotFoundError, TandemError } from '../errors.js';
import { findProject, type Project } from '../projects/store.js';
import { selectTask } from '../queue/store.js';
import type { User } from '../users/store.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call this route; required on every route (see src/access/model.ts). */
    access?: Access;
  }
  interface FastifyInstance {
    /** Every route registered since installAccess, with its declared access (for tests and docs). */
    declaredRoutes(): DeclaredRoute[];
  }
  interface FastifyRequest {
    tandemUser: User | null;
    /** The route's `:project`, resolved and checked by the access hook. */
    tandemProject: Project | null;
    /** True when a worker reads an item through `workerOfItem`: show them the worker's view. */
    workerView: boolean;
  }
}

/** A route as registered, with the access it declared: what the route-table tests walk. */
export interface DeclaredRoute {
  readonly method: string;
  readonly url: string;
  readonly access: Access;
}

/**
 * Installs declared access. Every route registered after this call must carry
 * `config: { access }` or registration fails; `registerPublic` registers third-party plugins
 * (web app files, docs UI) whose routes are public. One onRequest hook (after authentication)
 * enforces the declaration before the body is read: it resolves `:project` / `:taskId`, checks
 * membership and role. Install after installAuth.
 */
export function installAccess(app: FastifyInstance, storage: Storage): AccessTable {
  const routes: DeclaredRoute[] = [];
  let publicPlugin = false;
  app.decorateRequest('tandemProject', null);
  app.decorateRequest('workerView', false);
  app.decorate('declaredRoutes', () => [...routes]);

  app.addHook('onRoute', (route: RouteOptions) => {
    const declared = route.config?.access ?? (publicPlugin ? 'public' : undefined);
    if (!declared) {
      throw new Error(
        `Route ${String(route.method)} ${route.url} declares no access: add config: { access } (src/access/model.ts)`,
      );
    }
    route.config = { ...route.config, access: declared };
    if (declared !== 'public' && route.schema && !route.schema.hide) {
      const who = `**Who may call:** ${describeAccess(declared)}`;
      route.schema = { ...route.schema, description: [route.schema.description, who].filter(Boolean).join('\n\n') };
    }
    for (const method of [route.method].flat()) routes.push({ method, url: route.url, access: declared });
  });

  // onRequest, after authentication: who may call is settled before the body is even read.
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access || access === 'public') return;
    if ('metrics' in access && request.metricsScraper) return;
    const user = request.tandemUser;
    if (!user)
      throw new TandemError('UNAUTHENTICATED', 'Sign in, or send an API token as "Authorization: Bearer <token>"');
    if ('signedIn' in access) {
      if (access.signedIn !== 'any' && !access.signedIn.includes(user.role)) {
        throw new TandemError('FORBIDDEN', `This needs the role ${access.signedIn.join(' or ')}; you are ${user.role}`);
      }
      return;
    }
    if ('task' in access) {
      await checkTaskAccess(storage, request, user);
      return;
    }
    if ('metrics' in access) {
      if (user.role !== 'admin')
        throw new TandemError('FORBIDDEN', 'Only the metrics scraper or an admin may read metrics');
      return;
    }
    if ('user' in access) {
      const raw = (request.params as { userId?: string }).userId;
      if (user.role !== 'admin' && parseId(raw) !== user.id) {
        throw new TandemError('FORBIDDEN', 'Only the user themselves or an admin may do this');
      }
      return;
    }
    const params = request.params as { project?: string; itemId?: string };
    const ref = String(params.project ?? '');
    const project = await findProject(storage, ref);
    const standing = project ? await projectStanding(storage.db, user, project.id) : undefined;
    if (!project || !standing?.visible) {
      throw new NotFoundError('PROJECT_NOT_FOUND', `No project "${ref}"`);
    }
    request.tandemProject = project;
    // On a project's routes a member acts with their project role, if they have one.
    if (standing.role !== user.role) request.tandemUser = { ...user, role: standing.role };
    return checkProjectCapability(storage, request, request.tandemUser ?? user, project, access);
  });

  async function checkProjectCapability(
    storage: Storage,
    request: FastifyRequest,
    user: User,
    project: Project,
    access: { readonly project: ProjectCapability; readonly workerOfItem?: boolean },
  ): Promise<void> {
    const params = request.params as { itemId?: string };
    if (roleCan(user.role, access.project)) return;
    if (access.workerOfItem && roleCan(user.role, 'work')) {
      // A worker learns nothing about items they have not worked on, not even that they exist.
      const itemId = parseId(params.itemId);
      if (itemId === undefined || !(await workedOnItem(storage.db, user.id, project.id, itemId, Date.now()))) {
        throw new NotFoundError('ITEM_NOT_FOUND', `No item ${params.itemId} in project "${project.slug}"`);
      }
      request.workerView = true;
      return;
    }
    throw new TandemError(
      'FORBIDDEN',
      `Only ${(describeAccess(access).split(' (')[0] ?? '').toLowerCase()} may do this; you are ${user.role}`,
    );
  }

  return {
    async registerPublic(register) {
      publicPlugin = true;
      try {
        await register();
      } finally {
        publicPlugin = false;
      }
    },
  };
}

export interface AccessTable {
  /** Registers third-party plugins whose routes serve public files (web app, docs UI). */
  registerPublic(register: () => Promise<unknown>): Promise<void>;
}

async function checkTaskAccess(storage: Storage, request: FastifyRequest, user: User): Promise<void> {
  const raw = (request.params as { taskId?: string }).taskId;
  const taskId = parseId(raw);
  const task = taskId === undefined ? undefined : await selectTask(storage.db, taskId);
  const standing = task === undefined ? undefined : await projectStanding(storage.db, user, task.projectId);
  const visible = standing?.visible === true && roleCan(standing.role, 'work');
  if (standing && standing.role !== user.role) request.tandemUser = { ...user, role: standing.role };
  // A task in a project one may not work in is as invisible as one that does not exist; whether
  // the caller holds it is the queue service's check (LEASE_LOST tells them it moved on).
  if (!visible) throw new NotFoundError('TASK_NOT_FOUND', `No task ${raw}`);
}

/** Ids in paths are plain positive integers in range; anything else names no row. */
function parseId(raw: string | undefined): number | undefined {
  if (raw === undefined || !/^[1-9]\d{0,14}$/.test(raw)) return undefined;
  return Number(raw);
}

/** The signed-in user of a route that declared non-public access. */
export function requestUser(request: FastifyRequest): User {
  if (!request.tandemUser) throw new Error(`${request.url}: no user; does the route declare access?`);
  return request.tandemUser;
}

/** The project of a route that declared `{ project: … }` access, resolved by the access hook. */
export function requestProject(request: FastifyRequest): Project {
  if (!request.tandemProject) throw new Error(`${request.url}: no project; does the route declare project access?`);
  return request.tandemProject;
}
