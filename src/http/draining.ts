import type { FastifyInstance } from 'fastify';

/** Default time requests in flight get to finish when the server stops. */
export const DRAIN_MS = 10_000;

/**
 * Graceful close (issue 10, point 7): `app.close()` stops taking connections, then waits for the
 * requests already running to answer — at most `drainMs` — before Fastify cuts what is left
 * (idle keep-alive connections, a long poll still waiting). Event streams are ended first by the
 * hub's own preClose hook.
 */
export function installDraining(app: FastifyInstance, drainMs: number): void {
  const running = new WeakSet<object>();
  let inFlight = 0;
  let drained: (() => void) | undefined;
  app.addHook('onRequest', async (request, reply) => {
    running.add(request);
    inFlight += 1;
    // A route that answers on the raw response (the MCP transport, event streams) never reaches
    // onResponse: the raw response's close is when it is done.
    reply.raw.once('close', () => void done(request));
  });
  // A request aborted by its client may also see onResponse: count each one down once.
  const done = async (request: object) => {
    if (!running.delete(request)) return;
    inFlight -= 1;
    if (inFlight === 0) drained?.();
  };
  app.addHook('onResponse', done);
  app.addHook('onRequestAbort', done);
  app.addHook('preClose', async () => {
    if (inFlight === 0) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, drainMs);
      drained = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  });
}
