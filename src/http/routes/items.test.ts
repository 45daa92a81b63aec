import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../../testing/engines.js';
import { spamItem, spamProject } from '../../testing/fixtures.js';

describe.each(ENGINES)('items API on %s', (engine) => {
  let t: TestApp;
  const url = '/api/projects/spam/items';
  beforeAll(async () => {
    t = await openTestApp(engine);
    await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject });
  });
  afterAll(async () => t.close());

  it('adds one item and upserts on the same external id', async () => {
    const created = await t.inject({ method: 'POST', url, payload: spamItem(1) });
    expect(created.statusCode).toBe(201);
    const item = created.json();
    expect(item).toMatchObject({ externalId: 'mail-1', status: 'queued', revision: 1, confidence: 0.01 });

    const resent = await t.inject({
      method: 'POST',
      url,
      payload: spamItem(1, { prediction: { verdict: 'spam' }, confidence: 0.9 }),
    });
    expect(resent.statusCode).toBe(200);
    expect(resent.json()).toMatchObject({ id: item.id, revision: 2, confidence: 0.9, prediction: { verdict: 'spam' } });

    const fetched = await t.inject({ method: 'GET', url: `${url}/${item.id}` });
    expect(fetched.json()).toMatchObject({ id: item.id, data: { text: expect.any(String) }, revision: 2 });
  });

  it('stores the good rows of a batch and reports the bad ones by row and field', async () => {
    const rows = [
      spamItem(10),
      spamItem(11, { confidence: 1.5 }),
      spamItem(12, { prediction: { verdict: 'maybe' } }),
      spamItem(13, { data: 'not an object' }),
      spamItem(14, { prediction: { entities: [{ start: 0, end: 99, label: 'PERSON' }] } }),
      spamItem(15),
    ];
    const response = await t.inject({ method: 'POST', url: `${url}/batch`, payload: { items: rows } });
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({ received: 6, created: 2, updated: 0, rejected: 4 });
    expect(report.items.map((r: { row: number }) => r.row)).toEqual([0, 5]);
    const byRow = Object.fromEntries(report.errors.map((e: { row: number }) => [e.row, e]));
    expect(byRow[1]).toMatchObject({ path: 'confidence', code: 'VALIDATION_FAILED' });
    expect(byRow[2]).toMatchObject({ path: 'prediction.verdict', code: 'SCHEMA_MISMATCH' });
    expect(byRow[3]).toMatchObject({ path: 'data' });
    expect(byRow[4]).toMatchObject({ path: 'prediction.entities.0.end', code: 'SCHEMA_MISMATCH' });
  });

  it('keeps one item when a batch repeats an external id (last row wins)', async () => {
    const response = await t.inject({
      method: 'POST',
      url: `${url}/batch`,
      payload: { items: [spamItem(20), spamItem(20, { confidence: 0.77 })] },
    });
    const report = response.json();
    expect(report.items[0].id).toBe(report.items[1].id);
    expect(report.items.map((r: { status: string }) => r.status)).toEqual(['created', 'updated']);
    const item = await t.inject({ method: 'GET', url: `${url}/${report.items[0].id}` });
    expect(item.json().confidence).toBe(0.77);
  });

  it('answers every kind of bad single item with a 4xx naming the field', async () => {
    const cases: [unknown, number, string, string][] = [
      [{ data: {}, confidence: 0.5 }, 400, 'VALIDATION_FAILED', 'confidence'],
      [{ data: {}, prediction: { verdict: 'spam' }, confidence: -1 }, 400, 'VALIDATION_FAILED', 'confidence'],
      [{ data: {}, prediction: { nope: 1 } }, 422, 'SCHEMA_MISMATCH', 'prediction.nope'],
      [{ data: {}, metadata: { risk: 'extreme' } }, 400, 'VALIDATION_FAILED', 'metadata.risk'],
      [{ data: {}, extra: true }, 400, 'VALIDATION_FAILED', 'extra'],
      [{ externalId: '', data: {} }, 400, 'VALIDATION_FAILED', 'externalId'],
    ];
    for (const [payload, status, code, path] of cases) {
      const response = await t.inject({ method: 'POST', url, payload: payload as object });
      expect(response.statusCode, JSON.stringify(payload)).toBe(status);
      expect(response.json().error.code).toBe(code);
      expect(response.json().error.details[0].path).toBe(path);
    }
  });

  it('answers malformed JSON, wrong media types, oversize bodies and unknown projects', async () => {
    const malformed = await t.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/json' },
      payload: '{"data": {',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('INVALID_JSON');

    const xml = await t.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/xml' },
      payload: '<item/>',
    });
    expect(xml.statusCode).toBe(415);
    expect(xml.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');

    const huge = await t.inject({ method: 'POST', url, payload: { data: { text: 'x'.repeat(2_100_000) } } });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('PAYLOAD_TOO_LARGE');

    const tooMany = await t.inject({
      method: 'POST',
      url: `${url}/batch`,
      payload: { items: Array.from({ length: 10_001 }, () => ({ data: {} })) },
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.details[0].path).toBe('items');

    const unknown = await t.inject({ method: 'POST', url: '/api/projects/nope/items', payload: spamItem(1) });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('PROJECT_NOT_FOUND');

    const noItem = await t.inject({ method: 'GET', url: `${url}/999999` });
    expect(noItem.json().error.code).toBe('ITEM_NOT_FOUND');
  });

  it('lists with filters and cursor pagination', async () => {
    await t.inject({
      method: 'POST',
      url: `${url}/batch`,
      payload: { items: Array.from({ length: 120 }, (_, i) => spamItem(1000 + i)) },
    });
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `limit=50&tag=hard&minConfidence=0.1&maxConfidence=0.9${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await t.inject({ method: 'GET', url: `${url}?${query}` });
      expect(page.statusCode).toBe(200);
      const body = page.json();
      for (const item of body.items) {
        expect(item.metadata.tags).toContain('hard');
        expect(item.confidence).toBeGreaterThanOrEqual(0.1);
        expect(item.confidence).toBeLessThanOrEqual(0.9);
        seen.push(item.id);
      }
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen.length).toBeGreaterThan(20);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);

    const badCursor = await t.inject({ method: 'GET', url: `${url}?cursor=garbage` });
    expect(badCursor.statusCode).toBe(400);
    expect(badCursor.json().error.code).toBe('INVALID_CURSOR');
    const badLimit = await t.inject({ method: 'GET', url: `${url}?limit=0` });
    expect(badLimit.json().error.details[0].path).toBe('query.limit');
  });

  it('imports NDJSON and CSV streams with a per-line report', async () => {
    const ndjson = [
      JSON.stringify(spamItem(5000)),
      '',
      '{"data": broken',
      JSON.stringify(spamItem(5001, { confidence: 'high' })),
      JSON.stringify(spamItem(5002)),
    ].join('\n');
    const jsonl = await t.inject({
      method: 'POST',
      url: `${url}/import`,
      headers: { 'content-type': 'application/x-ndjson' },
      payload: ndjson,
    });
    expect(jsonl.statusCode).toBe(200);
    expect(jsonl.json()).toMatchObject({ received: 4, created: 2, rejected: 2 });
    expect(jsonl.json().errors).toEqual([
      expect.objectContaining({ line: 3, code: 'INVALID_LINE', message: expect.stringMatching(/not valid JSON/) }),
      expect.objectContaining({ line: 4, path: 'confidence' }),
    ]);

    const csv = [
      'external_id,text,prediction,confidence,tags,risk,meta.lang',
      'csv-1,"Hello, world",spam,0.4,easy;short,low,en',
      'csv-2,"Multi\nline",ham,2,easy,low,en',
      'csv-3,"unterminated,ham,0.5,,low,en',
    ].join('\n');
    const csvResponse = await t.inject({
      method: 'POST',
      url: `${url}/import`,
      headers: { 'content-type': 'text/csv' },
      payload: csv,
    });
    const report = csvResponse.json();
    expect(report.created).toBe(1);
    expect(report.rejected).toBe(2);
    expect(report.errors[0]).toMatchObject({ line: 4, path: 'confidence' });
    const listed = await t.inject({ method: 'GET', url: `${url}?tag=short` });
    expect(listed.json().items[0]).toMatchObject({
      externalId: 'csv-1',
      data: { text: 'Hello, world' },
      prediction: { verdict: 'spam' },
      metadata: { tags: ['easy', 'short'], risk: 'low', lang: 'en' },
    });
  });

  it('exports every item as JSONL and CSV', async () => {
    const list = await t.inject({ method: 'GET', url: '/api/projects' });
    const total = Object.values(list.json().projects[0].itemCounts as Record<string, number>).reduce((a, b) => a + b);
    const jsonl = await t.inject({ method: 'GET', url: '/api/projects/spam/export?format=jsonl' });
    expect(jsonl.headers['content-type']).toMatch(/ndjson/);
    const lines = jsonl.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(total);
    expect(lines[0]).toMatchObject({ externalId: 'mail-1', status: 'queued', data: { text: expect.any(String) } });

    const csv = await t.inject({ method: 'GET', url: '/api/projects/spam/export?format=csv&tag=hard' });
    expect(csv.body.split('\n')[0]).toBe(
      'id,external_id,status,confidence,data,prediction,metadata,revision,created_at,updated_at,decision,decision_method,decision_agreement',
    );
  });
});
