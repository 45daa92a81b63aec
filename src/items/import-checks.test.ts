import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { spamProject } from '../testing/fixtures.js';

/** Imports check rows against what the questions read, and name the cell or line at fault (issue 9, points 16–17). */
for (const engine of ENGINES) {
  describe(`import checks on ${engine}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await openTestApp(engine);
      await t.inject({
        method: 'POST',
        url: '/api/projects',
        payload: {
          name: 'NER',
          slug: 'ner',
          labelSchema: {
            questions: [
              { name: 'entities', type: 'spans', field: 'text', labels: [{ value: 'PER' }, { value: 'ORG' }] },
            ],
          },
        },
      });
      await t.inject({
        method: 'POST',
        url: '/api/projects',
        payload: {
          name: 'Boxes',
          slug: 'boxes',
          labelSchema: { questions: [{ name: 'objects', type: 'bbox', field: 'image', labels: [{ value: 'car' }] }] },
        },
      });
      await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject });
    });
    afterAll(async () => t.close());

    const importCsv = (project: string, csv: string) =>
      t.inject({
        method: 'POST',
        url: `/api/projects/${project}/items/import`,
        headers: { 'content-type': 'text/csv' },
        payload: csv,
      });

    it('refuses rows without the field a required question reads, naming the field and the question', async () => {
      const report = (await importCsv('ner', 'sentence,label\nAda works at Acme,ORG\nBob,PER\n')).json();
      expect(report).toMatchObject({ received: 2, created: 0, rejected: 2 });
      expect(report.errors[0]).toMatchObject({
        line: 2,
        code: 'VALIDATION_FAILED',
        path: 'data.text',
        message: 'is missing (question "entities" reads it)',
      });
      const good = (await importCsv('ner', 'text\nAda works at Acme\n')).json();
      expect(good).toMatchObject({ created: 1, rejected: 0 });
    });

    it('checks image URLs where a box question expects one', async () => {
      const rows = [
        { externalId: 'a', data: { image: 'not a url at all' } },
        { externalId: 'b', data: { image: 'javascript:alert(1)' } },
        { externalId: 'c', data: { image: 42 } },
        { externalId: 'd', data: { image: 'https://example.org/cat.jpg' } },
        { externalId: 'e', data: { image: 'data:image/png;base64,iVBORw0KGgo=' } },
        { externalId: 'f', data: { image: '/files/cat.jpg' } },
      ];
      const report = (
        await t.inject({ method: 'POST', url: '/api/projects/boxes/items/batch', payload: { items: rows } })
      ).json();
      expect(report).toMatchObject({ created: 3, rejected: 3 });
      expect(report.errors.map((e: { row: number; path: string }) => [e.row, e.path])).toEqual([
        [0, 'data.image'],
        [1, 'data.image'],
        [2, 'data.image'],
      ]);
      expect(report.errors[0].message).toMatch(/must be an image URL .*got "not a url at all"/);
      expect(report.errors[1].message).toMatch(/scheme "javascript:"/);
      const single = await t.inject({ method: 'POST', url: '/api/projects/boxes/items', payload: rows[0] });
      expect(single.statusCode).toBe(400);
      expect(single.json().error.details[0].path).toBe('data.image');
    });

    it('says what is wrong with a prediction cell, and codes a bad JSON line INVALID_LINE', async () => {
      const csv = [
        'external_id,text,prediction',
        'p1,Hello,sapm',
        'p2,Hello,"{""verdict"": spam"',
        'p3,Hello,ham',
      ].join('\n');
      const report = (await importCsv('spam', csv)).json();
      expect(report).toMatchObject({ created: 1, rejected: 2 });
      expect(report.errors[0]).toMatchObject({ line: 2, code: 'SCHEMA_MISMATCH', path: 'prediction.verdict' });
      expect(report.errors[0].message).toMatch(
        /^column "prediction" holds "sapm", read as the answer to question "verdict": /,
      );
      expect(report.errors[1]).toMatchObject({ line: 3, code: 'INVALID_LINE', path: '' });
      expect(report.errors[1].message).toMatch(/^column "prediction": .* is not valid JSON/);

      const jsonl = await t.inject({
        method: 'POST',
        url: '/api/projects/spam/items/import',
        headers: { 'content-type': 'application/x-ndjson' },
        payload: '{"data": {"text": "ok"}}\n{"data": broken\n',
      });
      expect(jsonl.json().errors).toEqual([
        expect.objectContaining({
          line: 2,
          code: 'INVALID_LINE',
          message: expect.stringMatching(/^the line is not valid JSON/),
        }),
      ]);
    });
  });
}
