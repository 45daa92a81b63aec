import type SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import type { Executor } from './executor.js';
import type { Storage } from './storage.js';

/** One item row ready for storage (JSON already serialised). */
export interface ItemRowForInsert {
  readonly externalId: string | null;
  readonly data: string;
  readonly prediction: string | null;
  readonly confidence: number | null;
  readonly metadata: string;
  /** A gold item's known answer (JSON), else null. */
  readonly goldAnswer: string | null;
  /** Status and deadline for a new row; an update keeps the stored ones (re-routing sets them). */
  readonly status: string;
  readonly deadlineAt: number | null;
  /** Review slots to open when the row is created (written in the same statement). */
  readonly slots: { k: number; role: string; priority: number; audit: boolean; rank?: number } | null;
}

export interface UpsertedItem {
  readonly id: number;
  /** 1 when the row was created, more when an existing external id was updated. */
  readonly revision: number;
}

/** A row whose external id names an item that already has answers or a decision: not rewritten. */
export interface RefusedRow {
  readonly refused: true;
  readonly externalId: string;
}

export type UpsertResult = UpsertedItem | RefusedRow;

export function isRefused(result: UpsertResult): result is RefusedRow {
  return 'refused' in result;
}

/**
 * Inserts rows, or updates the item with the same (project, external id), and opens the review
 * slots of each created row. Must run inside the caller's transaction (`db`). Returns one result
 * per row, in order; the caller must not pass the same external id twice. An item that already has
 * responses or a decision is never rewritten (issue 8): its row comes back as refused. This is Tandem's ingest
 * hot path, so each engine gets its fastest form: array-driven statements on PostgreSQL, cached
 * multi-row prepared statements on SQLite.
 */
export async function upsertItems(
  storage: Storage,
  db: Executor,
  projectId: number,
  rows: readonly ItemRowForInsert[],
  now: number,
): Promise<UpsertResult[]> {
  if (rows.length === 0) return [];
  return storage.engine === 'sqlite'
    ? upsertItemsSqlite(storage, projectId, rows, now)
    : upsertItemsPostgres(db, projectId, rows, now);
}

// A re-imported prediction is the importer's, not the built-in model's (model_version, issue 12).
const UPSERT_SET = `data = excluded.data, prediction = excluded.prediction, confidence = excluded.confidence, model_version = null,
  metadata = excluded.metadata, gold_answer = excluded.gold_answer, revision = items.revision + 1,
  updated_at = excluded.updated_at
  where not exists (select 1 from responses r where r.item_id = items.id)
    and not exists (select 1 from decisions d where d.item_id = items.id)`;

// Multi-row statements: one prepared statement per row count, so a 10,000-row batch runs ~20
// statements instead of 20,000 (per-statement overhead was most of the cost; bench/ingest). A
// batch is cut into full statements of ROWS_PER_STATEMENT and a remainder in power-of-two
// pieces, so at most ~10 shapes are ever prepared per database. 500 rows × 11 parameters stays far
// below SQLite's limit of 32,766 bound parameters.
const ROWS_PER_STATEMENT = 500;
const ITEM_VALUES = '(?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)';
const TASK_VALUES = "(?, ?, 'review', ?, ?, ?, 'queued', ?, ?, ?)";

interface SqliteStatements {
  readonly upsert: Map<number, SqliteDatabase.Statement>;
  readonly slots: Map<number, SqliteDatabase.Statement>;
}

const sqliteStatements = new WeakMap<SqliteDatabase.Database, SqliteStatements>();

/** Splits `total` into statement sizes: full statements, then powers of two (few distinct shapes). */
function statementSizes(total: number): number[] {
  const sizes: number[] = [];
  let left = total;
  while (left >= ROWS_PER_STATEMENT) {
    sizes.push(ROWS_PER_STATEMENT);
    left -= ROWS_PER_STATEMENT;
  }
  for (let size = 256; size >= 1; size /= 2) {
    if (left >= size) {
      sizes.push(size);
      left -= size;
    }
  }
  return sizes;
}

