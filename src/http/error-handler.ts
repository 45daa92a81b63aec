import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type ErrorCode, type FieldIssue, TandemError } from '../errors.js';
import { wantsWebPage } from './web-app.js';

/** The one error body every endpoint returns. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string().describe('Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND'),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })),
  }),
});

/** Fastify's own request errors, mapped to our codes. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
};

/**
 * Maps every error to `{ error: { code, message, details } }`. Client mistakes keep their 4xx and
 * name the field; anything unexpected is logged and becomes a 500 with no internals exposed.
 */
export function installErrorHandler(app: FastifyInstance, webApp = false): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const mapped = toTandemError(error);
    if (mapped.status >= 500) request.log.error({ err: error }, 'request failed');
    // A refusal is the client's business (an empty queue is polled every 10 s): debug, not info.
    else request.log.debug({ code: mapped.code, message: mapped.message }, 'request rejected');
    return reply
      .status(mapped.status)
      .send({ error: { code: mapped.code, message: mapped.message, details: mapped.details } });
  });

  app.setNotFoundHandler((request, reply) => {
    // Client-side routes of the web app (e.g. /projects/x/work after a reload) get the app shell.
    if (webApp && wantsWebPage(request.method, request.url, request.headers.accept)) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.status(404).send({
      error: {
        code: 'ROUTE_NOT_FOUND',
        message: `No route ${request.method} ${request.url.split('?')[0]}`,
        details: [],
      },
    });
  });
}

function toTandemError(error: FastifyError): TandemError {
  if (error instanceof TandemError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const details: FieldIssue[] = error.validation.map((issue) => ({
      path: fieldPath(error.validationContext, issue.instancePath),
      message: issue.message ?? 'is invalid',
    }));
    const first = details[0];
    const where = first?.path ? `${first.path}: ` : '';
    return new TandemError('VALIDATION_FAILED', `${where}${first?.message ?? 'invalid request'}`, details);
  }
  const known = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (known) return new TandemError(known, error.message);
  if (error instanceof SyntaxError || (error.statusCode === 400 && /JSON/i.test(error.message))) {
    return new TandemError('INVALID_JSON', `The body is not valid JSON: ${error.message}`);
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    const tandem = new TandemError('VALIDATION_FAILED', error.message);
    return Object.assign(tandem, { status: error.statusCode });
  }
  return new TandemError('INTERNAL', 'Internal server error; the server log has the details');
}

/** `body` + `/items/3/confidence` → `items.3.confidence`; query/params keep their prefix. */
function fieldPath(context: string | undefined, instancePath: string): string {
  const parts = instancePath.split('/').filter(Boolean);
  if (context && context !== 'body') parts.unshift(context === 'querystring' ? 'query' : context);
  return parts.join('.');
}
