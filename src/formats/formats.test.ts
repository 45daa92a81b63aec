import fs from 'node:fs';
import { Ajv } from 'ajv';
import { tableFromIPC } from 'apache-arrow';
import { readParquet } from 'parquet-wasm/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { download, seedFormatProjects } from '../testing/export-fixtures.js';
import { spamItem, spamProject } from '../testing/fixtures.js';

/** Reads every entry of a zip with yauzl (a reader independent of the writer, yazl). */
function readZip(bytes: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const files = new Map<string, string>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const parts: Buffer[] = [];
          stream.on('data', (part: Buffer) => parts.push(part));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(parts).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(files));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** A CoNLL-2003 reader as NER tools read it: token first, NER tag last, blank lines end sentences. */
function readConll(text: string): { tokens: string[]; tags: string[] }[][] {
  const documents: { tokens: string[]; tags: string[] }[][] = [];
  let sentence: { tokens: string[]; tags: string[] } = { tokens: [], tags: [] };
  const close = () => {
    if (sentence.tokens.length > 0) documents.at(-1)?.push(sentence);
    sentence = { tokens: [], tags: [] };
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '') close();
    else if (line.startsWith('-DOCSTART-')) {
      close();
      documents.push([]);
    } else {
      const columns = line.split(' ');
      expect(columns).toHaveLength(4);
      sentence.tokens.push(columns[0] as string);
      sentence.tags.push(columns[3] as string);
    }
  }
  close();
  return documents;
}

