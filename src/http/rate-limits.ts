import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import type { ExpensiveKind, RateLimitSettings } from '../config.js';
import { TandemError } from '../errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Rate-limited per user as this kind of expensive endpoint (see src/http/rate-limits.ts). */
    expensive?: ExpensiveKind;
  }
}

/**
 * Rate limits through @fastify/rate-limit (in memory, per server):
 *
 * - **Failed authentication:** every 401 counts against the client's address (IPv6 by /64); once
 *   an address reaches `authFailures` within the window, its requests to signed-in routes are
 *   refused with 429 and `Retry-After` before any token is looked at, until the window ends.
 * - **Expensive endpoints:** a route declaring `config: { expensive: kind }` allows each user
 *   `perMinute[kind]` calls a minute, then 429 with `Retry-After`.
 *
 * Install before authentication (src/http/auth.ts), so a blocked address is refused first.
 */
export async function installRateLimits(app: FastifyInstance, settings: RateLimitSettings): Promise<void> {
  // Runs before the plugin's own onRoute hook: turns the declaration into the plugin's config.
  app.addHook('onRoute', (route: RouteOptions) => {
    const kind = route.config?.expensive;
    if (!kind || settings.perMinute[kind] <= 0) return;
    route.config = {
      ...route.config,
      rateLimit: {
        max: settings.perMinute[kind],
        timeWindow: 60_000,
        groupId: kind,
        // Route hooks run after authentication: count per user, per address only if unsigned.
        keyGenerator: (request: FastifyRequest) =>
          request.tandemUser ? `user:${request.tandemUser.id}` : `ip:${request.ip}`,
      },
    } as RouteOptions['config'];
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new TandemError('RATE_LIMITED', `Too many requests to this endpoint: at most ${context.max} a minute`, [
        { path: 'retry-after', message: `try again in ${Math.ceil(context.ttl / 1000)} s` },
      ]),
  });
  if (settings.authFailures <= 0) return;

  const failures = app.createRateLimit({ max: settings.authFailures, timeWindow: settings.authWindowSeconds * 1_000 });
  app.addHook('onRequest', async (request, reply) => {
    const access = request.routeOptions.config?.access;
    if (access === 'public' || (!access && !request.url.startsWith('/api/'))) return;
    const state = await failures(request, { increment: false });
    if (state.isAllowed || state.remaining > 0) return;
    const seconds = Math.max(1, state.ttlInSeconds);
    reply.header('retry-after', String(seconds));
    throw new TandemError('RATE_LIMITED', `Too many failed sign-ins from your address; try again in ${seconds} s`, [
      { path: 'authorization', message: `${settings.authFailures} failed attempts` },
    ]);
  });
  app.addHook('onResponse', async (request, reply) => {
    if (reply.statusCode === 401) await failures(request);
  });
}
