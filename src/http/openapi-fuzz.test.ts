import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { spamItem, spamProject } from '../testing/fixtures.js';
import { DEEP_MARKER, deepJson, fromSchema, hostileString, idText, type JsonSchema } from '../testing/fuzz-values.js';

/**
 * Issue 8, point 7: a fuzz test driven by /openapi.json. For every operation it generates
 * valid-ish and hostile requests (wrong types, huge numbers, NUL bytes, deep nesting, odd
 * unicode, unknown keys, odd content types, malformed ids), sends them over HTTP as an admin and
 * as a worker, and fails on any 5xx and on any error body outside `{error:{code,message,details}}`.
 * Fixed seed and run count, so the run is repeatable and bounded; TANDEM_FUZZ_RUNS raises it.
 */
const SEED = 20_260_808;
const RUNS_PER_OPERATION = Number(process.env.TANDEM_FUZZ_RUNS ?? 80);

interface Operation {
  readonly method: string;
  readonly path: string;
  readonly parameters: { name: string; in: string; schema: JsonSchema }[];
  readonly body: JsonSchema | undefined;
}

interface FuzzRequest {
  readonly operation: string;
  readonly as: 'admin' | 'worker';
  readonly method: string;
  readonly path: string;
  readonly contentType: string | undefined;
  readonly body: string | undefined;
}

interface Fixture {
  readonly projectId: number;
  readonly itemIds: number[];
  readonly taskIds: number[];
  readonly userIds: number[];
  readonly webhookIds: number[];
}

const CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=utf-16',
  'APPLICATION/JSON',
  'application/vnd.api+json',
  'application/x-ndjson',
  'text/csv',
  '',
];

/** In a URL, the longest strings only make a 431 (header limit): kept for bodies. */
const urlString = hostileString.filter((text) => text.length < 10_000);

const BROKEN_BODIES = [
  '{"a":',
  '',
  'null',
  '[]',
  '"text"',
  '1e999999',
  '{"a":1}garbage',
  '\u0000',
  '{"__proto__":{"x":1}}',
];

/** A path parameter: the fixture's real values mostly, malformed ones often. */
function pathParam(name: string, fixture: Fixture): fc.Arbitrary<string> {
  if (name === 'project') {
    return fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('fuzz', String(fixture.projectId)) },
      { weight: 1, arbitrary: idText([fixture.projectId]) },
      { weight: 1, arbitrary: urlString.map(encodeSegment) },
    );
  }
  const ids =
    name === 'itemId'
      ? fixture.itemIds
      : name === 'taskId'
        ? fixture.taskIds
        : name === 'webhookId'
          ? fixture.webhookIds
          : fixture.userIds;
  return fc.oneof({ weight: 4, arbitrary: idText(ids) }, { weight: 1, arbitrary: urlString.map(encodeSegment) });
}

/** Percent-encodes, and keeps a string that cannot be encoded (a lone surrogate) as broken escapes. */
function encodeSegment(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80';
  }
}

function queryValue(name: string, schema: JsonSchema): fc.Arbitrary<string> {
  // Long polls are kept short so the run stays bounded.
  if (name === 'wait') return fc.constantFrom('0', '1', '0.5', '61', '-1', '1e1', 'x');
  return fc.oneof(
    { weight: 4, arbitrary: fromSchema(schema).map((v) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''))) },
    { weight: 1, arbitrary: urlString },
  );
}

