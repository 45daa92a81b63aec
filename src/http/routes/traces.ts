import { Readable } from 'node:stream';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { TandemError } from '../../errors.js';
import { ProjectParams } from '../../projects/contracts.js';
import { assertProjectOpen } from '../../projects/lifecycle.js';
import { UnparsableLine } from '../../traces/check-row.js';
import {
  RecentSampledQuery,
  RecentSampledResponse,
  ReportQuery,
  SamplingPolicy,
  SamplingPolicyView,
  SendFeedbackResponse,
  SendTracesResponse,
  TRACE_LIMITS,
  TraceFeedbackInput,
  TraceInput,
  TraceReport,
} from '../../traces/contracts.js';
import {
  getSamplingPolicy,
  recentSampled,
  sendFeedback,
  sendTraces,
  traceReport,
  updateSamplingPolicy,
} from '../../traces/service.js';
import { requestProject, requestUser } from '../access.js';
import { ErrorBody } from '../error-handler.js';
import type { RouteContext, TandemPlugin } from '../plugin.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const bulkErrors = { ...errors, 413: ErrorBody, 415: ErrorBody };

/** The body is checked row by row by the service (a bad row is reported, never a failed batch). */
const rowsOnly = (part: { httpPart?: string }) =>
  part.httpPart === 'body' ? () => true : validatorCompiler(part as unknown as Parameters<typeof validatorCompiler>[0]);

/** A JSON array (already parsed) or a JSONL stream, as rows; a line that is not JSON is reported. */
async function readRows(body: unknown, contentType: string | undefined): Promise<unknown[]> {
  if (Array.isArray(body)) return body;
  if (body instanceof Readable) {
    let text = '';
    for await (const chunk of body) {
      text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
      if (text.length > TRACE_LIMITS.bodyBytes) {
        throw new TandemError('PAYLOAD_TOO_LARGE', `At most ${TRACE_LIMITS.bodyBytes} bytes a request`, [
          { path: 'body', message: 'too large' },
        ]);
      }
    }
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    return lines.map((line) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        return new UnparsableLine();
      }
    });
  }
  throw new TandemError('VALIDATION_FAILED', 'Send a JSON array of traces, or JSONL (application/x-ndjson)', [
    { path: 'body', message: `expected an array (content-type ${contentType ?? 'none'})` },
  ]);
}

function checkRowCount(rows: readonly unknown[]): void {
  if (rows.length > TRACE_LIMITS.batchRows) {
    throw new TandemError('VALIDATION_FAILED', `At most ${TRACE_LIMITS.batchRows} traces a request`, [
      { path: 'body', message: `${rows.length} rows; at most ${TRACE_LIMITS.batchRows}` },
    ]);
  }
}

/** Production traces and sampling (src/traces, issue 13 point 6). */
export const traceRoutes: TandemPlugin<RouteContext> = async (app, { storage, notifier }) => {
  app.post(
    '/projects/:project/traces',
    {
      config: { access: { project: 'write' }, perRow: '', expensive: 'batch' },
      bodyLimit: TRACE_LIMITS.bodyBytes,
      validatorCompiler: rowsOnly,
      schema: {
        tags: ['traces'],
        summary: `Log up to ${TRACE_LIMITS.batchRows} production traces (JSON array or JSONL); sampled ones become review items`,
        description:
          'Idempotent by traceId: a known trace id changes nothing. Each bad row is reported with its index and field; the good ones are stored. Sampling follows the project’s sampling policy (GET …/traces/sampling).',
        params: ProjectParams,
        consumes: ['application/json', 'application/x-ndjson'],
        body: z.array(TraceInput),
        response: { 200: SendTracesResponse, ...bulkErrors },
      },
    },
    async (request) => {
      const project = requestProject(request);
      const rows = await readRows(request.body, request.headers['content-type']);
      checkRowCount(rows);
      assertProjectOpen(project, 'adding traces');
      return sendTraces(storage, project, rows, requestUser(request).id);
    },
  );

  app.post(
    '/projects/:project/traces/feedback',
    {
      config: { access: { project: 'write' }, perRow: '', expensive: 'batch' },
      bodyLimit: TRACE_LIMITS.bodyBytes,
      validatorCompiler: rowsOnly,
      schema: {
        tags: ['traces'],
        summary: 'User feedback for traces sent before (JSON array or JSONL of {traceId, thumbs, comment})',
        description:
          'A thumbs-down, or thumbs a judge contradicts, samples a trace not sampled yet; a trace whose review item nobody has answered gets the feedback in the item and is routed again.',
        params: ProjectParams,
        consumes: ['application/json', 'application/x-ndjson'],
        body: z.array(TraceFeedbackInput),
        response: { 200: SendFeedbackResponse, ...bulkErrors },
      },
    },
    async (request) => {
      const project = requestProject(request);
      const rows = await readRows(request.body, request.headers['content-type']);
      checkRowCount(rows);
      assertProjectOpen(project, 'adding traces');
      return sendFeedback(storage, project, rows, requestUser(request).id, (ids) => notifier.publish(ids));
    },
  );

  app.get(
    '/projects/:project/traces/sampling',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags: ['traces'],
        summary: "The project's current sampling policy",
        params: ProjectParams,
        response: { 200: SamplingPolicyView, ...errors },
      },
    },
    async (request) => getSamplingPolicy(storage, requestProject(request)),
  );

  app.put(
    '/projects/:project/traces/sampling',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['traces'],
        summary: 'Set the sampling policy (a new version; the same settings again change nothing)',
        params: ProjectParams,
        body: SamplingPolicy,
        response: { 200: SamplingPolicyView, ...errors, 409: ErrorBody },
      },
    },
    async (request) => updateSamplingPolicy(storage, requestProject(request), request.body, requestUser(request)),
  );

  app.get(
    '/projects/:project/traces/report',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags: ['traces'],
        summary: 'Traces received, sampled (by reason), reviewed, and the failure rate per slice over time',
        params: ProjectParams,
        querystring: ReportQuery,
        response: { 200: TraceReport, ...errors },
      },
    },
    async (request) => traceReport(storage, requestProject(request), request.query),
  );

  app.get(
    '/projects/:project/traces/sampled',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags: ['traces'],
        summary: 'The newest sampled traces and their review items',
        params: ProjectParams,
        querystring: RecentSampledQuery,
        response: { 200: RecentSampledResponse, ...errors },
      },
    },
    async (request) => recentSampled(storage, requestProject(request), request.query.limit),
  );
};
