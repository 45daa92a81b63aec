import type { FastifyInstance } from 'fastify';
import { ValidationError } from '../errors.js';
import { BODY_JSON_LIMITS, findJsonProblem } from '../input/json-limits.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * A body field whose array elements are rows checked one by one by the service (a batch):
     * a bad row is reported in the row report instead of failing the whole request.
     */
    perRow?: string;
  }
}

/**
 * One check of every request's input before its contract runs: no NUL character in any path
 * parameter, query value or body string (nor in a key), and bounded nesting and key counts in
 * the body. PostgreSQL refuses NUL in text and SQLite stores it, so refusing it here keeps both
 * engines alike (issue 8); the iterative walk reports a body nested 100,000 deep as a 400.
 */
export function installInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', (request, _reply, done) => {
    const perRow = request.routeOptions.config?.perRow;
    const problem =
      findJsonProblem(request.params, BODY_JSON_LIMITS, ['params']) ??
      findJsonProblem(request.query, BODY_JSON_LIMITS, ['query']) ??
      (isJsonValue(request.body)
        ? findJsonProblem(request.body, BODY_JSON_LIMITS, [], {
            skip: (path) => perRow !== undefined && path.join('.') === perRow,
          })
        : undefined);
    done(problem ? new ValidationError([problem]) : undefined);
  });
}

/** Parsed JSON (objects, arrays, strings); streamed bodies (file imports) are checked per line. */
function isJsonValue(body: unknown): boolean {
  if (body === null || body === undefined) return false;
  if (typeof body !== 'object') return typeof body === 'string';
  return (
    Array.isArray(body) || Object.getPrototypeOf(body) === Object.prototype || Object.getPrototypeOf(body) === null
  );
}
