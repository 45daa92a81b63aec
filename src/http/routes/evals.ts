import { z } from 'zod';
import { compareRuns } from '../../evals/compare.js';
import {
  CompareQuery,
  CompareResponse,
  CreateEvalRunBody,
  CreateGoldenVersionBody,
  EvalOutputsQuery,
  EvalOutputsResponse,
  EvalRunParams,
  EvalRunView,
  GateBody,
  GateResponse,
  GoldenEntriesQuery,
  GoldenEntriesResponse,
  GoldenSetParams,
  GoldenVersionQuery,
  GoldenVersionsResponse,
  GoldenVersionView,
  ListEvalRunsResponse,
  ListGoldenSetsResponse,
  PostOutputsBody,
  PostOutputsResponse,
  SendPairsBody,
  SendPairsResponse,
} from '../../evals/contracts.js';
import { evaluateGate } from '../../evals/gate.js';
import {
  createGoldenVersion,
  getGoldenVersion,
  listGoldenEntries,
  listGoldenSets,
  listGoldenVersions,
} from '../../evals/golden-sets.js';
import { sendPairsToPeople } from '../../evals/pairwise.js';
import { createEvalRun, getEvalRun, listEvalOutputs, listEvalRuns, postEvalOutputs } from '../../evals/runs.js';
import { LIMITS } from '../../items/contracts.js';
import { ProjectParams } from '../../projects/contracts.js';
import { requestProject, requestUser } from '../access.js';
import { ErrorBody } from '../error-handler.js';
import type { RouteContext, TandemPlugin } from '../plugin.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const tags = ['evals'];

/**
 * Golden sets, eval runs, comparison and the gate (src/evals, issue 13 points 4–5). Making golden
 * sets and runs needs `write` (engineers and CI); reading them needs `read`, so workers never see
 * them.
 */
