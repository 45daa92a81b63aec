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
  readonly slots: { k: number; role: string; priority: number; audit: boolean } | null;
}

export interface UpsertedItem {
  readonly id: number;
  /** 1 when the row was created, more when an existing external id was updated. */
  readonly revision: number;
}

/**
 * Inserts rows, or updates the item with the same (project, external id), and opens the review
 * slots of each created row. Must run inside the caller's transaction (`db`). Returns one result
 * per row, in order; the caller must not pass the same external id twice. This is Tandem's ingest
 * hot path, so each engine gets its fastest form: one statement per batch on PostgreSQL, cached
 * prepared statements on SQLite.
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
  metadata = excluded.metadata, gold_answer = excluded.gold_answer, revision = items.revision + 1,
  updated_at = excluded.updated_at`;

const sqliteStatements = new WeakMap<
  SqliteDatabase.Database,
  { upsert: SqliteDatabase.Statement; slot: SqliteDatabase.Statement }
>();

function upsertItemsSqlite(
  storage: Storage,
  projectId: number,
  rows: readonly ItemRowForInsert[],
  now: number,
): UpsertedItem[] {
  const sqlite = storage.sqlite;
  if (!sqlite) throw new Error('SQLite handle missing');
  if (!sqlite.inTransaction) throw new Error('upsertItems must run inside a transaction');
  let statements = sqliteStatements.get(sqlite);
  if (!statements) {
    // Prepared once per database: better-sqlite3 runs each in microseconds, and RETURNING per row
    // keeps results in input order. We are inside the caller's Kysely transaction, which holds
    // SQLite's only connection, so these raw calls join that transaction.
    statements = {
      upsert: sqlite.prepare(
        `insert into items (project_id, external_id, data, prediction, confidence, metadata, status, revision, created_at, updated_at, deadline_at, gold_answer)
         values (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)
         on conflict (project_id, external_id) do update set ${UPSERT_SET}
         returning id, revision`,
      ),
      slot: sqlite.prepare(
        `insert into tasks (project_id, item_id, phase, role, priority, state, audit, available_at, created_at)
         values (?, ?, 'review', ?, ?, 'queued', ?, ?, ?)`,
      ),
    };
    sqliteStatements.set(sqlite, statements);
  }
  const { upsert, slot } = statements;
  return rows.map((row) => {
    const result = upsert.get(
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
    ) as { id: number; revision: number };
    if (result.revision === 1 && row.slots) {
      for (let i = 0; i < row.slots.k; i++) {
        slot.run(projectId, result.id, row.slots.role, row.slots.priority, row.slots.audit ? 1 : 0, now, now);
      }
    }
    return { id: result.id, revision: result.revision };
  });
}

async function upsertItemsPostgres(
  db: Executor,
  projectId: number,
  rows: readonly ItemRowForInsert[],
  now: number,
): Promise<UpsertedItem[]> {
  const c = {
    externalIds: [] as (string | null)[],
    data: [] as string[],
    predictions: [] as (string | null)[],
    confidences: [] as (number | null)[],
    metadata: [] as string[],
    golds: [] as (string | null)[],
    statuses: [] as string[],
    deadlines: [] as (number | null)[],
    slotCounts: [] as number[],
    slotRoles: [] as (string | null)[],
    slotPriorities: [] as number[],
    slotAudits: [] as number[],
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
    c.slotCounts.push(row.slots?.k ?? 0);
    c.slotRoles.push(row.slots?.role ?? null);
    c.slotPriorities.push(row.slots?.priority ?? 0);
    c.slotAudits.push(row.slots?.audit ? 1 : 0);
  }
  // One statement for the whole batch. The columns travel as arrays and unnest turns them back
  // into rows; each row draws its would-be id first, so a created row is recognised by
  // `id = new_id` (an updated one keeps its old id) and its slots are inserted in the same
  // statement; the final select reports every row with its input position.
  const result = await sql<{ ord: number; id: number; revision: number }>`
    with input as materialized (
      select t.*, nextval('items_id_seq') as new_id
      from unnest(${c.externalIds}::text[], ${c.data}::text[], ${c.predictions}::text[], ${c.confidences}::float8[],
                  ${c.metadata}::text[], ${c.statuses}::text[], ${c.deadlines}::int8[], ${c.slotCounts}::int4[],
                  ${c.slotRoles}::text[], ${c.slotPriorities}::int4[], ${c.slotAudits}::int4[], ${c.golds}::text[])
        with ordinality as t(external_id, data, prediction, confidence, metadata, status, deadline_at,
                             slot_count, slot_role, slot_priority, slot_audit, gold_answer, ord)
    ), written as (
      insert into items (id, project_id, external_id, data, prediction, confidence, metadata, status, revision, created_at, updated_at, deadline_at, gold_answer)
      select new_id, ${projectId}, external_id, data::json, prediction::json, confidence, metadata::jsonb, status, 1, ${now}, ${now}, deadline_at, gold_answer::json
      from input order by ord
      on conflict (project_id, external_id) do update set ${sql.raw(UPSERT_SET)}
      returning id, revision, external_id
    ), slots as (
      insert into tasks (project_id, item_id, phase, role, priority, state, audit, available_at, created_at)
      select ${projectId}, i.new_id, 'review', i.slot_role, i.slot_priority, 'queued', i.slot_audit, ${now}, ${now}
      from input i join written w on w.id = i.new_id, generate_series(1, i.slot_count)
      where i.slot_count > 0
    )
    select i.ord, w.id, w.revision from written w join input i on w.id = i.new_id
    union all
    select i.ord, w.id, w.revision from written w join input i on w.external_id = i.external_id and w.id <> i.new_id`.execute(
    db,
  );
  if (result.rows.length !== rows.length) {
    throw new Error(`upsert returned ${result.rows.length} rows for ${rows.length}`);
  }
  const byPosition: UpsertedItem[] = new Array(rows.length);
  for (const row of result.rows) byPosition[Number(row.ord) - 1] = { id: Number(row.id), revision: row.revision };
  return byPosition;
}
