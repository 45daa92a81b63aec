import { z } from 'zod';
import {
  BackendRefreshResponse,
  ModelBackendResponse,
  ModelBackendSettings,
  ModelBackendView,
} from '../../model/backend/contracts.js';
import {
  checkModelBackend,
  getModelBackend,
  refreshBackendPredictions,
  removeModelBackend,
  setModelBackend,
} from '../../model/backend/service.js';
import {
  CalibrationQuery,
  CalibrationResponse,
  ModelVersionsResponse,
  TrainModelBody,
  TrainModelResponse,
} from '../../model/contracts.js';
import { calibrationReport, listModelVersions, requestTraining } from '../../model/service.js';
import { ProjectParams } from '../../projects/contracts.js';
import { requestProject, requestUser } from '../access.js';
import { ErrorBody } from '../error-handler.js';
import type { RouteContext, TandemPlugin } from '../plugin.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

/**
 * The built-in model (src/model): train on demand, its versions, calibration and threshold advice;
 * the project's ML backend (src/model/backend): settings, health, refresh.
 */
export const modelRoutes: TandemPlugin<RouteContext> = async (app, { storage }) => {
  app.post(
    '/projects/:project/model/train',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['model'],
        summary: 'Queue a training run of the built-in model on the human decisions so far',
        params: ProjectParams,
        body: TrainModelBody,
        response: { 202: TrainModelResponse, ...errors },
      },
    },
    async (request, reply) => {
      const result = await requestTraining(storage, requestProject(request), request.body, requestUser(request));
      return reply.code(202).send(result);
    },
  );

  app.get(
    '/projects/:project/model/versions',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags: ['model'],
        summary: 'Every version of the built-in model: labels used and held-out accuracy (the learning curve)',
        params: ProjectParams,
        response: { 200: ModelVersionsResponse, ...errors },
      },
    },
    async (request) => listModelVersions(storage, requestProject(request)),
  );

  app.get(
    '/projects/:project/model/calibration',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags: ['model'],
        summary: 'Accuracy by confidence band, calibration error and the auto-accept threshold for a target error',
        params: ProjectParams,
        querystring: CalibrationQuery,
        response: { 200: CalibrationResponse, ...errors },
      },
    },
    async (request) => calibrationReport(storage, requestProject(request), request.query),
  );

  app.get(
    '/projects/:project/model/backend',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags: ['model'],
        summary: "The project's ML backend and its health",
        params: ProjectParams,
        response: { 200: ModelBackendResponse, ...errors },
      },
    },
    async (request) => ({ backend: await getModelBackend(storage, requestProject(request)) }),
  );

  app.put(
    '/projects/:project/model/backend',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['model'],
        summary: 'Set the ML backend that predicts a choice question (Label Studio ML backend API or Tandem JSON)',
        params: ProjectParams,
        body: ModelBackendSettings,
        response: { 200: ModelBackendView, ...errors },
      },
    },
    async (request) => setModelBackend(storage, requestProject(request), request.body, requestUser(request)),
  );

  app.delete(
    '/projects/:project/model/backend',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['model'],
        summary: "Remove the project's ML backend",
        params: ProjectParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await removeModelBackend(storage, requestProject(request), requestUser(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/projects/:project/model/backend/check',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['model'],
        summary: "Check the ML backend's health now",
        params: ProjectParams,
        response: { 200: ModelBackendView, ...errors },
      },
    },
    async (request) => checkModelBackend(storage, requestProject(request)),
  );

  app.post(
    '/projects/:project/model/backend/refresh',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['model'],
        summary: 'Ask the ML backend again for every undecided item nobody has started',
        params: ProjectParams,
        response: { 202: BackendRefreshResponse, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(202).send(await refreshBackendPredictions(storage, requestProject(request), requestUser(request))),
  );
};
