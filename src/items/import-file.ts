import { parse as parseCsv } from 'csv-parse';
import type { Storage } from '../db/storage.js';
import { TandemError } from '../errors.js';
import type { Project } from '../projects/store.js';
import { type IngestReport, LIMITS, type RowError } from './contracts.js';
import { csvRecordToItem } from './csv-record.js';
import { ingestRows } from './ingest.js';

export type ImportFormat = 'jsonl' | 'csv';

/** Rows stored per transaction while importing a file. */
const CHUNK_ROWS = 2_000;
/** Errors listed in the report; the counts always cover every row. */
const MAX_LISTED_ERRORS = 1_000;

interface SourceRow {
  readonly row: number;
  readonly line: number;
  readonly value?: unknown;
  readonly error?: string;
}

/**
 * Imports a JSONL or CSV stream in chunks with constant memory. Good rows are stored; each bad
 * row (broken line, wrong field, prediction that does not fit) is reported with its line number.
 */
export async function importItemsFile(
  storage: Storage,
  project: Project,
  source: AsyncIterable<Buffer | string>,
  format: ImportFormat,
  onProgress?: (rowsDone: number) => void,
): Promise<IngestReport> {
  const report = { received: 0, created: 0, updated: 0, rejected: 0, errors: [] as RowError[], truncated: false };
  const addError = (error: RowError) => {
    if (report.errors.length < MAX_LISTED_ERRORS) report.errors.push(error);
    else report.truncated = true;
  };
  let chunk: SourceRow[] = [];
  const flush = async () => {
    const good = chunk.filter((r) => r.error === undefined);
    for (const bad of chunk) {
      if (bad.error === undefined) continue;
      report.rejected += 1;
      addError({ row: bad.row, line: bad.line, code: 'INVALID_FILE', path: '', message: bad.error });
    }
    const outcome = await ingestRows(
      storage,
      project,
      good.map((r) => r.value),
      0,
    );
    for (const result of outcome.results) {
      if (result.status === 'created') report.created += 1;
      else report.updated += 1;
    }
    report.rejected += outcome.rejected;
    for (const error of outcome.errors) {
      const origin = good[error.row];
      addError({ ...error, row: origin?.row ?? error.row, line: origin?.line ?? 0 });
    }
    report.received += chunk.length;
    chunk = [];
    onProgress?.(report.received);
  };

  const rows = format === 'jsonl' ? readJsonLines(source) : readCsvRecords(source, project);
  for await (const row of rows) {
    chunk.push(row);
    if (chunk.length >= CHUNK_ROWS) await flush();
  }
  if (chunk.length > 0) await flush();
  report.errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const { truncated, ...counts } = report;
  return truncated ? { ...counts, errorsTruncated: true } : counts;
}

async function* readJsonLines(source: AsyncIterable<Buffer | string>): AsyncGenerator<SourceRow> {
  let pending = '';
  let line = 0;
  let row = 0;
  const decoder = new TextDecoder('utf-8');
  const handle = (text: string): SourceRow | undefined => {
    line += 1;
    if (text.trim() === '') return undefined;
    const current = { row: row++, line };
    try {
      return { ...current, value: JSON.parse(text) };
    } catch (error) {
      return { ...current, error: `not valid JSON: ${(error as Error).message}` };
    }
  };
  for await (const piece of source) {
    pending += typeof piece === 'string' ? piece : decoder.decode(piece, { stream: true });
    let newline = pending.indexOf('\n');
    while (newline !== -1) {
      const result = handle(pending.slice(0, newline));
      if (result) yield result;
      pending = pending.slice(newline + 1);
      newline = pending.indexOf('\n');
    }
    if (pending.length > LIMITS.importLineBytes) {
      throw new TandemError('INVALID_FILE', `line ${line + 1} is longer than ${LIMITS.importLineBytes} bytes`, [
        { path: `line ${line + 1}`, message: 'line too long' },
      ]);
    }
  }
  pending += decoder.decode();
  const result = handle(pending);
  if (result) yield result;
}

async function* readCsvRecords(source: AsyncIterable<Buffer | string>, project: Project): AsyncGenerator<SourceRow> {
  // Row numbers are given as rows are yielded, so they follow the order the caller sees.
  const skipped: Omit<SourceRow, 'row'>[] = [];
  let row = 0;
  const parser = parseCsv({
    columns: true,
    bom: true,
    info: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: LIMITS.importLineBytes,
  });
  parser.on('skip', (error: Error & { lines?: number }) => {
    skipped.push({ line: error.lines ?? 0, error: `not a valid CSV record: ${error.message}` });
  });
  const feed = (async () => {
    try {
      for await (const piece of source) {
        if (!parser.write(piece)) await new Promise((resolve) => parser.once('drain', resolve));
      }
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  try {
    for await (const entry of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      for (const bad of skipped.splice(0)) yield { row: row++, ...bad };
      const converted = csvRecordToItem(entry.record, project.labelSchema);
      yield { row: row++, line: entry.info.lines, ...converted };
    }
    for (const bad of skipped.splice(0)) yield { row: row++, ...bad };
  } catch (error) {
    throw new TandemError('INVALID_FILE', `The CSV file could not be read: ${(error as Error).message}`);
  } finally {
    await feed;
  }
}
