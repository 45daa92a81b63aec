/**
 * Splitting an uploaded file into records with bounded memory. An over-long record is a problem
 * of that record alone (issue 8): it is reported with its line number and skipped, and reading
 * goes on with the next record.
 */

const NEWLINE = 0x0a;
const QUOTE = 0x22;
const COMMA = 0x2c;

/** One line of a JSONL file: its text, or why it cannot be read. */
export type FileLine =
  | { readonly line: number; readonly text: string }
  | { readonly line: number; readonly error: string };

/**
 * The lines of a byte stream, each decoded on its own (a line that is not UTF-8 is reported,
 * the others are unaffected). A line over `maxBytes` is reported and its bytes are dropped as
 * they arrive, so memory stays bounded by `maxBytes` whatever the file holds.
 */
export async function* splitLines(source: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<FileLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let line = 1;
  const finish = (): FileLine => {
    const current = line;
    line += 1;
    if (tooLong) {
      tooLong = false;
      return { line: current, error: `line is longer than ${maxBytes} bytes` };
    }
    const bytes = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, size);
    parts = [];
    size = 0;
    try {
      return { line: current, text: decoder.decode(bytes) };
    } catch {
      return { line: current, error: 'line is not valid UTF-8' };
    }
  };
  const keep = (piece: Buffer) => {
    if (tooLong) return;
    if (size + piece.length > maxBytes) {
      tooLong = true;
      parts = [];
      size = 0;
      return;
    }
    if (piece.length > 0) {
      parts.push(piece);
      size += piece.length;
    }
  };
  for await (const chunk of source) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    let newline = buffer.indexOf(NEWLINE, start);
    while (newline !== -1) {
      keep(buffer.subarray(start, newline));
      yield finish();
      start = newline + 1;
      newline = buffer.indexOf(NEWLINE, start);
    }
    // Copied: the source may reuse its buffer for the next chunk.
    keep(Buffer.from(buffer.subarray(start)));
  }
  if (size > 0 || tooLong) yield finish();
}

/**
 * Passes CSV bytes through record by record, except that a record over `maxBytes` is replaced by
 * as many newlines as it spanned: the parser sees empty lines (skipped), keeps its line numbers
 * right, and goes on with the next record (csv-parse's own record limit silently ends the file).
 * Record boundaries follow RFC 4180: a newline outside a quoted field ends a record. Memory is
 * bounded by `maxBytes` plus one chunk.
 */
export async function* dropOversizeCsvRecords(
  source: AsyncIterable<Buffer | string>,
  maxBytes: number,
  onDropped: (line: number) => void,
): AsyncGenerator<Buffer> {
  // Where we are in a field: its start, an unquoted field, a quoted one, just after a quote inside one.
  let state: 'start' | 'plain' | 'quoted' | 'quote' = 'start';
  let line = 1;
  let recordLine = 1;
  let recordNewlines = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let dropping = false;
  for await (const chunk of source) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    const out: Buffer[] = [];
    let recordFrom = 0;
    for (let index = 0; index < buffer.length; index += 1) {
      const byte = buffer[index] as number;
      if (byte === NEWLINE) {
        line += 1;
        recordNewlines += 1;
      }
      const endsRecord = byte === NEWLINE && state !== 'quoted';
      if (state === 'quoted') state = byte === QUOTE ? 'quote' : 'quoted';
      else if (state === 'quote') state = byte === QUOTE ? 'quoted' : byte === COMMA ? 'start' : 'plain';
      else if (byte === COMMA) state = 'start';
      else if (state === 'start') state = byte === QUOTE ? 'quoted' : byte === NEWLINE ? 'start' : 'plain';
      if (!endsRecord) continue;
      state = 'start';
      const piece = buffer.subarray(recordFrom, index + 1);
      if (dropping || pendingBytes + piece.length - 1 > maxBytes) {
        onDropped(recordLine);
        out.push(Buffer.from('\n'.repeat(recordNewlines)));
      } else {
        out.push(...pending, piece);
      }
      pending = [];
      pendingBytes = 0;
      dropping = false;
      recordFrom = index + 1;
      recordLine = line;
      recordNewlines = 0;
    }
    if (!dropping) {
      const rest = buffer.subarray(recordFrom);
      if (pendingBytes + rest.length > maxBytes) {
        dropping = true;
        pending = [];
        pendingBytes = 0;
      } else if (rest.length > 0) {
        // Copied: the source may reuse its buffer for the next chunk.
        pending.push(Buffer.from(rest));
        pendingBytes += rest.length;
      }
    }
    if (out.length > 0) yield Buffer.concat(out);
  }
  if (dropping) onDropped(recordLine);
  else if (pendingBytes > 0) yield Buffer.concat(pending);
}
