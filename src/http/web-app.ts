import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Where `vite build` puts the web app, seen from the compiled server (dist/src/http) or the source (src/http). */
function findWebRoot(): string | undefined {
  const candidates = [
    path.resolve(import.meta.dirname, '../../web'),
    path.resolve(import.meta.dirname, '../../dist/web'),
  ];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'index.html')));
}

/**
 * Serves the web app at "/" with long-lived caching for hashed assets, and answers any other GET
 * that wants HTML with index.html so client-side routes survive a reload.
 */
export async function serveWebApp(app: FastifyInstance): Promise<boolean> {
  const root = findWebRoot();
  if (!root) return false;
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    setHeaders(response, filePath) {
      if (filePath.includes(`${path.sep}assets${path.sep}`)) {
        response.header('cache-control', 'public, max-age=31536000, immutable');
      } else {
        response.header('cache-control', 'no-cache');
      }
    },
  });
  return true;
}

export function wantsWebPage(method: string, url: string, accept: string | undefined): boolean {
  return (
    method === 'GET' && !url.startsWith('/api/') && !url.startsWith('/docs') && (accept ?? '').includes('text/html')
  );
}
