import { z } from 'zod';
import { JobParams, JobsPage, JobsSummary, JobView, ListJobsQuery, ProjectJobParams } from '../../jobs/contracts.js';
import { listJobs, retryJob, summarizeJobs } from '../../jobs/service.js';
import { ProjectParams } from '../../projects/contracts.js';
import { requestProject, requestUser } from '../access.js';
import { ErrorBody } from '../error-handler.js';
import type { RouteContext, TandemPlugin } from '../plugin.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const SummaryQuery = z.object({}).strict();

/** Background jobs (src/jobs): the whole server's for admins, a project's for its managers. */
export const jobRoutes: TandemPlugin<RouteContext> = async (app, { storage }) => {
  app.get(
    '/jobs',
    {
      config: { access: { signedIn: ['admin'] } },
      schema: {
        tags: ['jobs'],
        summary: 'Background jobs, newest first, filtered by state and type',
        querystring: ListJobsQuery,
        response: { 200: JobsPage, ...errors },
      },
    },
    async (request) => listJobs(storage, request.query),
  );

  app.get(
    '/jobs/summary',
    {
      config: { access: { signedIn: ['admin'] } },
      schema: {
        tags: ['jobs'],
        summary: 'Per job type: queued, due, running, failed, and how long the oldest due job has waited',
        querystring: SummaryQuery,
        response: { 200: JobsSummary, ...errors },
      },
    },
    async () => summarizeJobs(storage),
  );

  app.post(
    '/jobs/:jobId/retry',
    {
      config: { access: { signedIn: ['admin'] } },
      schema: {
        tags: ['jobs'],
        summary: 'Queue a failed job again, due now',
        params: JobParams,
        response: { 200: JobView, ...errors },
      },
    },
    async (request) => retryJob(storage, requestUser(request), request.params.jobId),
  );

  app.get(
    '/projects/:project/jobs',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['jobs'],
        summary: "The project's background jobs (webhook deliveries, refits…), newest first",
        params: ProjectParams,
        querystring: ListJobsQuery,
        response: { 200: JobsPage, ...errors },
      },
    },
    async (request) => listJobs(storage, request.query, requestProject(request).id),
  );

  app.get(
    '/projects/:project/jobs/summary',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['jobs'],
        summary: "The project's jobs per type: queued, due, running, failed, oldest due age",
        params: ProjectParams,
        querystring: SummaryQuery,
        response: { 200: JobsSummary, ...errors },
      },
    },
    async (request) => summarizeJobs(storage, requestProject(request).id),
  );

  app.post(
    '/projects/:project/jobs/:jobId/retry',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['jobs'],
        summary: "Queue one of the project's failed jobs again, due now",
        params: ProjectJobParams,
        response: { 200: JobView, ...errors },
      },
    },
    async (request) => retryJob(storage, requestUser(request), request.params.jobId, requestProject(request).id),
  );
};
