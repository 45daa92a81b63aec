import { z } from 'zod';
import { DecisionView, toDecisionView } from '../../decisions/service.js';
import { ProjectParams } from '../../projects/contracts.js';
import { ClaimedTaskView, QueueView, TaskParams, TaskView } from '../../queue/contracts.js';
import { claimTask, heartbeatTask, listHeldTasks, releaseHeldTask, skipTask } from '../../queue/service.js';
import { selectQueueDepth } from '../../queue/store.js';
import { describeClaimedTask, toTaskView } from '../../queue/views.js';
import { SubmitTaskBody, submitTask } from '../../responses/submit.js';
import { requestProject, requestUser } from '../access.js';
import { ErrorBody } from '../error-handler.js';
import type { RouteContext, TandemPlugin } from '../plugin.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };

const SubmitResponse = z.object({
  responseId: z.number().int(),
  replayed: z.boolean().describe('True when an earlier submit with this idempotency key was returned'),
  itemStatus: z.enum(['queued', 'adjudication', 'decided']).describe('Where the item stands after this answer'),
  decision: DecisionView.nullable(),
});

export const taskRoutes: TandemPlugin<RouteContext> = async (app, { storage, notifier }) => {
  app.post(
    '/projects/:project/tasks/claim',
    {
      config: { access: { project: 'work' } },
      schema: {
        tags: ['queue'],
        summary: 'Claim the next task for you (404 QUEUE_EMPTY when none; 409 LEASE_LIMIT when you hold 2)',
        params: ProjectParams,
        response: { 200: ClaimedTaskView, ...errors },
      },
    },
    async (request) => {
      const project = requestProject(request);
      const task = await claimTask(storage, project, requestUser(request));
      return describeClaimedTask(storage, project, task);
    },
  );

  app.get(
    '/projects/:project/queue',
    {
      config: { access: { project: 'see' } },
      schema: {
        tags: ['queue'],
        summary: 'Queue depth and items per status',
        params: ProjectParams,
        response: { 200: QueueView, ...errors },
      },
    },
    async (request) => {
      const project = requestProject(request);
      const depth = await selectQueueDepth(storage.db, project.id, Date.now());
      const rows = await storage.db
        .selectFrom('items')
        .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
        .where('project_id', '=', project.id)
        .groupBy('status')
        .execute();
      return { ...depth, items: Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])) };
    },
  );

  app.get(
    '/me/tasks',
    {
      config: { access: { signedIn: 'any' } },
      schema: {
        tags: ['queue'],
        summary: 'Tasks you hold now',
        response: { 200: z.object({ tasks: z.array(TaskView) }), ...errors },
      },
    },
    async (request) => ({ tasks: (await listHeldTasks(storage, requestUser(request))).map(toTaskView) }),
  );

  app.post(
    '/tasks/:taskId/heartbeat',
    {
      config: { access: { task: 'holder' } },
      schema: {
        tags: ['queue'],
        summary: 'Extend your lease',
        params: TaskParams,
        response: { 200: TaskView, ...errors },
      },
    },
    async (request) => toTaskView(await heartbeatTask(storage, request.params.taskId, requestUser(request))),
  );

  app.post(
    '/tasks/:taskId/release',
    {
      config: { access: { task: 'holder' } },
      schema: {
        tags: ['queue'],
        summary: 'Give the task back to the queue',
        params: TaskParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await releaseHeldTask(storage, request.params.taskId, requestUser(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/tasks/:taskId/skip',
    {
      config: { access: { task: 'holder' } },
      schema: {
        tags: ['queue'],
        summary: 'Give the task back; its item is not offered to you again while other work remains',
        params: TaskParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await skipTask(storage, request.params.taskId, requestUser(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/tasks/:taskId/submit',
    {
      config: { access: { task: 'holder' } },
      schema: {
        tags: ['queue'],
        summary: 'Submit your answer (validated against the label schema; idempotent with idempotencyKey)',
        params: TaskParams,
        body: SubmitTaskBody,
        response: { 200: SubmitResponse, ...errors },
      },
    },
    async (request) => {
      const result = await submitTask(storage, request.params.taskId, requestUser(request), request.body);
      if (result.decision) await notifier.publish([result.decision.itemId]);
      let itemStatus: 'queued' | 'adjudication' | 'decided' =
        result.itemStatus ?? (result.decision ? 'decided' : result.adjudication ? 'adjudication' : 'queued');
      if (result.replayed) {
        const item = await storage.db
          .selectFrom('items')
          .select('status')
          .where('id', '=', result.response.itemId)
          .executeTakeFirst();
        itemStatus = (item?.status as typeof itemStatus | undefined) ?? 'queued';
      }
      return {
        responseId: result.response.id,
        replayed: result.replayed,
        itemStatus,
        decision: result.decision ? toDecisionView(result.decision) : null,
      };
    },
  );
};
