import { z } from 'zod';
import { AgreementBreakdown, agreementBreakdown } from '../../analytics/agreement.js';
import { ProjectStats, projectStats, StatsQuery } from '../../analytics/stats.js';
import { listPendingApprovals, PendingApproval } from '../../approvals/inbox.js';
import { ItemParams } from '../../items/contracts.js';
import { ProjectParams } from '../../projects/contracts.js';
import { listMemberIds, SetMembersBody, setMembers } from '../../projects/members.js';
import { getProject } from '../../projects/service.js';
import { ClaimedTaskView } from '../../queue/contracts.js';
import { claimTask } from '../../queue/service.js';
import { describeClaimedTask } from '../../queue/views.js';
import { currentUser, MANAGERS } from '../auth.js';
import { ErrorBody } from '../error-handler.js';
import type { RouteContext, TandemPlugin } from '../plugin.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const Members = z.object({ userIds: z.array(z.number().int()) });

/** What the web app needs beyond the core loop: the approvals inbox, members, dashboard figures. */
export const workspaceRoutes: TandemPlugin<RouteContext> = async (app, { storage }) => {
  app.post(
    '/projects/:project/items/:itemId/claim',
    {
      schema: {
        tags: ['queue'],
        summary: 'Claim an open slot of this item (the approvals inbox opens a chosen action)',
        params: ItemParams,
        response: { 200: ClaimedTaskView, ...errors },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const project = await getProject(storage, request.params.project);
      const task = await claimTask(storage, project, user, Date.now(), request.params.itemId);
      return describeClaimedTask(storage, project, task);
    },
  );

  app.get(
    '/approvals',
    {
      schema: {
        tags: ['queue'],
        summary: 'Pending agent actions in every approval project you may see, soonest deadline first',
        response: { 200: z.object({ approvals: z.array(PendingApproval) }), ...errors },
      },
    },
    async (request) => ({ approvals: await listPendingApprovals(storage, currentUser(request)) }),
  );

  app.get(
    '/projects/:project/members',
    {
      schema: {
        tags: ['projects'],
        summary: 'Who may work on the project (empty: everyone)',
        params: ProjectParams,
        response: { 200: Members, ...errors },
      },
    },
    async (request) => {
      currentUser(request);
      const project = await getProject(storage, request.params.project);
      return { userIds: await listMemberIds(storage, project.id) };
    },
  );

  app.put(
    '/projects/:project/members',
    {
      schema: {
        tags: ['projects'],
        summary: 'Set who may work on the project (admin, manager)',
        params: ProjectParams,
        body: SetMembersBody,
        response: { 200: Members, ...errors },
      },
    },
    async (request) => {
      currentUser(request, MANAGERS);
      const project = await getProject(storage, request.params.project);
      return { userIds: await setMembers(storage, project, request.body.userIds) };
    },
  );

  app.get(
    '/projects/:project/agreement',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Agreement of human decisions: overall, per decided label, per metadata tag and risk',
        params: ProjectParams,
        response: { 200: AgreementBreakdown, ...errors },
      },
    },
    async (request) => {
      currentUser(request);
      return agreementBreakdown(storage, await getProject(storage, request.params.project));
    },
  );

  app.get(
    '/projects/:project/stats',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Dashboard figures: status counts, queue, throughput, decisions by method, agreement, people',
        params: ProjectParams,
        querystring: StatsQuery,
        response: { 200: ProjectStats, ...errors },
      },
    },
    async (request) => {
      currentUser(request);
      const project = await getProject(storage, request.params.project);
      return projectStats(storage, project, request.query.hours);
    },
  );
};