function preparedFor(
  sqlite: SqliteDatabase.Database,
  cache: Map<number, SqliteDatabase.Statement>,
  rows: number,
  make: (values: string) => string,
  valuesOfOne: string,
): SqliteDatabase.Statement {
  let statement = cache.get(rows);
  if (!statement) {
    statement = sqlite.prepare(make(Array.from({ length: rows }, () => valuesOfOne).join(', ')));
    cache.set(rows, statement);
  }
  return statement;
}

function upsertItemsSqlite(
  storage: Storage,
  projectId: number,
  rows: readonly ItemRowForInsert[],
  now: number,
): UpsertResult[] {
  const sqlite = storage.sqlite;
  if (!sqlite) throw new Error('SQLite handle missing');
  // We are inside the caller's Kysely transaction, which holds SQLite's only connection, so these
  // raw calls join that transaction.
  if (!sqlite.inTransaction) throw new Error('upsertItems must run inside a transaction');
  let statements = sqliteStatements.get(sqlite);
  if (!statements) {
    statements = { upsert: new Map(), slots: new Map() };
    sqliteStatements.set(sqlite, statements);
  }
  const upserted: UpsertResult[] = [];
  let at = 0;
  for (const size of statementSizes(rows.length)) {
    const statement = preparedFor(
      sqlite,
      statements.upsert,
      size,
      (values) =>
        `insert into items (project_id, external_id, data, prediction, confidence, metadata, status, revision, created_at, updated_at, deadline_at, gold_answer)
         values ${values}
         on conflict (project_id, external_id) do update set ${UPSERT_SET}
         returning id, revision, external_id`,
      ITEM_VALUES,
    );
    const params: unknown[] = [];
    const piece = rows.slice(at, at + size);
    for (const row of piece) {
      params.push(
        projectId,
        row.externalId,
        row.data,
        row.prediction,
        row.confidence,
        row.metadata,
        row.status,
        now,
        now,
        row.deadlineAt,
        row.goldAnswer,
      );
    }
    const returned = statement.all(params) as { id: number; revision: number; external_id: string | null }[];
    upserted.push(...matchReturned(piece, returned));
    at += size;
  }
  insertSlotsSqlite(sqlite, statements, projectId, rows, upserted, now);
  return upserted;
}

/** The review slots of the rows just created, in multi-row statements (8 parameters a slot). */
function insertSlotsSqlite(
  sqlite: SqliteDatabase.Database,
  statements: SqliteStatements,
  projectId: number,
  rows: readonly ItemRowForInsert[],
  upserted: readonly UpsertResult[],
  now: number,
): void {
  const slots: unknown[][] = [];
  rows.forEach((row, index) => {
    const item = upserted[index];
    if (!row.slots || !item || isRefused(item) || item.revision !== 1) return;
    for (let i = 0; i < row.slots.k; i++) {
      slots.push([
        projectId,
        item.id,
        row.slots.role,
        row.slots.priority,
        row.slots.rank ?? 0,
        row.slots.audit ? 1 : 0,
        now,
        now,
      ]);
    }
  });
  let at = 0;
  for (const size of statementSizes(slots.length)) {
    const statement = preparedFor(
      sqlite,
      statements.slots,
      size,
      (values) =>
        `insert into tasks (project_id, item_id, phase, role, priority, rank, state, audit, available_at, created_at) values ${values}`,
      TASK_VALUES,
    );
    statement.run(slots.slice(at, at + size).flat());
    at += size;
  }
}

/**
 * Pairs a multi-row upsert's RETURNING rows with its input rows, on both engines. Rows with an
 * external id are matched by it; a row with one and no result was refused (the item has answers
 * or a decision). Rows without one never conflict and get increasing ids in input order, so they
 * are matched by id order (RETURNING's own order is not promised).
 */
