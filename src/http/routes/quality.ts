import { z } from 'zod';
import { closePhaseIfComplete } from '../../decisions/resolve.js';
import { TandemError } from '../../errors.js';
import { IdParam } from '../../input/ids.js';
import { ProjectParams } from '../../projects/contracts.js';
import { AnnotatorReport, annotatorReports } from '../../quality/annotators.js';
import { fitDawidSkene } from '../../quality/consensus-methods.js';
import { resolvePause } from '../../quality/standing.js';
import { policyOf } from '../../routing/store.js';
import { requestProject, requestUser } from '../access.js';
import { ErrorBody } from '../error-handler.js';
import type { RouteContext, TandemPlugin } from '../plugin.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const AnnotatorParams = ProjectParams.extend({ userId: IdParam });

export const qualityRoutes: TandemPlugin<RouteContext> = async (app, { storage, notifier }) => {
  app.get(
    '/projects/:project/annotators',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['quality'],
        summary:
          'Per person: counts, time, gold accuracy (95% CI), agreement with consensus, rubber-stamp and speed flags, pause state',
        params: ProjectParams,
        response: { 200: z.object({ annotators: z.array(AnnotatorReport) }), ...errors },
      },
    },
    async (request) => {
      const project = requestProject(request);
      const { policy } = await policyOf(storage, project);
      return { annotators: await annotatorReports(storage, project, policy.quality) };
    },
  );

  app.get(
    '/projects/:project/dawid-skene',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['quality'],
        summary:
          "Dawid-Skene fit of a choice question: each annotator's estimated confusion matrix and the class priors",
        params: ProjectParams,
        querystring: z.object({ question: z.string().min(1).describe('A single_choice question name') }).strict(),
        response: {
          200: z.object({
            question: z.string(),
            classes: z.array(z.union([z.string(), z.number()])),
            priors: z.array(z.number()),
            iterations: z.number().int(),
            converged: z.boolean(),
            annotators: z.array(
              z.object({
                userId: z.number().int(),
                username: z.string(),
                annotations: z.number().int(),
                accuracy: z.number(),
                confusion: z.array(z.array(z.number())).describe('confusion[true][said]'),
              }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const project = requestProject(request);
      const { question } = request.query;
      const fit = await fitDawidSkene(storage.db, project, question, { fresh: true });
      if (!fit) {
        throw new TandemError('VALIDATION_FAILED', `"${question}" is not a single_choice question with answers`, [
          { path: 'query.question', message: 'needs a single_choice question that has answers' },
        ]);
      }
      const ids = fit.annotators.map((a) => Number(a.annotator));
      const users = await storage.db
        .selectFrom('users')
        .select(['id', 'username'])
        .where('id', 'in', [...ids, 0])
        .execute();
      const names = new Map(users.map((u) => [Number(u.id), u.username]));
      return {
        question,
        classes: [...fit.classes],
        priors: [...fit.priors],
        iterations: fit.iterations,
        converged: fit.converged,
        annotators: fit.annotators.map((a) => ({
          userId: Number(a.annotator),
          username: names.get(Number(a.annotator)) ?? String(a.annotator),
          annotations: a.annotations,
          accuracy: a.accuracy,
          confusion: a.confusion.map((row) => [...row]),
        })),
      };
    },
  );

  for (const verdict of ['resume', 'discard'] as const) {
    app.post(
      `/projects/:project/annotators/:userId/${verdict}`,
      {
        config: { access: { project: 'manage' } },
        schema: {
          tags: ['quality'],
          summary:
            verdict === 'resume'
              ? 'Resume a paused person; their held answers count again (admin, manager)'
              : 'Resume a paused person and drop their held answers for good (admin, manager)',
          params: AnnotatorParams,
          response: { 200: z.object({ itemsReopened: z.number().int(), decided: z.number().int() }), ...errors },
        },
      },
      async (request) => {
        const project = requestProject(request);
        const policy = await policyOf(storage, project);
        const now = Date.now();
        const decided = await storage.db.transaction().execute(async (trx) => {
          const items = await resolvePause(
            trx,
            project.id,
            request.params.userId,
            verdict,
            now,
            requestUser(request).id,
          );
          const done: number[] = [];
          for (const itemId of items) {
            const item = await trx
              .selectFrom('items')
              .select(['external_id', 'status'])
              .where('id', '=', itemId)
              .executeTakeFirst();
            if (item?.status !== 'queued') continue;
            const outcome = await closePhaseIfComplete(trx, project, policy, itemId, item.external_id, 'review', now);
            if (outcome.decision) done.push(itemId);
          }
          return { items, done };
        });
        await notifier.publish(decided.done);
        return { itemsReopened: decided.items.length, decided: decided.done.length };
      },
    );
  }
};
