import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TandemError } from '../errors.js';
import { getProject } from '../projects/service.js';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { spamItem, spamProject } from '../testing/fixtures.js';
import { postWholeBodyThenRead } from '../testing/raw-http.js';
import { LIMITS } from './contracts.js';
import { dropOversizeCsvRecords, splitLines } from './file-lines.js';
import { importItemsFile } from './import-file.js';

/** Issue 8, point 8: an import never stores rows and then fails; the client always sees the report. */

const line = (index: number) => `${JSON.stringify(spamItem(index))}\n`;

/** A file in 64 KB pieces, like a socket delivers it. */
function* pieces(text: string | Buffer, size = 64 * 1024): Generator<Buffer> {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function* fromPieces(chunks: Iterable<Buffer>, failAfter?: number): AsyncGenerator<Buffer> {
  let count = 0;
  for (const chunk of chunks) {
    if (failAfter !== undefined && count++ >= failAfter)
      throw Object.assign(new Error('aborted'), { code: 'ECONNRESET' });
    yield chunk;
  }
}

describe('reading files record by record', () => {
  it('reports an over-long JSONL line and a line that is not UTF-8, and reads on', async () => {
    const long = `{"data":{"text":"${'x'.repeat(LIMITS.importLineBytes)}"}}\n`;
    const bytes = Buffer.concat([
      Buffer.from(line(1)),
      Buffer.from(long),
      Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]),
      Buffer.from(line(2).trimEnd()),
    ]);
    const lines = [];
    for await (const entry of splitLines(fromPieces(pieces(bytes, 1_000)), LIMITS.importLineBytes)) lines.push(entry);
    expect(lines.map((l) => ('error' in l ? `${l.line}:${l.error}` : `${l.line}:ok`))).toEqual([
      '1:ok',
      `2:line is longer than ${LIMITS.importLineBytes} bytes`,
      '3:line is not valid UTF-8',
      '4:ok',
    ]);
  });

  it('drops an over-long CSV record (quoted newlines included) and keeps the line numbers', async () => {
    const csv = `a,b\n1,2\n"${'y'.repeat(300)}\nstill quoted, ""here""",3\n4,"five\nlines"\n6,7`;
    const dropped: number[] = [];
    let out = '';
    for await (const piece of dropOversizeCsvRecords(fromPieces(pieces(csv, 7)), 100, (l) => dropped.push(l))) {
      out += piece.toString();
    }
    expect(dropped).toEqual([3]);
    // Two newlines for the two lines it spanned: the next record is still on line 5.
    expect(out).toBe('a,b\n1,2\n\n\n4,"five\nlines"\n6,7');
  });
});

describe.each(ENGINES)('file imports on %s', (engine) => {
  let t: TestApp;
  let base: string;
  const url = '/api/projects/spam/items/import';
  beforeAll(async () => {
    t = await openTestApp(engine);
    await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => t.close());

  const count = async () =>
    Number(
      (
        await t.storage.db
          .selectFrom('items')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('reports an over-long line per line over a real socket, storing every other row', async () => {
    const before = await count();
    const rows = Array.from({ length: 6_000 }, (_, i) => line(10_000 + i));
    rows.splice(3_000, 0, `{"data":{"text":"${'x'.repeat(LIMITS.importLineBytes + 10)}"}}\n`);
    const response = await postWholeBodyThenRead(
      base,
      url,
      { authorization: `Bearer ${t.adminToken}`, 'content-type': 'application/x-ndjson' },
      pieces(rows.join('')),
    );
    expect(response.error).toBeUndefined();
    expect(response.status, response.body).toBe(200);
    const report = JSON.parse(response.body);
    expect(report).toMatchObject({ received: 6_001, created: 6_000, rejected: 1 });
    expect(report.incomplete).toBeUndefined();
    expect(report.errors).toEqual([
      expect.objectContaining({ line: 3_001, code: 'INVALID_LINE', message: expect.stringMatching(/longer than/) }),
    ]);
    expect((await count()) - before).toBe(6_000);
  });

  it('reports an over-long CSV record per line and stores the records after it', async () => {
    const csv = [
      'external_id,text,prediction',
      'big-1,hello,spam',
      `big-2,"${'z'.repeat(LIMITS.importLineBytes)}\nmore",ham`,
      'big-3,after,ham',
    ].join('\n');
    const response = await postWholeBodyThenRead(
      base,
      url,
      { authorization: `Bearer ${t.adminToken}`, 'content-type': 'text/csv' },
      pieces(csv),
    );
    expect(response.status, response.body).toBe(200);
    const report = JSON.parse(response.body);
    expect(report).toMatchObject({ received: 3, created: 2, rejected: 1 });
    expect(report.errors).toEqual([
      expect.objectContaining({ line: 3, message: expect.stringMatching(/longer than/) }),
    ]);
  });

  it('keeps what was read when the file breaks off part-way, and says from which line', async () => {
    const project = await getProject(t.storage, 'spam');
    const before = await count();
    const text = Array.from({ length: 5_000 }, (_, i) => line(50_000 + i)).join('');
    const all = [...pieces(text)];
    const report = await importItemsFile(t.storage, project, fromPieces(all, Math.floor(all.length / 2)), 'jsonl');
    expect(report.incomplete).toBe(true);
    expect(report.created).toBeGreaterThan(2_000);
    expect(report.created + report.updated).toBe(report.received);
    expect((await count()) - before).toBe(report.created);
    const last = report.errors.at(-1);
    expect(last).toMatchObject({ code: 'INVALID_FILE', line: report.received + 1 });
    expect(last?.message).toBe('the file could not be read from here on: the upload ended before the end of the file');

    // Unreadable from the start: nothing stored, and a plain 400.
    await expect(importItemsFile(t.storage, project, fromPieces(all, 0), 'jsonl')).rejects.toBeInstanceOf(TandemError);
  });

  it('lets a client that sends everything first read an early refusal (401, 413, 415)', async () => {
    const big = () => pieces(Buffer.alloc(8_000_000, 'x'.charCodeAt(0)));
    const unauthenticated = await postWholeBodyThenRead(
      base,
      url,
      { authorization: 'Bearer wrong', 'content-type': 'application/x-ndjson' },
      big(),
    );
    expect(unauthenticated).toMatchObject({ status: 401, sentAll: true, error: undefined });
    expect(JSON.parse(unauthenticated.body).error.code).toBe('UNAUTHENTICATED');

    const tooLarge = await postWholeBodyThenRead(
      base,
      '/api/projects/spam/items',
      { authorization: `Bearer ${t.adminToken}`, 'content-type': 'application/json' },
      big(),
    );
    expect(tooLarge).toMatchObject({ status: 413, sentAll: true, error: undefined });
    expect(JSON.parse(tooLarge.body).error.message).toContain('2000000 bytes');

    const wrongType = await postWholeBodyThenRead(
      base,
      url,
      { authorization: `Bearer ${t.adminToken}`, 'content-type': 'text/plain' },
      big(),
    );
    expect(wrongType).toMatchObject({ status: 415, sentAll: true, error: undefined });
  });
});
