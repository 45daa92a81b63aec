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
  /** Status and deadline for a new row; an update keeps the stored ones (re-routing sets them). */
  readonly status: string;
  readonly deadlineAt: number | null;
}

export interface UpsertedItem {
  readonly id: number;
  /** 1 when the row was created, more when an existing external id was updated. */
  readonly revision: number;
}

/**
 * Inserts rows, or updates the item with the same (project, external id). Must run inside the
 * caller's transaction (`db`). Returns one result per row, in order; the caller must not pass the
 * same external id twice. This is Tandem's ingest hot path, so each engine gets its fastest form.
 */
export async function upsertItems(
  storage: Storage,
  db: Executor,
  projectId: number,
  rows: readonly ItemRowForInsert[],
  now: number,
): Promise<UpsertedItem[]> {
  if (rows.length === 0) return [];
  return storage.engine === 'sqlite'
    ? upsertItemsSqlite(storage, projectId, rows, now)
    : upsertItemsPostgres(db, projectId, rows, now);
}

const UPSERT_SET = `data = excluded.data, prediction = excluded.prediction, confidence = excluded.confidence,
  metadata = excluded.metadata, revision = items.revision + 1, updated_at = excluded.updated_at`;

const sqliteStatements = new WeakMap<SqliteDatabase.Database, SqliteDatabase.Statement>();

function upsertItemsSqlite(
  storage: Storage,
  projectId: number,
  rows: readonly ItemRowForInsert[],
  now: number,
): UpsertedItem[] {
  const sqlite = storage.sqlite;
  if (!sqlite) throw new Error('SQLite handle missing');
  if (!sqlite.inTransaction) throw new Error('upsertItems must run inside a transaction');
  let statement = sqliteStatements.get(sqlite);
  if (!statement) {
    // One prepared single-row statement: better-sqlite3 runs it in microseconds, and RETURNING
    // per row keeps results in input order. We are inside the caller's Kysely transaction, which
    // holds SQLite's only connection, so these raw calls join that transaction.
    statement = sqlite.prepare(
      `insert into items (project_id, external_id, data, prediction, confidence, metadata, status, revision, created_at, updated_at, deadline_at)
       values (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)
       on conflict (project_id, external_id) do update set ${UPSERT_SET}
       returning id, revision`,
    );
    sqliteStatements.set(sqlite, statement);
  }
  const run = statement;
  return rows.map((row) => {
    const result = run.get(
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
    ) as { id: number; revision: number };
    return { id: result.id, revision: result.revision };
  });
}

async function upsertItemsPostgres(
  db: Executor,
  projectId: number,
  rows: readonly ItemRowForInsert[],
  now: number,
): Promise<UpsertedItem[]> {
  const columns = {
    externalIds: [] as (string | null)[],
    data: [] as string[],
    predictions: [] as (string | null)[],
    confidences: [] as (number | null)[],
    metadata: [] as string[],
    statuses: [] as string[],
    deadlines: [] as (number | null)[],
  };
  for (const row of rows) {
    columns.externalIds.push(row.externalId);
    columns.data.push(row.data);
    columns.predictions.push(row.prediction);
    columns.confidences.push(row.confidence);
    columns.metadata.push(row.metadata);
    columns.statuses.push(row.status);
    columns.deadlines.push(row.deadlineAt);
  }
  // One statement for the whole batch: the columns travel as arrays and unnest turns them back
  // into rows, so the server parses the batch once (close to COPY, but with ON CONFLICT).
  const result = await sql<{ id: number; revision: number; external_id: string | null }>`
    insert into items (project_id, external_id, data, prediction, confidence, metadata, status, revision, created_at, updated_at, deadline_at)
    select ${projectId}, external_id, data::json, prediction::json, confidence, metadata::jsonb, status, 1, ${now}, ${now}, deadline_at
    from unnest(${columns.externalIds}::text[], ${columns.data}::text[], ${columns.predictions}::text[],
                ${columns.confidences}::float8[], ${columns.metadata}::text[], ${columns.statuses}::text[],
                ${columns.deadlines}::int8[])
      with ordinality as t(external_id, data, prediction, confidence, metadata, status, deadline_at, ord)
    order by ord
    on conflict (project_id, external_id) do update set ${sql.raw(UPSERT_SET)}
    returning id, revision, external_id`.execute(db);
  if (result.rows.length !== rows.length) {
    throw new Error(`upsert returned ${result.rows.length} rows for ${rows.length}`);
  }
  // Match results by external id; rows without one never conflict and come back in input order.
  const byExternalId = new Map<string, UpsertedItem>();
  const anonymous: UpsertedItem[] = [];
  for (const row of result.rows) {
    const item = { id: Number(row.id), revision: row.revision };
    if (row.external_id === null) anonymous.push(item);
    else byExternalId.set(row.external_id, item);
  }
  let next = 0;
  return rows.map((row) => {
    const item = row.externalId === null ? anonymous[next++] : byExternalId.get(row.externalId);
    if (!item) throw new Error('upsert result missing for a row');
    return item;
  });
}
