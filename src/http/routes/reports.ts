import { ItemParams } from '../../items/contracts.js';
import {
  ListReportsQuery,
  listItemReports,
  listProjectReports,
  ReportItemBody,
  ReportParams,
  ReportsView,
  ReportView,
  ResolveReportBody,
  reportTaskItem,
  resolveReport,
} from '../../items/reports.js';
import { TaskParams } from '../../queue/contracts.js';
import { requestProject, requestUser } from '../access.js';
import { ErrorBody } from '../error-handler.js';
import type { RouteContext, TandemPlugin } from '../plugin.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** "Report a problem with this item" and the managers' list (src/items/reports.ts). */
export const reportRoutes: TandemPlugin<RouteContext> = async (app, { storage }) => {
  app.post(
    '/tasks/:taskId/report',
    {
      config: { access: { task: 'holder' } },
      schema: {
        tags: ['queue'],
        summary: "Report a problem with your task's item (reason required): it leaves the queue for the managers' list",
        params: TaskParams,
        body: ReportItemBody,
        response: { 201: ReportView, ...errors },
      },
    },
    async (request, reply) => {
      const report = await reportTaskItem(storage, request.params.taskId, requestUser(request), request.body.reason);
      return reply.status(201).send(report);
    },
  );

  app.get(
    '/projects/:project/reports',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['items'],
        summary: 'Items reported as having a problem (open ones, or all with ?status=all)',
        params: ItemParams.pick({ project: true }),
        querystring: ListReportsQuery,
        response: { 200: ReportsView, ...errors },
      },
    },
    async (request) => ({
      reports: await listProjectReports(storage, requestProject(request), request.query.status),
    }),
  );

  app.get(
    '/projects/:project/items/:itemId/reports',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags: ['items'],
        summary: 'Problems reported on an item, and how they were resolved',
        params: ItemParams,
        response: { 200: ReportsView, ...errors },
      },
    },
    async (request) => ({
      reports: await listItemReports(storage, requestProject(request), request.params.itemId),
    }),
  );

  app.post(
    '/projects/:project/reports/:reportId/resolve',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['items'],
        summary: 'Resolve a report: send the item back to the queue, or close it (kept out, status held)',
        params: ReportParams,
        body: ResolveReportBody,
        response: { 200: ReportView, ...errors },
      },
    },
    async (request) =>
      resolveReport(storage, requestProject(request), request.params.reportId, request.body, requestUser(request)),
  );
};
