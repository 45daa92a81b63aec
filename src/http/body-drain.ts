import type { FastifyInstance } from 'fastify';

/** How much of an unread body is drained after the response before the connection is cut. */
const DRAIN_BYTES = 64 * 1024 * 1024;
const DRAIN_MS = 30_000;

/**
 * When a response goes out before its request body was read to the end (a 401, 413 or 415 for a
 * large upload; an import that stopped early), the rest of the body is read and discarded, so a
 * client that sends everything before reading gets to read the answer. Fastify closes the
 * connection after a body it refused; closing while the client still sends makes the kernel
 * reset the connection, which can discard the answer before the client reads it — so the
 * connection is kept and drained instead. Past DRAIN_BYTES or DRAIN_MS it is closed anyway.
 */
export function installBodyDrain(app: FastifyInstance): void {
  app.addHook('onSend', (request, reply, payload, done) => {
    if (reply.statusCode >= 400 && !request.raw.complete && reply.getHeader('connection') === 'close') {
      reply.removeHeader('connection');
    }
    done(null, payload);
  });
  app.addHook('onResponse', (request, _reply, done) => {
    done();
    const raw = request.raw;
    if (raw.complete || raw.destroyed) return;
    let drained = 0;
    const cut = () => {
      const socket = raw.socket as { destroy?: () => void } | null;
      if (typeof socket?.destroy === 'function') socket.destroy();
    };
    const timer = setTimeout(cut, DRAIN_MS).unref();
    raw.once('end', () => clearTimeout(timer));
    raw.on('data', (chunk: Buffer) => {
      drained += chunk.length;
      if (drained > DRAIN_BYTES) cut();
    });
    raw.once('close', () => clearTimeout(timer));
    raw.resume();
  });
}
