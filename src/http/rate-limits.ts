import rateLimit, { normalizeIP } from '@fastify/rate-limit';
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
 * Rate limits (in memory, per server):
 *
 * - **Failed authentication:** every 401 counts against the client's address (IPv6 by /64); once
 *   an address reaches `authFailures` within the window, its requests to signed-in routes are
 *   refused with 429 and `Retry-After` before any token is looked at, until the window ends.
 *   Counted here, not in the plugin's store: its keys carry each route's group, which would
 *   split one address's failures across endpoints.
 * - **Expensive endpoints** (through @fastify/rate-limit): a route declaring `config: { expensive: kind }` allows each user
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

  const failures = new FailureWindows(settings.authFailures, settings.authWindowSeconds * 1_000);
  app.addHook('onRequest', (request, reply, done) => {
    // An ordinary request costs one size check: nobody is blocked.
    if (failures.blockedCount === 0) return done();
    const access = request.routeOptions.config?.access;
    if (access === 'public' || (!access && !request.url.startsWith('/api/'))) return done();
    const waitMs = failures.blockedFor(normalizeIP(request.ip), Date.now());
    if (waitMs <= 0) return done();
    const seconds = Math.max(1, Math.ceil(waitMs / 1_000));
    reply.header('retry-after', String(seconds));
    done(
      new TandemError('RATE_LIMITED', `Too many failed sign-ins from your address; try again in ${seconds} s`, [
        { path: 'authorization', message: `${settings.authFailures} failed attempts` },
      ]),
    );
  });
  app.addHook('onResponse', (request, reply, done) => {
    if (reply.statusCode === 401) failures.count(normalizeIP(request.ip), Date.now());
    done();
  });
}

/** Most addresses tracked at once; past it, expired windows and then the oldest are dropped. */
const MAX_TRACKED = 10_000;

/**
 * Failed authentications per address in fixed windows (the window starts at the first failure).
 * An address that reaches `max` is blocked until its window ends. Memory is bounded by MAX_TRACKED.
 */
class FailureWindows {
  private readonly windows = new Map<string, { failures: number; endsAt: number }>();
  private blocked = 0;

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  get blockedCount(): number {
    return this.blocked;
  }

  count(key: string, now: number): void {
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      if (window) this.drop(key, window);
      if (this.windows.size >= MAX_TRACKED) this.evict(now);
      window = { failures: 0, endsAt: now + this.windowMs };
      this.windows.set(key, window);
    }
    window.failures += 1;
    if (window.failures === this.max) this.blocked += 1;
  }

  /** Milliseconds until `key` may try again (0: not blocked). */
  blockedFor(key: string, now: number): number {
    const window = this.windows.get(key);
    if (!window || window.failures < this.max) return 0;
    if (window.endsAt > now) return window.endsAt - now;
    this.drop(key, window);
    return 0;
  }

  /** Expired windows first, then the oldest unblocked ones, then (under a flood) the oldest. */
  private evict(now: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.drop(key, window);
    for (const pass of ['unblocked', 'any'] as const) {
      for (const [key, window] of this.windows) {
        if (this.windows.size < MAX_TRACKED) return;
        if (pass === 'any' || window.failures < this.max) this.drop(key, window);
      }
    }
  }

  private drop(key: string, window: { failures: number }): void {
    if (window.failures >= this.max) this.blocked -= 1;
    this.windows.delete(key);
  }
}
