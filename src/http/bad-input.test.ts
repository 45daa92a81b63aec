import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renameLetterlessSlugs } from '../db/migrations-009.js';
import { ENGINES, openTestApp, openTestStorage, type TestApp } from '../testing/engines.js';
import { spamItem, spamProject } from '../testing/fixtures.js';

/** Issue 8, point 7: every bad input is a 4xx in our error shape, naming the field. */

function expectError(response: LightMyRequestResponse, status: number, code: string, path?: string | RegExp) {
  expect(response.statusCode, response.body).toBe(status);
  const body = response.json();
  expect(Object.keys(body)).toEqual(['error']);
  expect(Object.keys(body.error).sort()).toEqual(['code', 'details', 'message']);
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
  for (const detail of body.error.details) expect(Object.keys(detail).sort()).toEqual(['message', 'path']);
  if (path !== undefined) {
    const paths = body.error.details.map((d: { path: string }) => d.path);
    if (typeof path === 'string') expect(paths).toContain(path);
    else
      expect(
        paths.some((p: string) => path.test(p)),
        paths.join(', '),
      ).toBe(true);
  }
  return body.error as { code: string; message: string; details: { path: string; message: string }[] };
}

/** `{"a":{"a":…"bottom"…}}` as JSON text: JSON.stringify itself overflows the stack this deep. */
function nestedJson(depth: number): string {
  return `${'{"a":'.repeat(depth)}"bottom"${'}'.repeat(depth)}`;
}

function nested(depth: number): unknown {
  return JSON.parse(nestedJson(depth));
}

const json = { 'content-type': 'application/json' };

