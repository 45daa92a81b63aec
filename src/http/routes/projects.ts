import {
  CreateProjectBody,
  ListProjectsResponse,
  ProjectParams,
  ProjectView,
  UpdateProjectBody,
} from '../../projects/contracts.js';
import { visibleProjectIds } from '../../projects/members.js';
import { createProject, getProject, listProjects, toProjectView, updateProject } from '../../projects/service.js';
import { currentUser, MANAGERS } from '../auth.js';
import { ErrorBody } from '../error-handler.js';
import type { RouteContext, TandemPlugin } from '../plugin.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export const projectRoutes: TandemPlugin<RouteContext> = async (app, { storage }) => {
  app.get(
    '/projects',
    {
      schema: {
        tags: ['projects'],
        summary: 'List projects with item counts',
        response: { 200: ListProjectsResponse },
      },
    },
    async (request) => {
      const visible = await visibleProjectIds(storage, currentUser(request));
      const projects = await listProjects(storage);
      return { projects: visible === 'all' ? projects : projects.filter((p) => visible.has(p.id)) };
    },
  );

  app.post(
    '/projects',
    {
      schema: {
        tags: ['projects'],
        summary: 'Create a project with guidelines and a label schema',
        body: CreateProjectBody,
        response: { 201: ProjectView, ...errors },
      },
    },
    async (request, reply) => {
      currentUser(request, MANAGERS);
      return reply.status(201).send(toProjectView(await createProject(storage, request.body)));
    },
  );

  app.get(
    '/projects/:project',
    {
      schema: {
        tags: ['projects'],
        summary: 'Get a project by id or slug',
        params: ProjectParams,
        response: { 200: ProjectView, 404: ErrorBody },
      },
    },
    async (request) => toProjectView(await getProject(storage, request.params.project)),
  );

  app.patch(
    '/projects/:project',
    {
      schema: {
        tags: ['projects'],
        summary: 'Update name, description, guidelines or label schema',
        params: ProjectParams,
        body: UpdateProjectBody,
        response: { 200: ProjectView, ...errors },
      },
    },
    async (request) => {
      currentUser(request, MANAGERS);
      return toProjectView(await updateProject(storage, request.params.project, request.body));
    },
  );
};
