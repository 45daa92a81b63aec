import { z } from 'zod';
import { ItemParams } from '../../items/contracts.js';
import { deleteItem } from '../../items/delete.js';
import { ProjectParams, ProjectView } from '../../projects/contracts.js';
import { DuplicateProjectBody, duplicateProject } from '../../projects/duplicate.js';
import { archiveProject, deleteProject, unarchiveProject } from '../../projects/lifecycle.js';
import { toProjectView } from '../../projects/service.js';
import { requestProject, requestUser } from '../access.js';
import { ErrorBody } from '../error-handler.js';
import type { RouteContext, TandemPlugin } from '../plugin.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** Archive, unarchive and delete projects; delete items (rules in src/projects/lifecycle.ts). */
export const lifecycleRoutes: TandemPlugin<RouteContext> = async (app, { storage }) => {
  app.post(
    '/projects/:project/archive',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['projects'],
        summary: 'Archive a project: read-only, out of lists and queues; decisions and exports stay',
        params: ProjectParams,
        response: { 200: ProjectView, ...errors },
      },
    },
    async (request) => toProjectView(await archiveProject(storage, requestProject(request), requestUser(request))),
  );

  app.post(
    '/projects/:project/duplicate',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['projects'],
        summary:
          'Duplicate a project setup: schema, guidelines, policy, members and their project roles (no items, answers or webhooks)',
        params: ProjectParams,
        body: DuplicateProjectBody,
        response: { 201: ProjectView, ...errors },
      },
    },
    async (request, reply) => {
      const copy = await duplicateProject(storage, requestProject(request), request.body, requestUser(request));
      return reply.status(201).send(toProjectView(copy));
    },
  );

  app.post(
    '/projects/:project/unarchive',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['projects'],
        summary: 'Bring an archived project back, with its queue as it was',
        params: ProjectParams,
        response: { 200: ProjectView, ...errors },
      },
    },
    async (request) => toProjectView(await unarchiveProject(storage, requestProject(request), requestUser(request))),
  );

  app.delete(
    '/projects/:project',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['projects'],
        summary: 'Delete an archived project and all its items, responses and decisions (the audit log stays)',
        description: '409 PROJECT_NOT_ARCHIVED unless the project was archived first. Export what you need before.',
        params: ProjectParams,
        response: { 200: z.object({ deletedItems: z.number().int() }), ...errors },
      },
    },
    async (request) => {
      const { items } = await deleteProject(storage, requestProject(request), requestUser(request));
      return { deletedItems: items };
    },
  );

  app.delete(
    '/projects/:project/items/:itemId',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['items'],
        summary: 'Delete an item with its tasks, responses and decisions (the audit log keeps what it was)',
        params: ItemParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await deleteItem(storage, requestProject(request), request.params.itemId, requestUser(request));
      return reply.status(204).send(null);
    },
  );
};
