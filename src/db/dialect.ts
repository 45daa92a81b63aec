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
    ? sql<boolean>`(instr(${sql.ref(metadataColumn)}, ${JSON.stringify(tag)}) > 0 and exists (select 1 from json_each(${sql.ref(metadataColumn)}, '$.tags') where value = ${tag}))`
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
 * `notifyChannel` as an expression, to ride along in a statement the caller sends anyway (a
 * RETURNING list): pg_notify on PostgreSQL, a constant on SQLite.
 */
export function notifyExpression(db: Kysely<Database>, channel: string, payload = ''): RawBuilder<unknown> {
  return db.getExecutor().adapter instanceof PostgresAdapter ? sql`pg_notify(${channel}, ${payload})` : sql`null`;
}

/** A boolean read back from either engine: PostgreSQL's true, SQLite's 1. */
export function isTrue(value: unknown): boolean {
  return value === true || value === 1 || value === 1n;
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

/**
 * PostgreSQL: vacuum a hot queue table after ~2 % of its rows changed instead of the default
 * 20 %, so dead index entries of claimed and answered slots do not pile up in the claim path
 * (issue 10 point 8). SQLite removes index entries at once and needs nothing.
 */
export async function tuneHotTable(engine: Engine, db: Kysely<unknown>, table: string): Promise<void> {
  if (engine === 'sqlite') return;
  await sql`alter table ${sql.table(table)} set (
    autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_threshold = 1000,
    autovacuum_vacuum_insert_scale_factor = 0.05, autovacuum_analyze_scale_factor = 0.02,
    autovacuum_vacuum_cost_limit = 2000)`.execute(db);
}

/**
 * Keeps a correlated `not exists (…)` a per-row probe on PostgreSQL: `offset 0` stops the planner
 * turning it into an anti-join that reads every row the person ever touched (issue 10: the
 * overlap check read all tasks of the person). SQLite always probes per row.
 */
export function perRowProbe(engine: Engine): RawBuilder<unknown> {
  return engine === 'postgres' ? sql`offset 0` : sql``;
}

/** The words of a search box, letters and digits only (so nothing reaches a query parser raw). */
export function searchWords(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 16);
}

/**
 * True when the item's data contains every word as a prefix (SQLite FTS5 table `items_fts`,
 * PostgreSQL GIN index `items_search`; both from migration 016). `words` come from `searchWords`.
 */
export function itemDataMatches(engine: Engine, idColumn: string, dataColumn: string, words: readonly string[]) {
  // PostgreSQL reads the generated column `search` beside `data` (migration 016).
  if (engine === 'sqlite') {
    const match = words.map((word) => `"${word}"*`).join(' ');
    return sql<boolean>`${sql.ref(idColumn)} in (select rowid from items_fts where items_fts match ${match})`;
  }
  const query = words.map((word) => `${word}:*`).join(' & ');
  return sql<boolean>`${sql.ref(dataColumn.replace(/data$/, 'search'))} @@ to_tsquery('simple', ${query})`;
}

/**
 * True when the JSON object's `key` equals `value` or, for an array, contains it: a decided label
 * per question (single or multiple choice) and a metadata value compare the same way.
 */
export function jsonKeyHolds(engine: Engine, column: string, key: string, value: string): Expression<boolean> {
  if (engine === 'sqlite') {
    const path = `$.${JSON.stringify(key)}`;
    const exact = sql<boolean>`exists (select 1 from json_each(${sql.ref(column)}, ${path}) where cast(value as text) = ${value})`;
    // A plain substring test first skips the JSON walk for most rows; only for values JSON
    // writes as themselves (no escapes), so it never rules out a real match.
    return /^[\w .:@/+-]+$/.test(value) ? sql<boolean>`(instr(${sql.ref(column)}, ${value}) > 0 and ${exact})` : exact;
  }
  // The scalar test reads the stored value as it is; only an array pays for a jsonb conversion.
  return sql<boolean>`((${sql.ref(column)} ->> ${key}) = ${value} or ((${sql.ref(column)} -> ${key})::text like '[%' and (${sql.ref(column)} -> ${key})::jsonb @> to_jsonb(${value}::text)))`;
}

/**
 * One statement that runs `first` (a write with RETURNING), the `writes` and `last`, each of which
 * may read `first`'s rows as `done` — PostgreSQL's writable WITH, which saves the hot paths round
 * trips (issue 10: claim and submit). Undefined on SQLite, which has no writes inside WITH: the
 * caller sends the statements one by one there (in-process, no round trip to save). Every part
 * sees the snapshot taken when the statement starts, so a part must not need rows another
 * transaction commits while this one waits on a lock.
 */
export function afterWrite(
  engine: Engine,
  first: RawBuilder<unknown>,
  last: RawBuilder<unknown>,
  writes: readonly RawBuilder<unknown>[] = [],
): RawBuilder<unknown> | undefined {
  if (engine === 'sqlite') return undefined;
  const named = writes.map((write, index) => sql`, ${sql.raw(`write_${index}`)} as (${write})`);
  return sql`with done as (${first})${sql.join(named, sql``)} ${last}`;
}
