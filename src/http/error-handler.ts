import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type FieldIssue, TandemError, ValidationError } from '../errors.js';
import { showNul } from '../input/json-limits.js';
import { wantsWebPage } from './web-app.js';

/** The one error body every endpoint returns. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string().describe('Stable code, e.g. VALIDATION_FAILED, PROJECT_NOT_FOUND'),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })),
  }),
});

/**
 * Maps every error to `{ error: { code, message, details } }`. Client mistakes keep their 4xx and
 * name the field; anything unexpected is logged and becomes a 500 with no internals exposed.
 */
export function installErrorHandler(app: FastifyInstance, webApp = false): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const mapped = toTandemError(error, request);
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

/**
 * Fastify's own request errors (FST_ERR_*), in our codes and words. Anything else Fastify or
 * Node reports with a 4xx keeps its status but gets a plain message: stream and parser internals
 * never reach the client.
 */
function fromFastify(error: FastifyError, request: FastifyRequest): TandemError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE': {
      const limit = request.routeOptions.bodyLimit ?? request.server.initialConfig.bodyLimit;
      return new TandemError('PAYLOAD_TOO_LARGE', `The body is larger than this endpoint's limit of ${limit} bytes`, [
        { path: 'body', message: `at most ${limit} bytes` },
      ]);
    }
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_TYPE': {
      const type = String(request.headers['content-type'] ?? '');
      return new TandemError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json', [
        { path: 'content-type', message: `"${showNul(type.slice(0, 100))}" is not accepted here` },
      ]);
    }
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new TandemError('INVALID_JSON', 'The body is empty but content-type says application/json', [
        { path: 'body', message: 'empty' },
      ]);
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new TandemError('INVALID_JSON', 'The body is not valid JSON', [{ path: 'body', message: 'not JSON' }]);
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new TandemError('VALIDATION_FAILED', 'The body does not match its Content-Length', [
        { path: 'content-length', message: 'does not match the body' },
      ]);
    case 'FST_ERR_BAD_URL':
    case 'FST_ERR_INVALID_URL':
      return new TandemError('VALIDATION_FAILED', 'The URL is not valid (check its percent-encoding)', [
        { path: 'url', message: 'not a valid URL' },
      ]);
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new TandemError('VALIDATION_FAILED', 'A path segment is too long', [{ path: 'url', message: 'too long' }]);
    case 'FST_ERR_ROUTE_MISSING_CONTENT_TYPE':
    case 'FST_ERR_ROUTE_MISSING_CONTENT':
      return new TandemError('VALIDATION_FAILED', 'This endpoint needs a JSON body', [
        { path: 'body', message: 'missing' },
      ]);
    default:
      return undefined;
  }
}

function toTandemError(error: FastifyError, request: FastifyRequest): TandemError {
  if (error instanceof TandemError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const prefix = contextPrefix(error.validationContext);
    const details: FieldIssue[] = error.validation.flatMap((issue) => {
      const path = [...prefix, ...issue.instancePath.split('/').filter(Boolean)];
      const keys = issue.keyword === 'unrecognized_keys' ? (issue.params as { keys?: unknown }).keys : undefined;
      if (Array.isArray(keys) && keys.length > 0) {
        return keys.map((key) => ({
          path: showNul([...path, String(key)].join('.')),
          message: `unknown field "${showNul(String(key))}"`,
        }));
      }
      return [{ path: showNul(path.join('.')), message: issue.message ?? 'is invalid' }];
    });
    return new ValidationError(details);
  }
  const known = fromFastify(error, request);
  if (known) return known;
  if (error instanceof SyntaxError) {
    return new TandemError('INVALID_JSON', `The body is not valid JSON: ${error.message}`, [
      { path: 'body', message: 'not JSON' },
    ]);
  }
  const status = error.statusCode ?? 0;
  if (status >= 400 && status < 500) {
    // A 4xx from a plugin or from Node (an aborted upload, a parser refusing input): keep the
    // status, never the internals.
    const mapped = new TandemError(
      status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'VALIDATION_FAILED',
      status === 413 ? 'The body is too large' : 'The request could not be read',
    );
    return Object.assign(mapped, { status });
  }
  return new TandemError('INTERNAL', 'Internal server error; the server log has the details');
}

/** `body` fields are named bare (`items.3.confidence`); query and params keep their prefix. */
function contextPrefix(context: string | undefined): string[] {
  if (!context || context === 'body') return [];
  return [context === 'querystring' ? 'query' : context];
}

/**
 * Errors Fastify's router raises before any route or hook runs (a URL whose percent-encoding
 * is broken, a path segment over the length limit), in our shape. No hook ran, so the headers
 * that matter for an error body are set here.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const mapped = toTandemError(error, request);
  void reply
    .status(mapped.status)
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; frame-ancestors 'none'")
    .send({ error: { code: mapped.code, message: mapped.message, details: mapped.details } });
}

/**
 * Requests Node cannot parse at all (a broken request line, a header too large) never reach
 * Fastify's router; they get the same error body from here.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: import('node:net').Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? 431 : 400;
  const body = JSON.stringify({
    error: {
      code: 'VALIDATION_FAILED',
      message: tooLarge ? 'The request headers are too large' : 'The request is not valid HTTP',
      details: [],
    },
  });
  socket.end(
    `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
      `content-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
      `connection: close\r\n\r\n${body}`,
  );
}