describe.each(ENGINES)('bad input on %s', (engine) => {
  let t: TestApp;
  let itemId: number;
  const items = '/api/projects/spam/items';

  beforeAll(async () => {
    t = await openTestApp(engine);
    await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject });
    itemId = (await t.inject({ method: 'POST', url: items, payload: spamItem(1) })).json().id;
  });
  afterAll(async () => t.close());

  it('parses ids strictly: digits only, in range', async () => {
    for (const bad of ['0x10', '%201', '1e3', '99999999999999999999999', '-1', '0', '01', '1.0', 'NaN']) {
      expectError(await t.inject({ method: 'GET', url: `${items}/${bad}` }), 400, 'VALIDATION_FAILED', 'params.itemId');
      expectError(await t.inject({ method: 'POST', url: `/api/tasks/${bad}/heartbeat` }), 404, 'TASK_NOT_FOUND');
      expectError(await t.inject({ method: 'GET', url: `/api/projects/${bad}` }), 404, 'PROJECT_NOT_FOUND');
    }
    expect((await t.inject({ method: 'GET', url: `${items}/${itemId}` })).statusCode).toBe(200);
    for (const bad of ['1e3', '%201', '0x10', '', '5.5']) {
      expectError(
        await t.inject({ method: 'GET', url: `${items}?limit=${bad}` }),
        400,
        'VALIDATION_FAILED',
        'query.limit',
      );
    }
    expectError(
      await t.inject({ method: 'GET', url: `${items}?minConfidence=1e-1` }),
      400,
      'VALIDATION_FAILED',
      'query.minConfidence',
    );
    expect((await t.inject({ method: 'GET', url: `${items}?limit=5&minConfidence=0.5` })).statusCode).toBe(200);
  });

  it('makes slugs contain a letter, so a ref of digits is always an id', async () => {
    expectError(
      await t.inject({ method: 'POST', url: '/api/projects', payload: { ...spamProject, slug: '2024' } }),
      400,
      'VALIDATION_FAILED',
      'slug',
    );
    const derived = await t.inject({
      method: 'POST',
      url: '/api/projects',
      payload: { ...spamProject, slug: undefined, name: '2024' },
    });
    expect(derived.statusCode).toBe(201);
    const project = derived.json();
    expect(project.slug).toBe('project-2024');
    expect((await t.inject({ method: 'GET', url: `/api/projects/${project.id}` })).json().slug).toBe('project-2024');
    expect((await t.inject({ method: 'GET', url: '/api/projects/project-2024' })).json().id).toBe(project.id);
  });

  it('refuses NUL characters with the field path, in every kind of string', async () => {
    expectError(await t.inject({ method: 'GET', url: '/api/projects/sp%00am' }), 404, 'PROJECT_NOT_FOUND');
    expectError(await t.inject({ method: 'GET', url: `${items}?tag=a%00b` }), 400, 'VALIDATION_FAILED', 'query.tag');
    expectError(
      await t.inject({ method: 'POST', url: items, payload: spamItem(2, { externalId: 'x\u0000y' }) }),
      400,
      'VALIDATION_FAILED',
      'externalId',
    );
    expectError(
      await t.inject({
        method: 'POST',
        url: items,
        payload: spamItem(2, { data: { text: 'a', deep: [{ z: '\u0000' }] } }),
      }),
      400,
      'VALIDATION_FAILED',
      'data.deep.0.z',
    );
    expectError(
      await t.inject({ method: 'POST', url: items, payload: spamItem(2, { data: { 'k\u0000': 1, text: 'a' } }) }),
      400,
      'VALIDATION_FAILED',
      'data.k\\u0000',
    );
    expectError(
      await t.inject({
        method: 'POST',
        url: '/api/projects',
        payload: { ...spamProject, slug: 'nul', name: 'N\u0000' },
      }),
      400,
      'VALIDATION_FAILED',
      'name',
    );
    expectError(
      await t.inject({
        method: 'POST',
        url: `${items}/${itemId}/decision`,
        payload: { answer: { verdict: 'spam' }, reason: 'because\u0000' },
      }),
      400,
      'VALIDATION_FAILED',
      'reason',
    );
  });

  it('rejects only the bad rows of a batch (NUL, depth, keys, unknown fields) and stores the rest', async () => {
    const wide = Object.fromEntries(Array.from({ length: 1_001 }, (_, i) => [`k${i}`, i]));
    const rows = [
      spamItem(100),
      spamItem(101, { externalId: 'nul\u0000id' }),
      spamItem(102, { data: { text: 'deep', nest: '@deep@' } }),
      spamItem(103, { data: { text: 'wide', ...wide } }),
      spamItem(104, { colour: 'red' }),
      spamItem(105, { metadata: { tags: ['a\u0000'] } }),
      spamItem(106),
    ];
    const payload = JSON.stringify({ items: rows }).replace('"@deep@"', nestedJson(5_000));
    const response = await t.inject({ method: 'POST', url: `${items}/batch`, headers: json, payload });
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({ received: 7, created: 2, rejected: 5 });
    const byRow = Object.fromEntries(report.errors.map((e: { row: number }) => [e.row, e]));
    expect(byRow[1]).toMatchObject({ path: 'externalId', code: 'VALIDATION_FAILED' });
    expect(byRow[2].path).toMatch(/^data\.nest(\.a)+$/);
    expect(byRow[2].message).toMatch(/nested too deeply: at most 32/);
    expect(byRow[3]).toMatchObject({ path: 'data', message: 'has 1002 keys; at most 1000' });
    expect(byRow[4]).toMatchObject({ path: 'colour', message: 'unknown field "colour"' });
    expect(byRow[5]).toMatchObject({ path: 'metadata.tags.0' });
  });

  it('answers deeply nested JSON with a 400, not a stack overflow', async () => {
    const deep = `{"data":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const error = expectError(
      await t.inject({ method: 'POST', url: items, headers: { 'content-type': 'application/json' }, payload: deep }),
      400,
      'VALIDATION_FAILED',
      /^data(\.0)+$/,
    );
    expect(error.message).toMatch(/nested too deeply/);
    expectError(
      await t.inject({
        method: 'POST',
        url: items,
        headers: json,
        payload: JSON.stringify(spamItem(3, { data: { text: 'x', n: '@deep@' } })).replace(
          '"@deep@"',
          nestedJson(5_000),
        ),
      }),
      400,
      'VALIDATION_FAILED',
      /^data\.n(\.a)+$/,
    );
    expectError(
      await t.inject({ method: 'POST', url: items, payload: spamItem(3, { prediction: nested(40) }) }),
      400,
      'VALIDATION_FAILED',
      /^prediction/,
    );
  });

  it("maps Fastify's own errors into our shape", async () => {
    expectError(
      await t.inject({ method: 'POST', url: '/api/projects', payload: { ...spamProject, slug: 'k', colour: 'red' } }),
      400,
      'VALIDATION_FAILED',
      'colour',
    );
    expectError(
      await t.inject({ method: 'POST', url: items, headers: { 'content-type': 'text/plain' }, payload: 'hello' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'content-type',
    );
    expectError(
      await t.inject({ method: 'POST', url: items, headers: { 'content-type': 'application/xml' }, payload: '<a/>' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    const tooLarge = expectError(
      await t.inject({
        method: 'POST',
        url: items,
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ data: { text: 'x'.repeat(2_100_000) } }),
      }),
      413,
      'PAYLOAD_TOO_LARGE',
      'body',
    );
    expect(tooLarge.message).toContain('2000000 bytes');
    expectError(
      await t.inject({
        method: 'POST',
        url: items,
        headers: { 'content-type': 'application/json' },
        payload: '{"data":',
      }),
      400,
      'INVALID_JSON',
      'body',
    );
    expectError(
      await t.inject({ method: 'POST', url: items, headers: { 'content-type': 'application/json' }, payload: '' }),
      400,
      'INVALID_JSON',
    );
    expectError(await t.inject({ method: 'GET', url: '/api/projects/%E0%A4%A' }), 400, 'VALIDATION_FAILED', 'url');
  });
});

describe.each(ENGINES)('migration 009 on %s', (engine) => {
  it('renames slugs without a letter, keeping ids', async () => {
    const storage = await openTestStorage(engine);
    try {
      const db = storage.db;
      const now = Date.now();
      const row = (slug: string) => ({
        slug,
        name: slug,
        description: '',
        guidelines: '',
        label_schema: JSON.stringify({ questions: [] }),
        settings: JSON.stringify({}),
        created_at: now,
        updated_at: now,
      });
      await db
        .insertInto('projects')
        .values([row('2024'), row('12-34'), row('project-2024'), row('kept')])
        .execute();
      await renameLetterlessSlugs(db as never);
      const slugs = (await db.selectFrom('projects').select(['id', 'slug']).orderBy('id').execute()).map((r) => r.slug);
      expect(slugs[0]).toMatch(/^project-2024-\d+$/);
      expect(slugs.slice(1)).toEqual(['project-12-34', 'project-2024', 'kept']);
    } finally {
      await storage.close();
    }
  });
});
