import { AuditPage, AuditVerificationView, ListAuditQuery } from '../../audit/contracts.js';
import { listAudit } from '../../audit/service.js';
import { verifyAuditLog } from '../../audit/verify.js';
import { ProjectParams } from '../../projects/contracts.js';
import { requestProject } from '../access.js';
import { ErrorBody } from '../error-handler.js';
import type { RouteContext, TandemPlugin } from '../plugin.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

/** The audit trail: who changed what, when; hash-chained so that editing history shows. */
export const auditRoutes: TandemPlugin<RouteContext> = async (app, { storage }) => {
  app.get(
    '/audit',
    {
      config: { access: { signedIn: ['admin'] } },
      schema: {
        tags: ['audit'],
        summary: 'Audit records, newest first, filtered by project, actor, action, target and time',
        querystring: ListAuditQuery,
        response: { 200: AuditPage, ...errors },
      },
    },
    async (request) => listAudit(storage, request.query),
  );

  app.get(
    '/audit/verify',
    {
      config: { access: { signedIn: ['admin'] } },
      schema: {
        tags: ['audit'],
        summary: 'Check the hash chain of the whole audit log; names the first broken record',
        response: { 200: AuditVerificationView, ...errors },
      },
    },
    async () => verifyAuditLog(storage),
  );

  app.get(
    '/projects/:project/audit',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['audit'],
        summary: "The project's audit records, newest first",
        params: ProjectParams,
        querystring: ListAuditQuery.omit({ project: true }),
        response: { 200: AuditPage, ...errors },
      },
    },
    async (request) => listAudit(storage, request.query, requestProject(request).id),
  );
};