function bodyFor(operation: Operation): fc.Arbitrary<{ contentType: string | undefined; body: string | undefined }> {
  const odd = fc.record({
    contentType: fc.constantFrom(...CONTENT_TYPES),
    body: fc.oneof(hostileString, fc.constantFrom(...BROKEN_BODIES)),
  });
  if (operation.path.endsWith('/items/import')) {
    const line = fc.oneof(
      fc.nat(1_000).map((i) => JSON.stringify(spamItem(i))),
      fromSchema({ type: 'object' }).map((v) => JSON.stringify(v) ?? 'null'),
      hostileString,
      fc.constant(deepJson(5_000)),
    );
    return fc.oneof(
      fc.record({
        contentType: fc.constantFrom('application/x-ndjson', 'application/jsonl'),
        body: fc.array(line, { maxLength: 6 }).map((lines) => lines.join('\n')),
      }),
      fc.record({
        contentType: fc.constant('text/csv'),
        body: fc
          .array(fc.array(hostileString, { minLength: 1, maxLength: 3 }), { maxLength: 4 })
          .map((rows) => ['external_id,text,prediction', ...rows.map((r) => r.join(','))].join('\n')),
      }),
      odd,
    );
  }
  if (!operation.body) {
    return fc.oneof(
      { weight: 6, arbitrary: fc.constant({ contentType: undefined, body: undefined }) },
      { weight: 1, arbitrary: odd },
    );
  }
  const json = fromSchema(operation.body).map((value) =>
    (JSON.stringify(value) ?? 'null').replaceAll(JSON.stringify(DEEP_MARKER), deepJson(5_000)),
  );
  return fc.oneof(
    { weight: 10, arbitrary: fc.record({ contentType: fc.constant('application/json'), body: json }) },
    { weight: 1, arbitrary: odd },
    {
      weight: 1,
      arbitrary: fc.record({
        contentType: fc.constant('application/json'),
        body: fc.oneof(fc.constantFrom(...BROKEN_BODIES), fc.constant(`{"data":"${'x'.repeat(3_000_000)}"}`)),
      }),
    },
  );
}

function requestsFor(operation: Operation, fixture: Fixture): fc.Arbitrary<FuzzRequest> {
  const pathParams = operation.parameters.filter((p) => p.in === 'path');
  const queryParams = operation.parameters.filter((p) => p.in === 'query');
  const path = fc
    .tuple(...pathParams.map((p) => pathParam(p.name, fixture)))
    .map((values) => pathParams.reduce((url, p, i) => url.replace(`{${p.name}}`, values[i] as string), operation.path));
  const query = fc
    .tuple(
      ...queryParams.map((p) => fc.option(queryValue(p.name, p.schema), { nil: undefined })),
      fc.option(fc.tuple(urlString, urlString), { freq: 6, nil: undefined }),
    )
    .map((values) => {
      const parts = queryParams.flatMap((p, i) =>
        values[i] === undefined ? [] : [`${p.name}=${encodeSegment(values[i] as string)}`],
      );
      const unknown = values[queryParams.length] as [string, string] | undefined;
      if (unknown) parts.push(`${encodeSegment(unknown[0])}=${encodeSegment(unknown[1])}`);
      return parts.length > 0 ? `?${parts.join('&')}` : '';
    });
  return fc
    .tuple(path, query, bodyFor(operation), fc.constantFrom('admin' as const, 'worker' as const))
    .map(([p, q, body, as]) => ({
      operation: `${operation.method.toUpperCase()} ${operation.path}`,
      as,
      method: operation.method.toUpperCase(),
      path: `${p}${q}`,
      ...body,
    }));
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

/** Sends one request; event streams count as answered once their headers arrive. */
function send(base: URL, token: string, request: FuzzRequest) {
  return new Promise<{ status: number; contentType: string; body: string }>((resolve, reject) => {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (request.contentType) headers['content-type'] = request.contentType;
    const outgoing = http.request(
      {
        host: base.hostname,
        port: base.port,
        method: request.method,
        path: request.path,
        headers,
        agent,
        timeout: 15_000,
      },
      (response) => {
        const contentType = String(response.headers['content-type'] ?? '');
        if (contentType.startsWith('text/event-stream')) {
          outgoing.destroy();
          resolve({ status: response.statusCode ?? 0, contentType, body: '' });
          return;
        }
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, contentType, body }));
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error('timed out')));
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}

/** Why an error answer is outside our shape, or undefined when it is exactly `{error:{code,message,details}}`. */
function shapeProblem(body: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return 'not JSON';
  }
  const top = parsed as { error?: { code?: unknown; message?: unknown; details?: unknown } };
  if (!top || typeof top !== 'object' || Object.keys(top).join() !== 'error') return 'top level is not {error}';
  const error = top.error;
  if (!error || Object.keys(error).sort().join() !== 'code,details,message')
    return 'error is not {code,message,details}';
  if (typeof error.code !== 'string' || !/^[A-Z_]+$/.test(error.code)) return 'code is not a stable code';
  if (typeof error.message !== 'string' || error.message === '') return 'message missing';
  if (!Array.isArray(error.details)) return 'details is not a list';
  for (const detail of error.details as Record<string, unknown>[]) {
    if (!detail || Object.keys(detail).sort().join() !== 'message,path') return 'a detail is not {path,message}';
    if (typeof detail.path !== 'string' || typeof detail.message !== 'string') return 'a detail has non-string fields';
  }
  return undefined;
}

