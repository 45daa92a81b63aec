import type SqliteDatabase from 'better-sqlite3';
import type { Storage } from './storage.js';

/** One item row ready for storage (JSON already serialised). */
export interface ItemRowForInsert {
  readonly externalId: string | null;
  readonly data: string;
  readonly prediction: string | null;
  readonly confidence: number | null;
  readonly metadata: string;
}

export interface UpsertedItem {
  readonly id: number;
  /** 1 when the row was created, more when an existing external id was updated. */
  readonly revision: number;
}

/**
 * Inserts rows, or updates the item with the same (project, external id), in one transaction.
 * Returns one result per row, in order. The caller must not pass the same external id twice.
 * This is Tandem's ingest hot path, so each engine gets its fastest form here.
 */
export async function upsertItems(
  storage: Storage,
  projectId: number,
  status: string,
  rows: readonly ItemRowForInsert[],
  now: number,
): Promise<UpsertedItem[]> {
  if (rows.length === 0) return [];
  return storage.engine === 'sqlite'
    ? upsertItemsSqlite(storage, projectId, status, rows, now)
    : upsertItemsPostgres(storage, projectId, status, rows, now);
}

const UPSERT_SET = `data = excluded.data, prediction = excluded.prediction, confidence = excluded.confidence,
  metadata = excluded.metadata, revision = items.revision + 1, updated_at = excluded.updated_at`;

const sqliteStatements = new WeakMap<SqliteDatabase.Database, SqliteDatabase.Statement>();

async function upsertItemsSqlite(
  storage: Storage,
  projectId: number,
  status: string,
  rows: readonly ItemRowForInsert[],
  now: number,
): Promise<UpsertedItem[]> {
  const sqlite = storage.sqlite;
  if (!sqlite) throw new Error('SQLite handle missing');
  let statement = sqliteStatements.get(sqlite);
  if (!statement) {
    // One prepared single-row statement: better-sqlite3 runs it in a few microseconds, and
    // RETURNING per row keeps results in input order without relying on multi-row ordering.
    statement = sqlite.prepare(
      `insert into items (project_id, external_id, data, prediction, confidence, metadata, status, revision, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
       on conflict (project_id, external_id) do update set ${UPSERT_SET}
       returning id, revision`,
    );
    sqliteStatements.set(sqlite, statement);
  }
  const run = statement;
  const insertAll = sqlite.transaction((batch: readonly ItemRowForInsert[]) =>
    batch.map((row) => {
      const result = run.get(
        projectId,
        row.externalId,
        row.data,
        row.prediction,
        row.confidence,
        row.metadata,
        status,
        now,
        now,
      ) as { id: number; revision: number };
      return { id: result.id, revision: result.revision };
    }),
  );
  // Hold Kysely's single connection so no Kysely transaction is open around our raw one.
  return storage.db.connection().execute(async () => insertAll(rows));
}

async function upsertItemsPostgres(
  storage: Storage,
  projectId: number,
  status: string,
  rows: readonly ItemRowForInsert[],
  now: number,
): Promise<UpsertedItem[]> {
  const pool = storage.pgPool;
  if (!pool) throw new Error('PostgreSQL pool missing');
  const externalIds: (string | null)[] = [];
  const data: string[] = [];
  const predictions: (string | null)[] = [];
  const confidences: (number | null)[] = [];
  const metadata: string[] = [];
  for (const row of rows) {
    externalIds.push(row.externalId);
    data.push(row.data);
    predictions.push(row.prediction);
    confidences.push(row.confidence);
    metadata.push(row.metadata);
  }
  // One statement for the whole batch: the columns travel as five arrays and unnest turns them
  // back into rows, so the server parses the batch once (close to COPY, but with ON CONFLICT).
  const result = await pool.query<{ id: number; revision: number; external_id: string | null }>(
    `with input as (
       select * from unnest($3::text[], $4::text[], $5::text[], $6::float8[], $7::text[])
         with ordinality as t(external_id, data, prediction, confidence, metadata, ord)
     ), written as (
       insert into items (project_id, external_id, data, prediction, confidence, metadata, status, revision, created_at, updated_at)
       select $1, external_id, data::json, prediction::json, confidence, metadata::jsonb, $2, 1, $8, $8
       from input order by ord
       on conflict (project_id, external_id) do update set ${UPSERT_SET}
       returning id, revision, external_id
     )
     select * from written`,
    [projectId, status, externalIds, data, predictions, confidences, metadata, now],
  );
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