export const evalRoutes: TandemPlugin<RouteContext> = async (app, { storage }) => {
  app.post(
    '/projects/:project/evals/golden-sets/:name/versions',
    {
      config: { access: { project: 'write' }, expensive: 'import' },
      bodyLimit: LIMITS.batchBodyBytes,
      schema: {
        tags,
        summary: 'Add an immutable version to a golden set (made on first use) from decided items or imported entries',
        params: GoldenSetParams,
        body: CreateGoldenVersionBody,
        response: { 201: GoldenVersionView, ...errors },
      },
    },
    async (request, reply) => {
      const view = await createGoldenVersion(
        storage,
        requestProject(request),
        request.params.name,
        request.body,
        requestUser(request),
      );
      return reply.code(201).send(view);
    },
  );

  app.get(
    '/projects/:project/evals/golden-sets',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags,
        summary: "The project's golden sets with their newest version",
        params: ProjectParams,
        response: { 200: ListGoldenSetsResponse, ...errors },
      },
    },
    async (request) => listGoldenSets(storage, requestProject(request)),
  );

  app.get(
    '/projects/:project/evals/golden-sets/:name',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags,
        summary: 'One version of a golden set (default: the newest)',
        params: GoldenSetParams,
        querystring: GoldenVersionQuery,
        response: { 200: GoldenVersionView, ...errors },
      },
    },
    async (request) => getGoldenVersion(storage, requestProject(request), request.params.name, request.query.version),
  );

  app.get(
    '/projects/:project/evals/golden-sets/:name/versions',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags,
        summary: "A golden set's versions, newest first",
        params: GoldenSetParams,
        response: { 200: GoldenVersionsResponse, ...errors },
      },
    },
    async (request) => listGoldenVersions(storage, requestProject(request), request.params.name),
  );

  app.get(
    '/projects/:project/evals/golden-sets/:name/entries',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags,
        summary: "A golden-set version's entries, a page at a time",
        params: GoldenSetParams,
        querystring: GoldenEntriesQuery,
        response: { 200: GoldenEntriesResponse, ...errors },
      },
    },
    async (request) => listGoldenEntries(storage, requestProject(request), request.params.name, request.query),
  );

  app.post(
    '/projects/:project/evals/runs',
    {
      config: { access: { project: 'write' }, expensive: 'batch' },
      bodyLimit: LIMITS.batchBodyBytes,
      schema: {
        tags,
        summary: 'Start a run over a golden-set version: post its outputs, or let Tandem generate them',
        params: ProjectParams,
        body: CreateEvalRunBody,
        response: {
          201: z.object({ run: EvalRunView, posted: PostOutputsResponse.nullable() }),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const created = await createEvalRun(storage, requestProject(request), request.body, requestUser(request));
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/projects/:project/evals/runs',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags,
        summary: 'Eval runs, newest first (the last 200), with progress and figures',
        params: ProjectParams,
        response: { 200: ListEvalRunsResponse, ...errors },
      },
    },
    async (request) => listEvalRuns(storage, requestProject(request)),
  );

  app.get(
    '/projects/:project/evals/runs/:evalRunId',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags,
        summary: 'One run: progress of outputs and scores, pass rate, cost and latency',
        params: EvalRunParams,
        response: { 200: EvalRunView, ...errors },
      },
    },
    async (request) => getEvalRun(storage, requestProject(request), request.params.evalRunId),
  );

  app.post(
    '/projects/:project/evals/runs/:evalRunId/outputs',
    {
      config: { access: { project: 'write' }, expensive: 'batch' },
      bodyLimit: LIMITS.batchBodyBytes,
      schema: {
        tags,
        summary: 'Post outputs of a run (JSON array or JSONL); good rows are taken, bad rows reported',
        params: EvalRunParams,
        body: PostOutputsBody,
        response: { 200: PostOutputsResponse, ...errors },
      },
    },
    async (request) =>
      postEvalOutputs(storage, requestProject(request), request.params.evalRunId, request.body, requestUser(request)),
  );

  app.get(
    '/projects/:project/evals/runs/:evalRunId/outputs',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags,
        summary: "A run's output and judge scores per entry, a page at a time",
        params: EvalRunParams,
        querystring: EvalOutputsQuery,
        response: { 200: EvalOutputsResponse, ...errors },
      },
    },
    async (request) => listEvalOutputs(storage, requestProject(request), request.params.evalRunId, request.query),
  );

  app.get(
    '/projects/:project/evals/compare',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags,
        summary: 'Compare a run with a baseline: win rate (95 % Wilson), regressions, slices, cost and latency',
        params: ProjectParams,
        querystring: CompareQuery,
        response: { 200: CompareResponse, ...errors },
      },
    },
    async (request) =>
      (await compareRuns(storage, requestProject(request), request.query.run, request.query.baseline)).comparison,
  );

  app.post(
    '/projects/:project/evals/gate',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags,
        summary: 'The release gate: pass or fail a run against a baseline, with a Markdown report',
        description:
          'Changes nothing. Fails on regressions above maxRegression, a pass rate below minScore, an unfinished run, or a judge not calibrated against people (a warning with allowUncalibrated).',
        params: ProjectParams,
        body: GateBody,
        response: { 200: GateResponse, ...errors },
      },
    },
    async (request) => evaluateGate(storage, requestProject(request), request.body),
  );

  app.post(
    '/projects/:project/evals/pairwise',
    {
      config: { access: { project: 'write' } },
      schema: {
        tags,
        summary:
          'Send two runs to people: one review item per entry (input, output A, output B) in a project you choose',
        description:
          "The target project needs a pairwise question and your write capability. Which side is the run is chosen per entry by a hash. Decisions there feed the comparison's human win rate.",
        params: ProjectParams,
        body: SendPairsBody,
        response: { 200: SendPairsResponse, ...errors },
      },
    },
    async (request) => sendPairsToPeople(storage, requestProject(request), request.body, requestUser(request)),
  );
};
