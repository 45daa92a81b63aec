import { type Expression, type Kysely, PostgresAdapter, type RawBuilder, sql } from 'kysely';
import type { Database } from './tables.js';

/**
 * Every difference between SQLite and PostgreSQL lives in this file (and in the two bulk-insert
 * functions of src/db/bulk-insert.ts); everything else writes one query for both engines.
 */
export type Engine = 'sqlite' | 'postgres';

export interface ColumnTypes {
  /** Auto-increment primary key. */
  readonly id: 'integer' | 'bigserial';
  /** A JSON document that is stored and returned as written. */
  readonly json: 'text' | 'json';
  /** A JSON document we query into (tags, metadata keys). */
  readonly queryableJson: 'text' | 'jsonb';
  readonly bigint: 'integer' | 'bigint';
  readonly real: 'real' | 'double precision';
}

export function columnTypes(engine: Engine): ColumnTypes {
  return engine === 'sqlite'
    ? { id: 'integer', json: 'text', queryableJson: 'text', bigint: 'integer', real: 'real' }
    : { id: 'bigserial', json: 'json', queryableJson: 'jsonb', bigint: 'bigint', real: 'double precision' };
}

/** SQLite returns JSON columns as text, PostgreSQL as parsed values. */
export function readJson<T = unknown>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** A JSON column as its text, without a parse/serialise round trip (fast export path). */
export function jsonText(engine: Engine, column: string): RawBuilder<string | null> {
  return engine === 'sqlite' ? sql<string | null>`${sql.ref(column)}` : sql<string | null>`${sql.ref(column)}::text`;
}

/** True when the JSON array at `metadata.tags` contains `tag`. */
export function hasTag(engine: Engine, metadataColumn: string, tag: string): Expression<boolean> {
  return engine === 'sqlite'
    ? sql<boolean>`exists (select 1 from json_each(${sql.ref(metadataColumn)}, '$.tags') where value = ${tag})`
    : sql<boolean>`(${sql.ref(metadataColumn)} -> 'tags') ? ${tag}`;
}

/** A unique-violation error from either driver. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Row locking for queue claims: PostgreSQL skips rows other claimers hold; SQLite has one writer. */
export function skipLocked(engine: Engine): RawBuilder<unknown> {
  return engine === 'postgres' ? sql`for update skip locked` : sql``;
}

/** A lock held until the end of the current transaction, so one server at a time runs a step. */
export async function tryTransactionLock(engine: Engine, db: Kysely<Database>, name: string): Promise<boolean> {
  if (engine === 'sqlite') return true;
  const row = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(hashtext(${name})) as locked`.execute(db);
  return row.rows[0]?.locked === true;
}

/**
 * NOTIFY on PostgreSQL (inside a transaction it is sent at commit, and not at all on rollback);
 * nothing on SQLite, whose readers poll. Works on a transaction whose engine the caller does not know.
 */
export async function notifyChannel(db: Kysely<Database>, channel: string, payload = ''): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter)
    await sql`select pg_notify(${channel}, ${payload})`.execute(db);
}

/**
 * The snapshot horizon as a bigint: on PostgreSQL every transaction with a smaller id has ended
 * (committed and visible to this statement, or rolled back), so rows written by such transactions
 * can no longer appear behind a reader (src/events/hub.ts). SQLite has one writer at a time and
 * commits in id order: no horizon.
 */
export function snapshotHorizon(engine: Engine): RawBuilder<number> {
  return engine === 'postgres'
    ? sql<number>`pg_snapshot_xmin(pg_current_snapshot())::text::bigint`
    : sql<number>`9223372036854775807`;
}
