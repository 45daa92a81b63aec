import { z } from 'zod';
import {
  awaitDecision,
  DecisionView,
  decisionHistory,
  MAX_WAIT_SECONDS,
  OverrideDecisionBody,
  overrideDecision,
  toDecisionView,
} from '../../decisions/service.js';
import { queryDecimal } from '../../input/ids.js';
import { ItemParams } from '../../items/contracts.js';
import { getItem } from '../../items/service.js';
import { requestProject, requestUser } from '../access.js';
import { ErrorBody } from '../error-handler.js';
import type { RouteContext, TandemPlugin } from '../plugin.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 422: ErrorBody };

export const WaitQuery = z
  .object({
    wait: queryDecimal(0, MAX_WAIT_SECONDS)
      .default(0)
      .describe(`Seconds to wait for the decision (at most ${MAX_WAIT_SECONDS})`),
  })
  .strict();

const Pending = z.object({ itemId: z.number().int(), status: z.string(), decision: z.null() });

export const decisionRoutes: TandemPlugin<RouteContext> = async (app, { storage, notifier }) => {
  app.get(
    '/projects/:project/items/:itemId/decision',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags: ['decisions'],
        summary: "The item's decision; with wait=N, long-polls up to N seconds (202 while undecided)",
        params: ItemParams,
        querystring: WaitQuery,
        response: { 200: DecisionView, 202: Pending, ...errors },
      },
    },
    async (request, reply) => {
      const project = requestProject(request);
      const decision = await awaitDecision(storage, notifier, project, request.params.itemId, request.query.wait);
      if (decision) return toDecisionView(decision);
      const item = await getItem(storage, project, request.params.itemId);
      return reply.status(202).send({ itemId: item.id, status: item.status, decision: null });
    },
  );

  app.get(
    '/projects/:project/items/:itemId/decisions',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags: ['decisions'],
        summary: 'Every decision the item has had, oldest first (overrides keep the history)',
        params: ItemParams,
        response: { 200: z.object({ decisions: z.array(DecisionView) }), ...errors },
      },
    },
    async (request) => {
      const project = requestProject(request);
      return { decisions: (await decisionHistory(storage, project, request.params.itemId)).map(toDecisionView) };
    },
  );

  app.post(
    '/projects/:project/items/:itemId/decision',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['decisions'],
        summary: "Override the item's decision (admin, manager); the old one stays as history",
        params: ItemParams,
        body: OverrideDecisionBody,
        response: { 201: DecisionView, ...errors },
      },
    },
    async (request, reply) => {
      const decision = await overrideDecision(
        storage,
        notifier,
        requestProject(request),
        request.params.itemId,
        requestUser(request),
        request.body,
      );
      return reply.status(201).send(toDecisionView(decision));
    },
  );
};
