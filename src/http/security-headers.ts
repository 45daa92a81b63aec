import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * The web app's Content-Security-Policy. Scripts, styles, fonts and API calls come only from
 * Tandem itself (the Vite build has no inline script); item images and audio may be anywhere
 * (a bounding-box item's `data.image` is a URL the team chose). `style-src-attr 'unsafe-inline'`
 * lets chart tooltips carry inline style attributes; a style attribute cannot run script.
 */
export const APP_CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'frame-src': ["'none'"],
  'img-src': ["'self'", 'data:', 'blob:', 'https:', 'http:'],
  'media-src': ["'self'", 'data:', 'blob:', 'https:', 'http:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'style-src-attr': ["'unsafe-inline'"],
  'worker-src': ["'self'"],
} as const;

/**
 * The API reference at /docs (Swagger UI): its own scripts and stylesheets only; Swagger UI
 * sets inline styles while rendering (hence `'unsafe-inline'` for styles, never for scripts) and
 * draws icons from data: URLs. It fetches /openapi.json from Tandem and nothing from elsewhere.
 */
export const DOCS_CSP = [
  "default-src 'self'",
  "base-uri 'self'",
  "connect-src 'self'",
  "font-src 'self' data:",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "img-src 'self' data:",
  "object-src 'none'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
].join('; ');

/**
 * Security headers on every response, as helmet writes them: the CSP above (so the app refuses to
 * be framed: `frame-ancestors 'none'` plus `X-Frame-Options: DENY` for old browsers),
 * `X-Content-Type-Options: nosniff`, `Referrer-Policy: no-referrer`, cross-origin isolation of our
 * resources, HSTS (ignored by browsers over plain HTTP). Nothing in them varies per request (no
 * nonces, no directive functions), so helmet runs once at start-up and the hook copies its
 * headers (the @fastify/helmet wrapper rebuilds helmet, parsing every option, on every request). Install
 * first, so that responses refused early (401, 429) carry the headers too; /docs replaces the
 * CSP with DOCS_CSP.
 */
export function installSecurityHeaders(app: FastifyInstance): void {
  const headers = headersWrittenBy(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: APP_CSP_DIRECTIVES },
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
      strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: false },
      crossOriginResourcePolicy: { policy: 'same-origin' },
      crossOriginOpenerPolicy: { policy: 'same-origin' },
    }),
  );
  app.addHook('onRequest', (_request, reply, done) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    done();
  });
}

/** The headers a helmet middleware sets, recorded on a stand-in response. */
function headersWrittenBy(middleware: ReturnType<typeof helmet>): [string, string][] {
  const headers = new Map<string, string>();
  const response = {
    setHeader: (name: string, value: string) => headers.set(name.toLowerCase(), String(value)),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
  };
  middleware({} as IncomingMessage, response as unknown as ServerResponse, () => {});
  return [...headers];
}
