import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Storage } from '../db/storage.js';
import { TandemError } from '../errors.js';
import { authenticate, hashToken } from '../users/service.js';
import type { User } from '../users/store.js';

/** How long a verified token is trusted without asking the database again. */
const CACHE_MS = 10_000;

/**
 * Authentication: finds who is calling. Routes that declared non-public access need
 * `Authorization: Bearer <token>`; the user lands on `request.tandemUser` and the access hook
 * (src/http/access.ts) decides what they may do. Public routes are never asked for a token.
 */
export function installAuth(app: FastifyInstance, storage: Storage): void {
  const cache = new Map<string, { user: User; until: number }>();
  app.decorateRequest('tandemUser', null);
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (access === 'public') return;
    // A request that matched no route is answered 404 (after sign-in under /api, so that
    // someone without a token learns nothing about which routes exist).
    if (!access && !request.url.startsWith('/api/')) return;
    const token = bearerToken(request);
    if (!token) {
      throw new TandemError('UNAUTHENTICATED', 'Send an API token as "Authorization: Bearer <token>"', [
        { path: 'authorization', message: 'missing' },
      ]);
    }
    const key = hashToken(token);
    const now = Date.now();
    const cached = cache.get(key);
    if (cached && cached.until > now) {
      request.tandemUser = cached.user;
      return;
    }
    const user = await authenticate(storage, token);
    if (!user) {
      throw new TandemError('UNAUTHENTICATED', 'This API token is not valid', [
        { path: 'authorization', message: 'unknown token' },
      ]);
    }
    if (cache.size > 10_000) cache.clear();
    cache.set(key, { user, until: now + CACHE_MS });
    request.tandemUser = user;
  });
}

function bearerToken(request: FastifyRequest): string {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  // EventSource cannot send headers: only the event stream reads a token from its URL.
  if (request.routeOptions.url?.endsWith('/events')) {
    const fromQuery = (request.query as Record<string, unknown> | undefined)?.access_token;
    if (typeof fromQuery === 'string') return fromQuery;
  }
  return '';
}