describe.each(ENGINES)('export formats on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(engine);
    await seedFormatProjects(t);
    await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject });
    const batch = await t.inject({
      method: 'POST',
      url: '/api/projects/spam/items/batch',
      payload: { items: [spamItem(1), spamItem(2)] },
    });
    const firstId = batch.json().items[0].id;
    await t.inject({
      method: 'POST',
      url: `/api/projects/spam/items/${firstId}/decision`,
      payload: { answer: { verdict: 'spam', entities: [{ start: 6, end: 9, label: 'PERSON' }] }, reason: 'fixture' },
    });
  });
  afterAll(async () => t.close());

  it('lists the formats of the registry', async () => {
    const response = await t.inject({ method: 'GET', url: '/api/export-formats' });
    expect(response.statusCode).toBe(200);
    const names = response.json().formats.map((format: { name: string }) => format.name);
    expect(names).toEqual(['jsonl', 'csv', 'hf-jsonl', 'parquet', 'coco', 'yolo', 'conll', 'dpo', 'label-studio']);
  });

  it('writes CoNLL-2003 BIO tags that a column reader reads back, with code-point offsets', async () => {
    const file = await download(t, '/api/projects/ner/export?format=conll');
    expect(file.status).toBe(200);
    const documents = readConll(file.text);
    expect(documents).toHaveLength(2); // the undecided item is left out
    expect(documents[0]?.[0]).toEqual({
      tokens: ['Ada', 'Lovelace', 'met', 'Babbage', 'at', 'Acme', 'Corp'],
      tags: ['B-PER', 'I-PER', 'O', 'B-PER', 'O', 'B-ORG', 'I-ORG'],
    });
    // The line break splits the second document into two sentences; 🍕 is one code point.
    expect(documents[1]).toEqual([
      { tokens: ['🍕', 'Zoë', 'joined'], tags: ['O', 'B-PER', 'O'] },
      { tokens: ['Acme'], tags: ['B-ORG'] },
    ]);
  });

  it('writes COCO that validates against the COCO detection schema, boxes in pixels', async () => {
    const file = await download(t, '/api/projects/boxes/export?format=coco');
    expect(file.status).toBe(200);
    const coco = JSON.parse(file.text);
    const schema = JSON.parse(
      fs.readFileSync(new URL('./testdata/coco-detection.schema.json', import.meta.url), 'utf8'),
    );
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(coco), JSON.stringify(validate.errors)).toBe(true);
    expect(coco.categories).toEqual([
      { id: 1, name: 'cat', supercategory: 'objects' },
      { id: 2, name: 'dog', supercategory: 'objects' },
    ]);
    // Item b2 has no width/height, so it cannot be in pixels: left out.
    expect(coco.images).toEqual([
      { id: expect.any(Number), file_name: 'https://example.test/1.jpg', width: 200, height: 100 },
    ]);
    expect(coco.annotations.map((a: { bbox: number[]; category_id: number }) => [a.category_id, a.bbox])).toEqual([
      [1, [20, 20, 100, 40]],
      [2, [0, 0, 50, 100]],
    ]);
  });

  it('writes a YOLO zip that an independent unzip reads: normalised centre boxes per image', async () => {
    const file = await download(t, '/api/projects/boxes/export?format=yolo');
    expect(file.status).toBe(200);
    expect(file.type).toBe('application/zip');
    const files = await readZip(file.bytes);
    expect(files.get('classes.txt')).toBe('cat\ndog\n');
    expect(files.get('data.yaml')).toContain('nc: 2\nnames:\n  0: "cat"\n  1: "dog"\n');
    const labels = [...files.keys()].filter((name) => name.startsWith('labels/')).sort();
    expect(labels).toHaveLength(2);
    expect(files.get(labels[0] as string)).toBe('0 0.35 0.4 0.5 0.4\n1 0.125 0.5 0.25 1\n');
    expect(files.get(labels[1] as string)).toBe('1 0.75 0.75 0.5 0.5\n');
    expect(files.get('images.txt')).toContain('\thttps://example.test/2.jpg\n');
  });

  it('writes DPO pairs from pairwise answers (ties left out) and from rankings (top against each)', async () => {
    const pairwise = await download(t, '/api/projects/prefs/export?format=dpo');
    expect(
      pairwise.text
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([
      { prompt: 'Say hi', chosen: 'Hello!', rejected: 'Go away', id: 'p1' },
      { prompt: 'Add 2+2', chosen: '4', rejected: '5', id: 'p2' },
    ]);
    const ranking = await download(t, '/api/projects/prefs/export?format=dpo&question=order');
    expect(
      ranking.text
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([
      { prompt: 'Say hi', chosen: 'z', rejected: 'x', id: 'p1' },
      { prompt: 'Say hi', chosen: 'z', rejected: 'y', id: 'p1' },
    ]);
  });

  it('refuses a format the label schema cannot feed, naming the field, before streaming', async () => {
    const response = await t.inject({ method: 'GET', url: '/api/projects/ner/export?format=coco' });
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({ code: 'FORMAT_NOT_APPLICABLE', details: [{ path: 'format' }] });
    const wrong = await t.inject({ method: 'GET', url: '/api/projects/prefs/export?format=dpo&question=nope' });
    expect(wrong.json().error.details).toEqual([{ path: 'question', message: expect.any(String) }]);
    const unknown = await t.inject({ method: 'GET', url: '/api/projects/ner/export?format=xml' });
    expect(unknown.statusCode).toBe(400);
  });

  it('writes Hugging Face-friendly JSONL: flat columns, decided items only', async () => {
    const file = await download(t, '/api/projects/spam/export?format=hf-jsonl');
    const rows = file.text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows).toEqual([
      {
        id: 'mail-1',
        text: 'Hello Ada, message number 1 from Acme',
        verdict: 'spam',
        entities: [{ start: 6, end: 9, label: 'PERSON' }],
      },
    ]);
  });

  it('writes Parquet that a second implementation (parquet-wasm, Rust) reads back', async () => {
    const file = await download(t, '/api/projects/spam/export?format=parquet');
    expect(file.status).toBe(200);
    const table = tableFromIPC(readParquet(new Uint8Array(file.bytes)).intoIPCStream());
    expect(table.numRows).toBe(2);
    expect(table.schema.fields.map((field) => field.name)).toEqual([
      'id',
      'external_id',
      'data',
      'prediction',
      'confidence',
      'metadata',
      'decision_id',
      'answer_verdict',
      'answer_entities',
    ]);
    const rows = table.toArray().map((row) => row.toJSON());
    expect(rows[0]).toMatchObject({ id: expect.any(BigInt), external_id: 'mail-1', confidence: 0.01 });
    expect(JSON.parse(rows[0]?.data as string)).toEqual({ text: 'Hello Ada, message number 1 from Acme' });
    expect(JSON.parse(rows[0]?.answer_verdict as string)).toBe('spam');
    expect(rows[1]).toMatchObject({ external_id: 'mail-2', decision_id: null, answer_verdict: null });
  });

  it('keeps the JSONL and CSV exports as they were (the fast path)', async () => {
    const jsonl = await download(t, '/api/projects/spam/export');
    expect(jsonl.type).toContain('application/x-ndjson');
    expect(JSON.parse(jsonl.text.split('\n')[0] as string)).toMatchObject({
      externalId: 'mail-1',
      decision: { answer: { verdict: 'spam' } },
    });
    const csv = await download(t, '/api/projects/spam/export?format=csv&status=decided');
    expect(csv.text.split('\n')[0]).toContain('id,external_id,status');
    expect(csv.text.trim().split('\n')).toHaveLength(2);
  });
});
