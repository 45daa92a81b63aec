import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { spamItem, spamProject } from '../testing/fixtures.js';

/** Issue 8, point 5: security headers on every response, and rate limits with 429 + Retry-After. */

function expectSecurityHeaders(response: LightMyRequestResponse, where: string) {
  const csp = String(response.headers['content-security-policy'] ?? '');
  expect(csp, where).toContain("frame-ancestors 'none'");
  expect(csp, where).toContain("default-src 'self'");
  expect(csp, where).toMatch(/script-src 'self'(;|$)/);
  expect(csp, where).not.toContain("'unsafe-eval'");
  expect(response.headers['x-frame-options'], where).toBe('DENY');
  expect(response.headers['x-content-type-options'], where).toBe('nosniff');
  expect(response.headers['referrer-policy'], where).toBe('no-referrer');
  return csp;
}

describe.each(ENGINES)('security headers on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(engine);
  });
  afterAll(async () => t.close());

  it('are on the web app, the API, errors, the OpenAPI document and the docs', async () => {
    const pages: [string, Record<string, string>?][] = [
      ['/', { accept: 'text/html' }],
      ['/projects/spam/work', { accept: 'text/html' }],
      ['/api/projects'],
      ['/api/projects', { authorization: 'Bearer nope' }],
      ['/api/nothing-here'],
      ['/openapi.json'],
      ['/healthz'],
    ];
    for (const [url, headers] of pages) {
      const response = await t.inject({ method: 'GET', url, ...(headers ? { headers } : {}) });
      expect(response.statusCode, url).toBeLessThan(500);
      const csp = expectSecurityHeaders(response, url);
      expect(csp, url).toContain("style-src 'self'");
      expect(csp, url).not.toMatch(/style-src [^;]*'unsafe-inline'/);
    }
    for (const url of ['/docs', '/docs/static/index.html', '/docs/json']) {
      const response = await t.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBeLessThan(400);
      const csp = expectSecurityHeaders(response, url);
      expect(csp, url).toContain("connect-src 'self'");
    }
    const broken = await t.inject({ method: 'GET', url: '/api/projects/%E0%A4%A' });
    expect(broken.statusCode).toBe(400);
    expect(broken.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(broken.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe.each(ENGINES)('rate limits on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(engine, {
      rateLimits: {
        authFailures: 3,
        authWindowSeconds: 60,
        perMinute: { export: 2, import: 1_000, batch: 2, events: 1_000 },
      },
    });
    await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject });
  });
  afterAll(async () => t.close());

  it('refuses an address after repeated failed sign-ins, before looking at its token, with Retry-After', async () => {
    const attacker = '203.0.113.7';
    const call = (authorization?: string, remoteAddress = attacker) =>
      t.app.inject({
        method: 'GET',
        url: '/api/projects',
        remoteAddress,
        headers: authorization ? { authorization } : {},
      });
    for (let i = 0; i < 3; i++) expect((await call(`Bearer guess-${i}`)).statusCode).toBe(401);
    const refused = await call(`Bearer guess-4`);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(refused.json().error).toMatchObject({ code: 'RATE_LIMITED', details: [{ path: 'authorization' }] });
    // Even a valid token waits: the address is refused before authentication.
    expect((await call(`Bearer ${t.adminToken}`)).statusCode).toBe(429);
    // Public routes stay open, and other addresses are not affected.
    expect((await t.app.inject({ method: 'GET', url: '/healthz', remoteAddress: attacker })).statusCode).toBe(200);
    expect((await call(`Bearer ${t.adminToken}`, '198.51.100.1')).statusCode).toBe(200);
    expect((await call(undefined, '198.51.100.1')).statusCode).toBe(401);
  });

  it('limits expensive endpoints per user with 429 and Retry-After', async () => {
    const exportUrl = '/api/projects/spam/export';
    expect((await t.inject({ method: 'GET', url: exportUrl })).statusCode).toBe(200);
    expect((await t.inject({ method: 'GET', url: exportUrl })).statusCode).toBe(200);
    const third = await t.inject({ method: 'GET', url: exportUrl });
    expect(third.statusCode).toBe(429);
    expect(third.json().error.code).toBe('RATE_LIMITED');
    expect(third.json().error.message).toContain('at most 2 a minute');
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);

    // Another user has their own allowance; batches count separately from exports.
    const manager = await t.userClient('export-manager', 'manager');
    expect((await manager.inject({ method: 'GET', url: exportUrl })).statusCode).toBe(200);
    const batch = { method: 'POST' as const, url: '/api/projects/spam/items/batch', payload: { items: [spamItem(1)] } };
    expect((await t.inject(batch)).statusCode).toBe(200);
    expect((await t.inject(batch)).statusCode).toBe(200);
    expect((await t.inject(batch)).statusCode).toBe(429);
    // Ordinary calls are not limited.
    for (let i = 0; i < 5; i++) {
      expect((await t.inject({ method: 'GET', url: '/api/projects/spam/items' })).statusCode).toBe(200);
    }
  });
});

describe('rate-limit and security settings', () => {
  it('are read from the environment, 0 turning a limit off', () => {
    const config = loadConfig({
      TANDEM_RATE_LIMIT_AUTH_FAILURES: '5',
      TANDEM_RATE_LIMIT_AUTH_WINDOW: '120',
      TANDEM_RATE_LIMIT_EXPORT: '0',
      TANDEM_TRUST_PROXY: '10.0.0.1, 10.0.0.0/8',
      TANDEM_WEBHOOK_ALLOW_HOSTS: 'localhost, 127.0.0.1,10.0.0.0/8',
    });
    expect(config.rateLimits).toEqual({
      authFailures: 5,
      authWindowSeconds: 120,
      perMinute: { export: 0, import: 60, batch: 600, events: 120 },
    });
    expect(config.trustProxy).toEqual(['10.0.0.1', '10.0.0.0/8']);
    expect(config.webhookAllowHosts).toEqual(['localhost', '127.0.0.1', '10.0.0.0/8']);
    expect(loadConfig({}).trustProxy).toBe(false);
  });

  it('name the variable when a value is unusable', () => {
    expect(() => loadConfig({ TANDEM_RATE_LIMIT_BATCH: 'lots' })).toThrow(/TANDEM_RATE_LIMIT_BATCH/);
    expect(() => loadConfig({ TANDEM_WEBHOOK_ALLOW_HOSTS: '10.0.0.0/40' })).toThrow(/TANDEM_WEBHOOK_ALLOW_HOSTS/);
  });
});
