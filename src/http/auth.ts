import { timingSafeEqual } from 'node:crypto';
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Storage } from '../db/storage.js';
import { TandemError } from '../errors.js';
import { authenticate, hashToken } from '../users/service.js';
import { findSessionUser } from '../users/sessions.js';
import type { User } from '../users/store.js';

/** How long a verified credential is trusted without asking the database again. */
const CACHE_MS = 10_000;

declare module 'fastify' {
  interface FastifyRequest {
    /** Set when the caller is the metrics scraper (TANDEM_METRICS_TOKEN), which is no user. */
    metricsScraper: boolean;
  }
  interface FastifyInstance {
    /** Drops this server's cached credentials of a user (after sign-out, revocation, a role change). */
    forgetUser(userId: number): void;
  }
}

/** The web app's session cookie: httpOnly (no script reads it) and SameSite=Strict. */
export const SESSION_COOKIE = 'tandem_session';

/**
 * A header the web app sends with every change it makes under a cookie session. Browsers send
 * cookies on cross-site form posts, but a page on another origin cannot add a custom header
 * without a CORS preflight, which Tandem never grants: no header, no change (CSRF).
 */
export const CSRF_HEADER = 'x-tandem-csrf';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Authentication: finds who is calling, from (in order) `Authorization: Bearer <API token>`, the
 * web app's session cookie, or — on a project's event stream only — a short-lived `?ticket=`.
 * The user lands on `request.tandemUser`; the access hook (src/http/access.ts) decides what they
 * may do. Public routes are never asked for credentials. No secret is ever put in a URL we log.
 */
export async function installAuth(
  app: FastifyInstance,
  storage: Storage,
  options: { metricsToken?: string | undefined } = {},
): Promise<void> {
  await app.register(cookie);
  const cache = new Map<string, { user: User; until: number }>();
  const metricsToken = options.metricsToken ? Buffer.from(options.metricsToken) : undefined;
  app.decorateRequest('tandemUser', null);
  app.decorateRequest('metricsScraper', false);
  // Sign-out, revocation and role changes apply at once here (other servers: within CACHE_MS).
  app.decorate('forgetUser', (userId: number) => {
    for (const [key, entry] of cache) if (entry.user.id === userId) cache.delete(key);
  });
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (access === 'public') return;
    // A request that matched no route is answered 404 (after sign-in under /api, so that
    // someone without credentials learns nothing about which routes exist).
    if (!access && !request.url.startsWith('/api/')) return;
    const credential = findCredential(request);
    if (metricsToken && credential?.kind === 'token' && typeof access === 'object' && 'metrics' in access) {
      const given = Buffer.from(credential.secret);
      if (given.length === metricsToken.length && timingSafeEqual(given, metricsToken)) {
        request.metricsScraper = true;
        return;
      }
    }
    if (!credential) {
      throw new TandemError('UNAUTHENTICATED', 'Sign in, or send an API token as "Authorization: Bearer <token>"', [
        { path: 'authorization', message: 'missing' },
      ]);
    }
    if (credential.kind === 'web' && !SAFE_METHODS.has(request.method) && !request.headers[CSRF_HEADER]) {
      throw new TandemError('FORBIDDEN', `Changes under a web session need the ${CSRF_HEADER} header`, [
        { path: CSRF_HEADER, message: 'missing' },
      ]);
    }
    const now = Date.now();
    const key = `${credential.kind}:${hashToken(credential.secret)}`;
    const cached = credential.kind === 'events' ? undefined : cache.get(key);
    if (cached && cached.until > now) {
      request.tandemUser = cached.user;
      return;
    }
    const user = await resolve(storage, credential, now, request);
    if (!user) {
      throw new TandemError('UNAUTHENTICATED', MESSAGES[credential.kind], [
        {
          path: credential.kind === 'token' ? 'authorization' : credential.kind === 'web' ? 'session' : 'ticket',
          message: 'not valid',
        },
      ]);
    }
    if (cache.size > 10_000) cache.clear();
    if (credential.kind !== 'events') cache.set(key, { user, until: now + CACHE_MS });
    request.tandemUser = user;
  });
}

const MESSAGES = {
  token: 'This API token is not valid (revoked, expired or unknown)',
  web: 'Your session has ended; sign in again',
  events: 'This event-stream ticket is not valid (they last a minute); ask for a new one',
} as const;

type Credential = { kind: keyof typeof MESSAGES; secret: string };

function findCredential(request: FastifyRequest): Credential | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return { kind: 'token', secret: header.slice(7).trim() };
  const session = request.cookies[SESSION_COOKIE];
  if (session) return { kind: 'web', secret: session };
  // EventSource cannot send headers: a project's event stream also takes a short-lived ticket.
  if (request.routeOptions.url?.endsWith('/events')) {
    const ticket = (request.query as Record<string, unknown> | undefined)?.ticket;
    if (typeof ticket === 'string' && ticket) return { kind: 'events', secret: ticket };
  }
  return undefined;
}

async function resolve(
  storage: Storage,
  credential: Credential,
  now: number,
  request: FastifyRequest,
): Promise<User | undefined> {
  if (credential.kind === 'token') return authenticate(storage, credential.secret, now);
  if (credential.kind === 'web') return findSessionUser(storage, credential.secret, 'web', now);
  const ref = String((request.params as { project?: string }).project ?? '');
  const project = await storage.db
    .selectFrom('projects')
    .select('id')
    .where((eb) => (/^\d{1,15}$/.test(ref) ? eb('id', '=', Number(ref)) : eb('slug', '=', ref)))
    .executeTakeFirst();
  return project ? findSessionUser(storage, credential.secret, 'events', now, Number(project.id)) : undefined;
}
