import { ProjectParams } from '../../projects/contracts.js';
import { getProject } from '../../projects/service.js';
import { Policy, PolicyVersionsResponse, PolicyView } from '../../routing/contracts.js';
import {
  insertPolicyVersion,
  type StoredPolicy,
  selectCurrentPolicy,
  selectPolicyVersions,
} from '../../routing/store.js';
import { currentUser, MANAGERS } from '../auth.js';
import { ErrorBody } from '../error-handler.js';
import type { RouteContext, TandemPlugin } from '../plugin.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

function toView(stored: StoredPolicy) {
  return {
    version: stored.version,
    policy: stored.policy,
    createdAt: stored.createdAt === null ? null : new Date(stored.createdAt).toISOString(),
  };
}

export const policyRoutes: TandemPlugin<RouteContext> = async (app, { storage }) => {
  app.get(
    '/projects/:project/policy',
    {
      schema: {
        tags: ['routing'],
        summary: "The project's current routing, queue and consensus policy",
        params: ProjectParams,
        response: { 200: PolicyView, ...errors },
      },
    },
    async (request) =>
      toView(await selectCurrentPolicy(storage, (await getProject(storage, request.params.project)).id)),
  );

  app.put(
    '/projects/:project/policy',
    {
      schema: {
        tags: ['routing'],
        summary: 'Set a new policy version (admin, manager); items routed from now on record it',
        params: ProjectParams,
        body: Policy,
        response: { 200: PolicyView, ...errors },
      },
    },
    async (request) => {
      const user = currentUser(request, MANAGERS);
      const project = await getProject(storage, request.params.project);
      return toView(await insertPolicyVersion(storage, project.id, request.body, user.id, Date.now()));
    },
  );

  app.get(
    '/projects/:project/policy/versions',
    {
      schema: {
        tags: ['routing'],
        summary: 'Every stored policy version, newest first',
        params: ProjectParams,
        response: { 200: PolicyVersionsResponse, ...errors },
      },
    },
    async (request) => {
      const project = await getProject(storage, request.params.project);
      return { versions: (await selectPolicyVersions(storage, project.id)).map(toView) };
    },
  );
};