function operationsOf(document: {
  paths: Record<string, Record<string, { parameters?: Operation['parameters']; requestBody?: unknown }>>;
}): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method,
      path,
      parameters: op.parameters ?? [],
      body: (op.requestBody as { content?: Record<string, { schema: JsonSchema }> } | undefined)?.content?.[
        'application/json'
      ]?.schema,
    })),
  );
}

describe.each(ENGINES)('OpenAPI-driven fuzzing on %s', (engine) => {
  let t: TestApp;
  let base: URL;
  let workerToken: string;
  let fixture: Fixture;

  beforeAll(async () => {
    t = await openTestApp(engine);
    const project = (
      await t.inject({ method: 'POST', url: '/api/projects', payload: { ...spamProject, slug: 'fuzz' } })
    ).json();
    await t.inject({
      method: 'PUT',
      url: '/api/projects/fuzz/policy',
      payload: { rules: [], default: { action: 'review', k: 2, role: 'annotator' } },
    });
    const batch = await t.inject({
      method: 'POST',
      url: '/api/projects/fuzz/items/batch',
      payload: { items: Array.from({ length: 30 }, (_, i) => spamItem(i)) },
    });
    const worker = await t.userClient('fuzz-worker', 'annotator');
    workerToken = worker.token;
    const claimed = (await worker.inject({ method: 'POST', url: '/api/projects/fuzz/tasks/claim' })).json();
    const hook = await t.inject({
      method: 'POST',
      url: '/api/projects/fuzz/webhooks',
      payload: { url: 'https://93.184.215.14/hook' },
    });
    const admin = (await t.inject({ method: 'GET', url: '/api/me' })).json();
    fixture = {
      projectId: project.id,
      itemIds: batch.json().items.map((row: { id: number }) => row.id),
      taskIds: [claimed.task.id],
      userIds: [admin.id ?? admin.user?.id ?? 1, worker.id],
      webhookIds: [hook.json().id],
    };
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = new URL(`http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`);
  });
  afterAll(async () => {
    agent.destroy();
    await t.close();
  });

  it('answers every generated request below 500, and every error in our shape', async () => {
    const document = (await t.inject({ method: 'GET', url: '/openapi.json' })).json();
    const operations = operationsOf(document);
    expect(operations.length).toBeGreaterThan(30);
    const failures: string[] = [];
    let sent = 0;
    let serverErrors = 0;
    const byStatus = new Map<number, number>();
    for (const [index, operation] of operations.entries()) {
      const requests = fc.sample(requestsFor(operation, fixture), { seed: SEED + index, numRuns: RUNS_PER_OPERATION });
      // A few at a time: requests of one operation race each other too.
      for (let at = 0; at < requests.length; at += 4) {
        await Promise.all(
          requests.slice(at, at + 4).map(async (request) => {
            const token = request.as === 'admin' ? t.adminToken : workerToken;
            const response = await send(base, token, request).catch((error: Error) => ({
              status: -1,
              contentType: '',
              body: error.message,
            }));
            sent += 1;
            byStatus.set(response.status, (byStatus.get(response.status) ?? 0) + 1);
            const what = `${request.as} ${request.method} ${request.path.slice(0, 200)} [${request.contentType ?? 'no type'}] ${String(request.body ?? '').slice(0, 120)}`;
            if (response.status >= 500 || response.status < 0) {
              serverErrors += 1;
              failures.push(`${response.status} ${what} → ${response.body.slice(0, 300)}`);
            } else if (response.status >= 400) {
              const problem = shapeProblem(response.body);
              if (problem)
                failures.push(`${response.status} shape: ${problem}: ${what} → ${response.body.slice(0, 300)}`);
            }
          }),
        );
      }
    }
    const statuses = [...byStatus.entries()]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}×${n}`)
      .join(' ');
    console.log(
      `fuzz on ${engine}: ${sent} requests over ${operations.length} operations (seed ${SEED}); ${serverErrors} 5xx; ${failures.length} failures; statuses ${statuses}`,
    );
    expect(failures.slice(0, 25)).toEqual([]);
    expect(sent).toBe(operations.length * RUNS_PER_OPERATION);
  }, 180_000);
});
