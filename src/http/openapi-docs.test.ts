import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openTestApp, type TestApp } from '../testing/engines.js';
import { installOperationDocs, OPERATION_DOCS } from './openapi-docs.js';

interface Media {
  example?: unknown;
  examples?: unknown;
  schema?: { examples?: unknown[] };
}
interface Operation {
  summary?: string;
  parameters?: { example?: unknown; examples?: unknown }[];
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { description: string; content?: Record<string, Media> }>;
}

const hasExample = (media: Media | undefined) =>
  media !== undefined &&
  (media.example !== undefined || media.examples !== undefined || !!media.schema?.examples?.length);

/** The API reference is complete and true (issue 9, point 19). */
describe('the OpenAPI document', () => {
  let t: TestApp;
  let paths: Record<string, Record<string, Operation>>;
  let description: string;
  beforeAll(async () => {
    t = await openTestApp('sqlite');
    const doc = t.app.swagger() as unknown as { info: { description: string }; paths: typeof paths };
    paths = doc.paths;
    description = doc.info.description;
  });
  afterAll(async () => t.close());

  const operations = () =>
    Object.entries(paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({
        key: `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`,
        op,
      })),
    );

  it('gives every operation a summary, a described success response and an example', () => {
    expect(operations().length).toBeGreaterThan(55);
    const problems: string[] = [];
    for (const { key, op } of operations()) {
      if (!op.summary?.trim()) problems.push(`${key}: no summary`);
      const success = Object.entries(op.responses).filter(([code]) => code.startsWith('2'));
      if (success.length === 0) problems.push(`${key}: no success response`);
      for (const [code, response] of success) {
        if (!response.description || response.description === 'Default Response')
          problems.push(`${key}: response ${code} is not described (add it to src/http/openapi-docs.ts)`);
      }
      const example =
        Object.values(op.requestBody?.content ?? {}).some(hasExample) ||
        success.some(([, r]) => Object.values(r.content ?? {}).some(hasExample)) ||
        (op.parameters ?? []).some((p) => p.example !== undefined || p.examples !== undefined) ||
        OPERATION_DOCS[key]?.noExample !== undefined;
      if (!example) problems.push(`${key}: no example`);
    }
    expect(problems).toEqual([]);
  });

  it('documents only routes that exist, and no longer promises the review loop "soon"', () => {
    const keys = new Set(operations().map((o) => o.key));
    expect(Object.keys(OPERATION_DOCS).filter((key) => !keys.has(key))).toEqual([]);
    expect(description).not.toMatch(/soon/i);
    expect(description).toMatch(/consensus/);
  });

  it('lets /docs send a file to the import: every media type is declared with an example', () => {
    const body = paths['/api/projects/{project}/items/import']?.post?.requestBody;
    expect(Object.keys(body?.content ?? {}).sort()).toEqual(['application/json', 'application/x-ndjson', 'text/csv']);
    expect(hasExample(body?.content['application/x-ndjson'])).toBe(true);
  });

  it('refuses to start with an example that does not fit its route', async () => {
    const app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    installOperationDocs(app);
    expect(() =>
      app.get('/healthz', { schema: { response: { 200: z.object({ status: z.literal('down') }) } } }, async () => ({
        status: 'down',
      })),
    ).toThrow(/GET \/healthz \(response 200\) does not fit at status/);
  });
});
