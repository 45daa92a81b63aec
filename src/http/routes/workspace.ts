import { z } from 'zod';
import { AgreementBreakdown, agreementBreakdown } from '../../analytics/agreement.js';
import { ProjectStats, projectStats, StatsQuery } from '../../analytics/stats.js';
import { listPendingApprovals, PendingApproval } from '../../approvals/inbox.js';
import { ItemParams } from '../../items/contracts.js';
import { ProjectParams } from '../../projects/contracts.js';
import {
  MemberParams,
  MembersView,
  MemberView,
  membersView,
  removeMember,
  SetMemberBody,
  SetMembersBody,
  setMemberRole,
  setMembers,
} from '../../projects/members.js';
import { ClaimedTaskView } from '../../queue/contracts.js';
import { claimTask } from '../../queue/service.js';
import { describeClaimedTask } from '../../queue/views.js';
import { requestProject, requestUser } from '../access.js';
import { ErrorBody } from '../error-handler.js';
import type { RouteContext, TandemPlugin } from '../plugin.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** What the web app needs beyond the core loop: the approvals inbox, members, dashboard figures. */
export const workspaceRoutes: TandemPlugin<RouteContext> = async (app, { storage }) => {
  app.post(
    '/projects/:project/items/:itemId/claim',
    {
      config: { access: { project: 'work' } },
      schema: {
        tags: ['queue'],
        summary: 'Claim an open slot of this item (the approvals inbox opens a chosen action)',
        params: ItemParams,
        response: { 200: ClaimedTaskView, ...errors },
      },
    },
    async (request) => {
      const project = requestProject(request);
      const task = await claimTask(storage, project, requestUser(request), Date.now(), request.params.itemId);
      return describeClaimedTask(storage, project, task);
    },
  );

  app.get(
    '/approvals',
    {
      config: { access: { signedIn: 'any' } },
      schema: {
        tags: ['queue'],
        summary: 'Pending agent actions in every approval project you may see, soonest deadline first',
        response: { 200: z.object({ approvals: z.array(PendingApproval) }), ...errors },
      },
    },
    async (request) => ({ approvals: await listPendingApprovals(storage, requestUser(request)) }),
  );

  app.get(
    '/projects/:project/members',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['projects'],
        summary: 'Who may see and work on the project (empty: everyone), with their project roles',
        params: ProjectParams,
        response: { 200: MembersView, ...errors },
      },
    },
    async (request) => membersView(storage, requestProject(request).id),
  );

  app.put(
    '/projects/:project/members',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['projects'],
        summary: 'Set who may see and work on the project; a manager setting it stays a member',
        params: ProjectParams,
        body: SetMembersBody,
        response: { 200: MembersView, ...errors },
      },
    },
    async (request) => {
      const project = requestProject(request);
      await setMembers(storage, project, request.body.userIds, requestUser(request));
      return membersView(storage, project.id);
    },
  );

  app.put(
    '/projects/:project/members/:userId',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['projects'],
        summary: 'Add a member, or change their role in this project (null: their own role)',
        description:
          "A project role replaces the person's own role on this project's routes only (admins are admins everywhere). Adding the first member restricts the project to its members; a manager who does so stays a member.",
        params: MemberParams,
        body: SetMemberBody,
        response: { 200: MemberView, ...errors },
      },
    },
    async (request) =>
      setMemberRole(storage, requestProject(request), request.params.userId, request.body.role, requestUser(request)),
  );

  app.delete(
    '/projects/:project/members/:userId',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['projects'],
        summary: 'Remove a member (removing the last one opens the project to everyone)',
        params: MemberParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await removeMember(storage, requestProject(request), request.params.userId, requestUser(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/projects/:project/agreement',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags: ['analytics'],
        summary: 'Agreement of human decisions: overall, per decided label, per metadata tag and risk',
        params: ProjectParams,
        response: { 200: AgreementBreakdown, ...errors },
      },
    },
    async (request) => {
      return agreementBreakdown(storage, requestProject(request));
    },
  );

  app.get(
    '/projects/:project/stats',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags: ['analytics'],
        summary: 'Dashboard figures: status counts, queue, throughput, decisions by method, agreement, people',
        params: ProjectParams,
        querystring: StatsQuery,
        response: { 200: ProjectStats, ...errors },
      },
    },
    async (request) => {
      return projectStats(storage, requestProject(request), request.query.hours);
    },
  );
};
