import { CalibrationQuery, CalibrationResponse, judgeCalibration } from '../../judges/calibration.js';
import {
  CreateJudgeBody,
  JudgeParams,
  JudgeRunParams,
  JudgeRunView,
  JudgeSummaryResponse,
  JudgeVersionsResponse,
  JudgeView,
  ListJudgeRunsQuery,
  ListJudgeRunsResponse,
  ListJudgesResponse,
  RunJudgeBody,
  RunJudgeResponse,
  TestJudgeBody,
  TestJudgeResponse,
  UpdateJudgeBody,
} from '../../judges/contracts.js';
import {
  createJudge,
  getJudge,
  getJudgeRun,
  judgeSummary,
  listJudgeRuns,
  listJudges,
  listJudgeVersions,
  requestJudgeRuns,
  updateJudge,
} from '../../judges/service.js';
import { testJudge } from '../../judges/test-run.js';
import {
  JudgeThresholds,
  SetJudgeThresholdsBody,
  selectJudgeThresholds,
  setJudgeThresholds,
} from '../../judges/thresholds.js';
import { ProjectParams } from '../../projects/contracts.js';
import { requestProject, requestUser } from '../access.js';
import { ErrorBody } from '../error-handler.js';
import type { RouteContext, TandemPlugin } from '../plugin.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

/** Judges (src/judges, issue 13): define and version them, run them over items, read their runs. */
export const judgeRoutes: TandemPlugin<RouteContext> = async (app, { storage }) => {
  app.post(
    '/projects/:project/judges',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['judges'],
        summary: 'Define a judge (rule, llm or webhook); it starts at version 1',
        params: ProjectParams,
        body: CreateJudgeBody,
        response: { 201: JudgeView, ...errors, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const judge = await createJudge(storage, requestProject(request), request.body, requestUser(request));
      return reply.code(201).send(judge);
    },
  );

  app.get(
    '/projects/:project/judges',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags: ['judges'],
        summary: "The project's judges with their current settings",
        params: ProjectParams,
        response: { 200: ListJudgesResponse, ...errors },
      },
    },
    async (request) => listJudges(storage, requestProject(request)),
  );

  app.get(
    '/projects/:project/judges/:judge',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags: ['judges'],
        summary: 'One judge and its current settings',
        params: JudgeParams,
        response: { 200: JudgeView, ...errors },
      },
    },
    async (request) => getJudge(storage, requestProject(request), request.params.judge),
  );

  app.put(
    '/projects/:project/judges/:judge',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['judges'],
        summary: 'New settings: a new version (runs of older versions keep theirs)',
        params: JudgeParams,
        body: UpdateJudgeBody,
        response: { 200: JudgeView, ...errors },
      },
    },
    async (request) =>
      updateJudge(storage, requestProject(request), request.params.judge, request.body, requestUser(request)),
  );

  app.get(
    '/projects/:project/judges/:judge/versions',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags: ['judges'],
        summary: 'Every version of the judge, newest first',
        params: JudgeParams,
        response: { 200: JudgeVersionsResponse, ...errors },
      },
    },
    async (request) => listJudgeVersions(storage, requestProject(request), request.params.judge),
  );

  app.post(
    '/projects/:project/judges/:judge/runs',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['judges'],
        summary: 'Run the current version over items (default: all) that have no run of it yet; runs are jobs',
        params: JudgeParams,
        body: RunJudgeBody,
        response: { 202: RunJudgeResponse, ...errors },
      },
    },
    async (request, reply) => {
      const result = await requestJudgeRuns(
        storage,
        requestProject(request),
        request.params.judge,
        request.body,
        requestUser(request),
      );
      return reply.code(202).send(result);
    },
  );

  app.get(
    '/projects/:project/judges/:judge/runs',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags: ['judges'],
        summary: 'Runs of a version (default: the current one), by id, with their verdicts or failure reasons',
        params: JudgeParams,
        querystring: ListJudgeRunsQuery,
        response: { 200: ListJudgeRunsResponse, ...errors },
      },
    },
    async (request) => listJudgeRuns(storage, requestProject(request), request.params.judge, request.query),
  );

  app.get(
    '/projects/:project/judges/:judge/runs/:runId',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags: ['judges'],
        summary: 'One run',
        params: JudgeRunParams,
        response: { 200: JudgeRunView, ...errors },
      },
    },
    async (request) => getJudgeRun(storage, requestProject(request), request.params.judge, request.params.runId),
  );

  app.get(
    '/projects/:project/judges/:judge/calibration',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags: ['judges'],
        summary:
          "Per version: the judge against people's decisions (κ, accuracy, precision/recall/F1 of fail, confusion)",
        params: JudgeParams,
        querystring: CalibrationQuery,
        response: { 200: CalibrationResponse, ...errors },
      },
    },
    async (request) => judgeCalibration(storage, requestProject(request), request.params.judge, request.query),
  );

  app.get(
    '/projects/:project/judges/:judge/summary',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags: ['judges'],
        summary: "The current version's runs: counts per state, pass rate, tokens, cost, latency",
        params: JudgeParams,
        response: { 200: JudgeSummaryResponse, ...errors },
      },
    },
    async (request) => judgeSummary(storage, requestProject(request), request.params.judge),
  );

  app.post(
    '/projects/:project/judges/test',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['judges'],
        summary: 'Run judge settings on one item and return the verdict; nothing is stored',
        description:
          'The same evaluation as a run (timeouts, base URL and webhook target rules). A call without a verdict answers 200 with ok false and the reason.',
        params: ProjectParams,
        body: TestJudgeBody,
        response: { 200: TestJudgeResponse, ...errors },
      },
    },
    async (request) => testJudge(storage, requestProject(request), request.body),
  );

  app.get(
    '/projects/:project/judge-thresholds',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags: ['judges'],
        summary: "The project's calibration bar: κ and pairs a judge version needs to be calibrated",
        params: ProjectParams,
        response: { 200: JudgeThresholds, ...errors },
      },
    },
    async (request) => selectJudgeThresholds(storage.db, requestProject(request).id),
  );

  app.put(
    '/projects/:project/judge-thresholds',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['judges'],
        summary: "Set the project's calibration bar; judges are calibrated again",
        params: ProjectParams,
        body: SetJudgeThresholdsBody,
        response: { 200: JudgeThresholds, ...errors },
      },
    },
    async (request) => setJudgeThresholds(storage, requestProject(request), request.body, requestUser(request)),
  );
};