function matchReturned(
  rows: readonly ItemRowForInsert[],
  returned: readonly { id: number | string; revision: number; external_id: string | null }[],
): UpsertResult[] {
  const byExternalId = new Map<string, UpsertedItem>();
  const anonymous: UpsertedItem[] = [];
  for (const row of returned) {
    const item = { id: Number(row.id), revision: row.revision };
    if (row.external_id === null) anonymous.push(item);
    else byExternalId.set(row.external_id, item);
  }
  anonymous.sort((a, b) => a.id - b.id);
  let next = 0;
  return rows.map((row): UpsertResult => {
    if (row.externalId !== null)
      return byExternalId.get(row.externalId) ?? { refused: true, externalId: row.externalId };
    const item = anonymous[next++];
    if (!item) throw new Error('upsert result missing for a row');
    return item;
  });
}

async function upsertItemsPostgres(
  db: Executor,
  projectId: number,
  rows: readonly ItemRowForInsert[],
  now: number,
): Promise<UpsertResult[]> {
  const c = {
    externalIds: [] as (string | null)[],
    data: [] as string[],
    predictions: [] as (string | null)[],
    confidences: [] as (number | null)[],
    metadata: [] as string[],
    golds: [] as (string | null)[],
    statuses: [] as string[],
    deadlines: [] as (number | null)[],
  };
  for (const row of rows) {
    c.externalIds.push(row.externalId);
    c.data.push(row.data);
    c.predictions.push(row.prediction);
    c.confidences.push(row.confidence);
    c.metadata.push(row.metadata);
    c.golds.push(row.goldAnswer);
    c.statuses.push(row.status);
    c.deadlines.push(row.deadlineAt);
  }
  // Two statements per batch, each one round trip with the columns as arrays (unnest turns them
  // back into rows): the item upsert, then the review slots of the rows it created. (A single
  // statement with data-modifying CTEs measured slower here; see bench/ingest.)
  const result = await sql<{ id: number; revision: number; external_id: string | null }>`
    with input as (
      select * from unnest(${c.externalIds}::text[], ${c.data}::text[], ${c.predictions}::text[], ${c.confidences}::float8[],
                           ${c.metadata}::text[], ${c.statuses}::text[], ${c.deadlines}::int8[], ${c.golds}::text[])
        with ordinality as t(external_id, data, prediction, confidence, metadata, status, deadline_at, gold_answer, ord)
    )
    insert into items (project_id, external_id, data, prediction, confidence, metadata, status, revision, created_at, updated_at, deadline_at, gold_answer)
    select ${projectId}, external_id, data::json, prediction::json, confidence, metadata::jsonb, status, 1, ${now}, ${now}, deadline_at, gold_answer::json
    from input order by ord
    on conflict (project_id, external_id) do update set ${sql.raw(UPSERT_SET)}
    returning id, revision, external_id`.execute(db);
  const upserted = matchReturned(rows, result.rows);
  await insertSlotsPostgres(db, projectId, rows, upserted, now);
  return upserted;
}

/** The review slots of the rows just created, as one array-driven insert. */
async function insertSlotsPostgres(
  db: Executor,
  projectId: number,
  rows: readonly ItemRowForInsert[],
  upserted: readonly UpsertResult[],
  now: number,
): Promise<void> {
  const ids: number[] = [];
  const counts: number[] = [];
  const roles: string[] = [];
  const priorities: number[] = [];
  const ranks: number[] = [];
  const audits: number[] = [];
  rows.forEach((row, index) => {
    const item = upserted[index];
    if (!row.slots || row.slots.k === 0 || !item || isRefused(item) || item.revision !== 1) return;
    ids.push(item.id);
    counts.push(row.slots.k);
    roles.push(row.slots.role);
    priorities.push(row.slots.priority);
    ranks.push(row.slots.rank ?? 0);
    audits.push(row.slots.audit ? 1 : 0);
  });
  if (ids.length === 0) return;
  await sql`
    insert into tasks (project_id, item_id, phase, role, priority, rank, state, audit, available_at, created_at)
    select ${projectId}, s.item_id, 'review', s.role, s.priority, s.rank, 'queued', s.audit, ${now}, ${now}
    from unnest(${ids}::int8[], ${counts}::int4[], ${roles}::text[], ${priorities}::int4[], ${ranks}::int4[], ${audits}::int4[])
      as s(item_id, k, role, priority, rank, audit), generate_series(1, s.k)`.execute(db);
}
