import type { Kysely } from 'kysely';
import type { Database } from './tables.js';

/** A database handle or an open transaction: store functions that join a caller's transaction take this. */
export type Executor = Kysely<Database>;

/** Splits rows for multi-row inserts so no statement exceeds either engine's parameter limit. */
export function chunked<T>(rows: readonly T[], size = 1_000): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < rows.length; start += size) chunks.push(rows.slice(start, start + size));
  return chunks;
}
