import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { spamItem, spamProject } from '../testing/fixtures.js';

/** Explorer exports in any registered format, with the total a progress counter counts towards. */
describe.each(ENGINES)('explorer export on %s', (engine) => {
  let t: TestApp;
  const base = '/api/projects/spam/explore/export';

  beforeAll(async () => {
    t = await openTestApp(engine);
    await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject });
    await t.inject({
      method: 'PUT',
      url: '/api/projects/spam/policy',
      payload: { rules: [], default: { action: 'auto_accept' } },
    });
    const items = Array.from({ length: 6 }, (_, index) => spamItem(index + 1));
    items[2] = spamItem(3, { data: { text: 'A Zeppelin over Lyon' } });
    await t.inject({ method: 'POST', url: '/api/projects/spam/items/batch', payload: { items } });
  });
  afterAll(async () => t.close());

  it('streams a searched selection as Hugging Face JSONL and says how many items match', async () => {
    const response = await t.inject({ method: 'GET', url: `${base}?format=hf-jsonl&q=acme` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['tandem-export-total']).toBe('5');
    expect(response.headers['content-disposition']).toContain('spam-selection.jsonl');
    const lines = response.body.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines.join('\n')).not.toContain('Zeppelin');
  });

  it('writes Parquet for a filtered selection and keeps JSONL lines as GET …/export has them', async () => {
    const parquet = await t.inject({ method: 'GET', url: `${base}?format=parquet&status=decided` });
    expect(parquet.statusCode, parquet.body).toBe(200);
    expect(parquet.rawPayload.subarray(0, 4).toString()).toBe('PAR1');
    expect(parquet.headers['tandem-export-total']).toBe('6');
    const jsonl = await t.inject({ method: 'GET', url: `${base}?q=zeppelin` });
    expect(jsonl.headers['tandem-export-total']).toBe('1');
    expect(JSON.parse(jsonl.body.trim())).toMatchObject({ externalId: 'mail-3', status: 'decided' });
  });

  it('refuses a format the schema cannot fill before any byte, naming the field', async () => {
    const coco = await t.inject({ method: 'GET', url: `${base}?format=coco` });
    expect(coco.statusCode).toBe(422);
    expect(coco.json().error.code).toBe('FORMAT_NOT_APPLICABLE');
    const unknown = await t.inject({ method: 'GET', url: `${base}?format=xml` });
    expect(unknown.statusCode).toBe(400);
    expect(JSON.stringify(unknown.json().error)).toContain('format');
  });

  it('records the export in the audit log with its filter and total', async () => {
    const audit = await t.inject({ method: 'GET', url: '/api/projects/spam/audit' });
    const started = audit.json().records.filter((entry: { action: string }) => entry.action === 'export.started');
    expect(
      started.some(
        (entry: { details: { q?: string; total?: number } }) => entry.details.q === 'acme' && entry.details.total === 5,
      ),
    ).toBe(true);
  });
});
