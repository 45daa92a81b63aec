import { visibleProjectIds } from '../../access/project-access.js';
import {
  CreateProjectRequest,
  ListProjectsQuery,
  ListProjectsResponse,
  ProjectForCallerView,
  ProjectParams,
  ProjectView,
  UpdateProjectBody,
} from '../../projects/contracts.js';
import { createProjectFromRequest, listProjects, toProjectView, updateProject } from '../../projects/service.js';
import { requestProject, requestUser } from '../access.js';
import { ErrorBody } from '../error-handler.js';
import type { RouteContext, TandemPlugin } from '../plugin.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export const projectRoutes: TandemPlugin<RouteContext> = async (app, { storage }) => {
  app.get(
    '/projects',
    {
      config: { access: { signedIn: 'any' } },
      schema: {
        tags: ['projects'],
        summary: 'List the projects you may see, with item counts (archived ones with ?archived=true)',
        querystring: ListProjectsQuery,
        response: { 200: ListProjectsResponse },
      },
    },
    async (request) => {
      const visible = await visibleProjectIds(storage.db, requestUser(request));
      const projects = await listProjects(storage, { archived: request.query.archived });
      return { projects: visible === 'all' ? projects : projects.filter((p) => visible.has(p.id)) };
    },
  );

  app.post(
    '/projects',
    {
      config: { access: { signedIn: ['admin', 'manager'] } },
      schema: {
        tags: ['projects'],
        summary: 'Create a project with guidelines and a label schema',
        body: CreateProjectRequest,
        response: { 201: ProjectView, ...errors, 422: ErrorBody },
      },
    },
    async (request, reply) => {
      return reply
        .status(201)
        .send(toProjectView(await createProjectFromRequest(storage, request.body, requestUser(request))));
    },
  );

  app.get(
    '/projects/:project',
    {
      config: { access: { project: 'see' } },
      schema: {
        tags: ['projects'],
        summary: 'Get a project by id or slug, with your role in it',
        params: ProjectParams,
        response: { 200: ProjectForCallerView, 404: ErrorBody },
      },
    },
    async (request) => ({ ...toProjectView(requestProject(request)), yourRole: requestUser(request).role }),
  );

  app.patch(
    '/projects/:project',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['projects'],
        summary: 'Update name, description, guidelines or label schema',
        params: ProjectParams,
        body: UpdateProjectBody,
        response: { 200: ProjectView, ...errors },
      },
    },
    async (request) => {
      return toProjectView(await updateProject(storage, requestProject(request), request.body, requestUser(request)));
    },
  );
};
