import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Storage } from '../db/storage.js';
import { TandemError } from '../errors.js';
import type { Role } from '../users/contracts.js';
import { authenticate, hashToken } from '../users/service.js';
import type { User } from '../users/store.js';

declare module 'fastify' {
  interface FastifyRequest {
    tandemUser: User | null;
  }
}

/** How long a verified token is trusted without asking the database again. */
const CACHE_MS = 10_000;

/**
 * Every /api route needs `Authorization: Bearer <token>` (or `?access_token=` for EventSource,
 * which cannot send headers). The user is on `request.tandemUser`; `currentUser` returns it.
 */
export function installAuth(app: FastifyInstance, storage: Storage): void {
  const cache = new Map<string, { user: User; until: number }>();
  app.decorateRequest('tandemUser', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const header = request.headers.authorization;
    const fromQuery = (request.query as Record<string, unknown> | undefined)?.access_token;
    const token = header?.startsWith('Bearer ')
      ? header.slice(7).trim()
      : typeof fromQuery === 'string'
        ? fromQuery
        : '';
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

/** The signed-in user; with `roles`, fails with FORBIDDEN unless the user has one of them. */
export function currentUser(request: FastifyRequest, roles?: readonly Role[]): User {
  const user = request.tandemUser;
  if (!user) throw new TandemError('UNAUTHENTICATED', 'Sign in with an API token');
  if (roles && !roles.includes(user.role)) {
    throw new TandemError('FORBIDDEN', `This needs the role ${roles.join(' or ')}; you are ${user.role}`);
  }
  return user;
}

export const MANAGERS: readonly Role[] = ['admin', 'manager'];
