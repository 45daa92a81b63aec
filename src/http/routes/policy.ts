import { ProjectParams } from '../../projects/contracts.js';
import { PolicyPreview, PreviewPolicyBody, previewPolicy } from '../../quality/policy-preview.js';
import { Policy, PolicyVersionsResponse, PolicyView } from '../../routing/contracts.js';
import {
  insertPolicyVersion,
  type StoredPolicy,
  selectCurrentPolicy,
  selectPolicyVersions,
} from '../../routing/store.js';
import { requestProject, requestUser } from '../access.js';
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
      config: { access: { project: 'read' } },
      schema: {
        tags: ['routing'],
        summary: "The project's current routing, queue and consensus policy",
        params: ProjectParams,
        response: { 200: PolicyView, ...errors },
      },
    },
    async (request) => toView(await selectCurrentPolicy(storage, requestProject(request).id)),
  );

  app.put(
    '/projects/:project/policy',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['routing'],
        summary: 'Set a new policy version; items routed from now on record it',
        params: ProjectParams,
        body: Policy,
        response: { 200: PolicyView, ...errors },
      },
    },
    async (request) => {
      const project = requestProject(request);
      return toView(await insertPolicyVersion(storage, project.id, request.body, requestUser(request).id, Date.now()));
    },
  );

  app.post(
    '/projects/:project/policy/preview',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags: ['routing'],
        summary:
          'For an overlap, consensus method and threshold: which vote splits are decided and which go to adjudication, with warnings',
        params: ProjectParams,
        body: PreviewPolicyBody,
        response: { 200: PolicyPreview, ...errors },
      },
    },
    async (request) => {
      const project = requestProject(request);
      const { policy } = await selectCurrentPolicy(storage, project.id);
      return previewPolicy(storage.db, project, policy, request.body);
    },
  );

  app.get(
    '/projects/:project/policy/versions',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags: ['routing'],
        summary: 'Every stored policy version, newest first',
        params: ProjectParams,
        response: { 200: PolicyVersionsResponse, ...errors },
      },
    },
    async (request) => ({ versions: (await selectPolicyVersions(storage, requestProject(request).id)).map(toView) }),
  );
};
