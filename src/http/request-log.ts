import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';

/** A request slower than this is logged as a warning (long polls and event streams excepted). */
export const SLOW_REQUEST_MS = 1_000;

/**
 * Request logging at a level that keeps the console readable (issue 9, point 2): Fastify logs
 * every request at `info` twice, so a person working the queue filled a screen a minute and the
 * start banner scrolled away. Here a request is logged once, when done: failures (5xx) at
 * `error`, slow requests at `warn`, everything else at `debug` (`LOG_LEVEL=debug` shows them).
 */
export class RequestLogController extends LogController {
  readonly slowMs: number;
  constructor(slowMs = SLOW_REQUEST_MS) {
    super();
    this.slowMs = slowMs;
  }

  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const ms = reply.elapsedTime;
    const status = reply.statusCode;
    const waits = 'wait' in ((request.query as Record<string, unknown> | undefined) ?? {});
    const streams = String(reply.getHeader('content-type') ?? '').startsWith('text/event-stream');
    const slow = ms >= this.slowMs && !waits && !streams;
    const level = error || status >= 500 ? 'error' : slow ? 'warn' : 'debug';
    request.log[level](
      { req: request, res: { statusCode: status }, responseTime: Math.round(ms), ...(error ? { err: error } : {}) },
      slow ? `slow request: ${Math.round(ms)} ms` : 'request completed',
    );
  }
}
