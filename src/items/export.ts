import { stringify } from 'csv-stringify/sync';
import { recordAudit } from '../audit/record.js';
import type { Storage } from '../db/storage.js';
import type { Project } from '../projects/store.js';
import type { User } from '../users/store.js';
import type { ItemFilter } from './contracts.js';
import { type RawItemRow, selectRawDecisions, selectRawItemsPage } from './store.js';

type RawDecision = { answer: string; method: string; agreement: number | null; created_at: number };

export type ExportFormat = 'jsonl' | 'csv';

/** Rows read per query: large enough to amortise the round trip, small enough to keep memory flat. */
const PAGE_ROWS = 1_000;

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
  'decision',
  'decision_method',
  'decision_agreement',
] as const;

/** Every export is on the record: who took which slice of the project, in which format. */
export async function recordExportStarted(
  storage: Storage,
  project: Project,
  actor: User,
  details: Readonly<Record<string, unknown>>,
): Promise<void> {
  await recordAudit(storage.db, { actorId: actor.id, action: 'export.started', projectId: project.id, details });
}

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
    // Only decided items have a current decision worth exporting (a re-routed item keeps history).
    const decided = rows.filter((row) => row.status === 'decided').map((row) => row.id);
    const decisions = await selectRawDecisions(storage, decided);
    yield format === 'jsonl'
      ? rows.map((row) => jsonLine(row, decisions.get(row.id))).join('')
      : stringify(rows.map((row) => csvCells(row, decisions.get(row.id))));
    afterId = (rows.at(-1) as RawItemRow).id;
    if (rows.length < PAGE_ROWS) return;
  }
}

function decisionJson(decision: RawDecision | undefined): string {
  if (!decision) return 'null';
  return `{"answer":${decision.answer},"method":"${decision.method}","agreement":${decision.agreement ?? 'null'},"decidedAt":"${new Date(decision.created_at).toISOString()}"}`;
}

function jsonLine(row: RawItemRow, decision: RawDecision | undefined): string {
  return `{"id":${row.id},"externalId":${row.external_id === null ? 'null' : JSON.stringify(row.external_id)},"status":${JSON.stringify(row.status)},"data":${row.data},"prediction":${row.prediction ?? 'null'},"confidence":${row.confidence ?? 'null'},"metadata":${row.metadata},"revision":${row.revision},"createdAt":"${new Date(Number(row.created_at)).toISOString()}","updatedAt":"${new Date(Number(row.updated_at)).toISOString()}","decision":${decisionJson(decision)}}\n`;
}

function csvCells(row: RawItemRow, decision: RawDecision | undefined): (string | number)[] {
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
    decision?.answer ?? '',
    decision?.method ?? '',
    decision?.agreement ?? '',
  ];
}
