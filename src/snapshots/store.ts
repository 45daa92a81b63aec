import { readJson } from '../db/dialect.js';
import type { Executor } from '../db/executor.js';
import type { ExportRecord, RecordSource } from '../formats/types.js';
import type { LabelSchema } from '../schemas/label-schema.js';
import type { SnapshotCounts } from './contracts.js';

export interface Snapshot {
  readonly id: number;
  readonly projectId: number;
  readonly name: string;
  readonly reason: string;
  readonly filter: Record<string, unknown>;
  readonly labelSchema: LabelSchema;
  readonly schemaHash: string;
  readonly counts: SnapshotCounts;
  readonly contentHash: string;
  readonly createdBy: number | null;
  readonly createdAt: number;
}

const columns = [
  'id',
  'project_id',
  'name',
  'reason',
  'filter',
  'label_schema',
  'schema_hash',
  'counts',
  'content_hash',
  'created_by',
  'created_at',
] as const;

type SnapshotRow = {
  id: number;
  project_id: number;
  name: string;
  reason: string;
  filter: unknown;
  label_schema: unknown;
  schema_hash: string;
  counts: unknown;
  content_hash: string;
  created_by: number | null;
  created_at: number;
};

function toSnapshot(row: SnapshotRow): Snapshot {
  return {
    id: Number(row.id),
    projectId: Number(row.project_id),
    name: row.name,
    reason: row.reason,
    filter: readJson(row.filter),
    labelSchema: readJson(row.label_schema),
    schemaHash: row.schema_hash,
    counts: readJson(row.counts),
    contentHash: row.content_hash,
    createdBy: row.created_by === null ? null : Number(row.created_by),
    createdAt: Number(row.created_at),
  };
}

export async function selectSnapshot(db: Executor, projectId: number, id: number): Promise<Snapshot | undefined> {
  const row = await db
    .selectFrom('snapshots')
    .select(columns)
    .where('project_id', '=', projectId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toSnapshot(row) : undefined;
}

export async function selectSnapshots(db: Executor, projectId: number): Promise<Snapshot[]> {
  const rows = await db
    .selectFrom('snapshots')
    .select(columns)
    .where('project_id', '=', projectId)
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toSnapshot);
}

export async function insertSnapshot(
  db: Executor,
  row: Omit<Snapshot, 'id' | 'name' | 'counts' | 'contentHash'> & { name: string | undefined },
): Promise<number> {
  const inserted = await db
    .insertInto('snapshots')
    .values({
      project_id: row.projectId,
      name: row.name ?? '',
      reason: row.reason,
      filter: JSON.stringify(row.filter),
      label_schema: JSON.stringify(row.labelSchema),
      schema_hash: row.schemaHash,
      counts: JSON.stringify({}),
      content_hash: '',
      created_by: row.createdBy,
      created_at: row.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(inserted.id);
}

/** Sets what is only known once every record is copied; the one update a snapshot ever gets. */
export async function sealSnapshot(
  db: Executor,
  id: number,
  sealed: { name: string; counts: SnapshotCounts; contentHash: string },
): Promise<void> {
  await db
    .updateTable('snapshots')
    .set({ name: sealed.name, counts: JSON.stringify(sealed.counts), content_hash: sealed.contentHash })
    .where('id', '=', id)
    .execute();
}

export async function insertSnapshotItems(
  db: Executor,
  rows: readonly { snapshot_id: number; seq: number; item_id: number; decision_id: number | null; record: string }[],
): Promise<void> {
  // 5 parameters a row: 150 rows stay under SQLite's and PostgreSQL's parameter limits.
  for (let start = 0; start < rows.length; start += 150) {
    await db
      .insertInto('snapshot_items')
      .values(rows.slice(start, start + 150))
      .execute();
  }
}

/** Rows read per query when a snapshot is exported or compared. */
const PAGE_ROWS = 1_000;

/** A snapshot's records in their stored order, a page at a time. */
export function snapshotRecordSource(db: Executor, snapshotId: number): RecordSource {
  return {
    async *pages() {
      let afterSeq = -1;
      for (;;) {
        const rows = await db
          .selectFrom('snapshot_items')
          .select(['seq', 'record'])
          .where('snapshot_id', '=', snapshotId)
          .where('seq', '>', afterSeq)
          .orderBy('seq')
          .limit(PAGE_ROWS)
          .execute();
        if (rows.length === 0) return;
        yield rows.map((row) => JSON.parse(row.record) as ExportRecord);
        afterSeq = Number(rows[rows.length - 1]?.seq);
        if (rows.length < PAGE_ROWS) return;
      }
    },
  };
}
