import { stringify } from 'csv-stringify/sync';
import type { Storage } from '../db/storage.js';
import type { Project } from '../projects/store.js';
import type { ItemFilter } from './contracts.js';
import { type RawItemRow, selectRawItemsPage } from './store.js';

export type ExportFormat = 'jsonl' | 'csv';

/** Rows read per query: large enough to amortise the round trip, small enough to keep memory flat. */
const PAGE_ROWS = 5_000;

export const CSV_EXPORT_COLUMNS = [
  'id',
  'external_id',
  'status',
  'confidence',
  'data',
  'prediction',
  'metadata',
  'revision',
  'created_at',
  'updated_at',
] as const;

/**
 * Streams a project's items as JSONL or CSV text chunks, one page at a time (keyset pagination),
 * so memory stays flat however many items there are. JSON columns are copied as stored text.
 */
export async function* exportItems(
  storage: Storage,
  project: Project,
  filter: ItemFilter,
  format: ExportFormat,
): AsyncGenerator<string> {
  if (format === 'csv') yield stringify([CSV_EXPORT_COLUMNS as unknown as string[]]);
  let afterId = 0;
  for (;;) {
    const rows = await selectRawItemsPage(storage, project.id, filter, afterId, PAGE_ROWS);
    if (rows.length === 0) return;
    yield format === 'jsonl' ? rows.map(jsonLine).join('') : stringify(rows.map(csvCells));
    afterId = (rows.at(-1) as RawItemRow).id;
    if (rows.length < PAGE_ROWS) return;
  }
}

function jsonLine(row: RawItemRow): string {
  return `{"id":${row.id},"externalId":${row.external_id === null ? 'null' : JSON.stringify(row.external_id)},"status":${JSON.stringify(row.status)},"data":${row.data},"prediction":${row.prediction ?? 'null'},"confidence":${row.confidence ?? 'null'},"metadata":${row.metadata},"revision":${row.revision},"createdAt":"${new Date(Number(row.created_at)).toISOString()}","updatedAt":"${new Date(Number(row.updated_at)).toISOString()}"}\n`;
}

function csvCells(row: RawItemRow): (string | number)[] {
  return [
    row.id,
    row.external_id ?? '',
    row.status,
    row.confidence ?? '',
    row.data,
    row.prediction ?? '',
    row.metadata,
    row.revision,
    new Date(Number(row.created_at)).toISOString(),
    new Date(Number(row.updated_at)).toISOString(),
  ];
}
