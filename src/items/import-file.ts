import { parse as parseCsv } from 'csv-parse';
import type { Storage } from '../db/storage.js';
import { TandemError } from '../errors.js';
import type { Project } from '../projects/store.js';
import { type IngestReport, LIMITS, type RowError } from './contracts.js';
import { csvRecordToItem, type PlainPrediction } from './csv-record.js';
import { dropOversizeCsvRecords, splitLines } from './file-lines.js';
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
  /** A CSV prediction cell read as the answer to the only question: errors about it name the cell. */
  readonly readAs?: PlainPrediction;
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
  actorId: number | null = null,
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
      addError({ row: bad.row, line: bad.line, code: 'INVALID_LINE', path: '', message: bad.error });
    }
    const outcome = await ingestRows(
      storage,
      project,
      good.map((r) => r.value),
      0,
      actorId,
    );
    for (const result of outcome.results) {
      if (result.status === 'created') report.created += 1;
      else report.updated += 1;
    }
    report.rejected += outcome.rejected;
    for (const error of outcome.errors) {
      const origin = good[error.row];
      addError({
        ...error,
        message: aboutCell(error, origin?.readAs),
        row: origin?.row ?? error.row,
        line: origin?.line ?? 0,
      });
    }
    report.received += chunk.length;
    chunk = [];
    onProgress?.(report.received);
  };

  const rows = format === 'jsonl' ? readJsonLines(source) : readCsvRecords(source, project);
  // A file unreadable part-way (a broken upload, a CSV the parser gives up on) keeps what was
  // read: the good rows are stored and the report says where reading stopped (issue 8).
  let stopped: string | undefined;
  let lastLine = 0;
  try {
    for (;;) {
      // Only reading is caught here: a storage failure while flushing is a real error (500).
      let next: IteratorResult<SourceRow>;
      try {
        next = await rows.next();
      } catch (error) {
        stopped = unreadableReason(error);
        break;
      }
      if (next.done) break;
      chunk.push(next.value);
      lastLine = next.value.line;
      if (chunk.length >= CHUNK_ROWS) await flush();
    }
  } finally {
    await rows.return(undefined);
  }
  if (chunk.length > 0) await flush();
  if (stopped !== undefined) {
    if (report.received === 0) {
      throw new TandemError('INVALID_FILE', `The file could not be read: ${stopped}`, [
        { path: 'body', message: stopped },
      ]);
    }
    report.rejected += 1;
    addError({
      row: report.received,
      line: lastLine + 1,
      code: 'INVALID_FILE',
      path: '',
      message: `the file could not be read from here on: ${stopped}`,
    });
  }
  report.errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const { truncated, ...counts } = report;
  return {
    ...counts,
    ...(truncated ? { errorsTruncated: true } : {}),
    ...(stopped !== undefined ? { incomplete: true } : {}),
  };
}

/** An error about a plain prediction cell says which cell and how it was read (issue 9, point 17). */
function aboutCell(error: RowError, readAs: PlainPrediction | undefined): string {
  if (!readAs || !error.path.startsWith(`prediction.${readAs.question}`)) return error.message;
  return `column "prediction" holds ${JSON.stringify(readAs.cell)}, read as the answer to question "${readAs.question}": ${error.message}`;
}

/** What to tell the client about a reader that gave up: CSV errors say why, stream errors do not leak. */
function unreadableReason(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('CSV_')) return (error as Error).message;
  return 'the upload ended before the end of the file';
}

async function* readJsonLines(source: AsyncIterable<Buffer | string>): AsyncGenerator<SourceRow> {
  let row = 0;
  for await (const entry of splitLines(source, LIMITS.importLineBytes)) {
    if ('error' in entry) {
      yield { row: row++, line: entry.line, error: entry.error };
      continue;
    }
    if (entry.text.trim() === '') continue;
    try {
      yield { row: row++, line: entry.line, value: JSON.parse(entry.text) };
    } catch (error) {
      yield { row: row++, line: entry.line, error: `the line is not valid JSON: ${(error as Error).message}` };
    }
  }
}

async function* readCsvRecords(source: AsyncIterable<Buffer | string>, project: Project): AsyncGenerator<SourceRow> {
  // Records the parser skipped and records over the size limit, yielded in line order among the
  // parsed ones; row numbers are given as rows are yielded.
  const skipped: Omit<SourceRow, 'row'>[] = [];
  let row = 0;
  const parser = parseCsv({
    columns: true,
    bom: true,
    info: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
  });
  parser.on('skip', (error: Error & { lines?: number }) => {
    skipped.push({ line: error.lines ?? 0, error: `not a valid CSV record: ${error.message}` });
  });
  const bounded = dropOversizeCsvRecords(source, LIMITS.importLineBytes, (line) => {
    skipped.push({ line, error: `record is longer than ${LIMITS.importLineBytes} bytes` });
  });
  // Waits for the parser to take more input, or to be closed because the reader stopped early.
  const writable = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        parser.off('drain', done);
        parser.off('close', done);
        resolve();
      };
      parser.once('drain', done);
      parser.once('close', done);
    });
  const feed = (async () => {
    try {
      for await (const piece of bounded) {
        if (parser.destroyed) return;
        if (!parser.write(piece)) await writable();
      }
      if (!parser.destroyed) parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  const before = (line: number) => {
    skipped.sort((a, b) => a.line - b.line);
    let count = 0;
    while (count < skipped.length && (skipped[count] as { line: number }).line <= line) count += 1;
    return skipped.splice(0, count);
  };
  try {
    for await (const entry of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      for (const bad of before(entry.info.lines)) yield { row: row++, ...bad };
      const converted = csvRecordToItem(entry.record, project.labelSchema);
      yield { row: row++, line: entry.info.lines, ...converted };
    }
    for (const bad of before(Number.POSITIVE_INFINITY)) yield { row: row++, ...bad };
  } finally {
    // Stopped early (the importer gave up or failed): close the parser so the feed ends too.
    if (!parser.readableEnded) parser.destroy();
    await feed;
  }
}
