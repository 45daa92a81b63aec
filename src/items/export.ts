import { stringify } from 'csv-stringify/sync';
import { recordAudit } from '../audit/record.js';
import type { Storage } from '../db/storage.js';
import type { Project } from '../projects/store.js';
import type { User } from '../users/store.js';
import type { ItemFilter } from './contracts.js';
import { type RawExportRow, type RawItemRow, selectExportPage, selectRawDecisions } from './store.js';

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
 * Streams a project's items as JSONL or CSV text chunks, one page at a time (keyset pagination,
 * each page one query joining the current decisions), so memory stays flat however many items
 * there are. JSON columns are copied as stored text. The consumer pulls: a page is read only when
 * the previous one was taken (an async generator under `Readable.from` waits for backpressure).
 */
export async function* exportItems(
  storage: Storage,
  project: Project,
  filter: ItemFilter,
  format: ExportFormat,
): AsyncGenerator<string> {
  if (format === 'csv') yield stringify([CSV_EXPORT_COLUMNS as unknown as string[]]);
  const times = new IsoTimes();
  const page = (afterId: number) => selectExportPage(storage, project.id, filter, afterId, PAGE_ROWS);
  let next = page(0);
  for (;;) {
    const rows = await next;
    if (rows.length === 0) return;
    const full = rows.length === PAGE_ROWS;
    // Ask for the next page before formatting this one: on PostgreSQL the server reads it while
    // we format (one page ahead at most, so memory stays flat). Its failure surfaces at the await.
    if (full) {
      next = page(Number((rows.at(-1) as RawExportRow).id));
      next.catch(() => {});
    }
    yield formatPage(rows, format, times);
    if (!full) return;
  }
}

/**
 * Epoch ms → ISO text, remembering the last few: rows written by one batch share their times,
 * and `toISOString` was a fair share of the per-row cost (bench/export).
 */
class IsoTimes {
  private readonly cache = new Map<number, string>();

  of(ms: number | string): string {
    const key = Number(ms);
    let text = this.cache.get(key);
    if (text === undefined) {
      if (this.cache.size >= 64) this.cache.clear();
      text = new Date(key).toISOString();
      this.cache.set(key, text);
    }
    return text;
  }
}

function formatPage(rows: readonly RawExportRow[], format: ExportFormat, times: IsoTimes): string {
  let previousId = -1;
  if (format === 'csv') {
    const cells: (string | number)[][] = [];
    for (const row of rows) {
      // Two current decisions of one item (never expected) would repeat its line: keep the first.
      if (row.id === previousId) continue;
      previousId = row.id;
      cells.push(csvCells(row, times));
    }
    return stringify(cells);
  }
  let text = '';
  for (const row of rows) {
    if (row.id === previousId) continue;
    previousId = row.id;
    text += jsonLine(row, times);
  }
  return text;
}

function decisionJson(row: RawExportRow, times: IsoTimes): string {
  if (row.decided_at === null) return 'null';
  return `{"answer":${row.decision_answer ?? 'null'},"method":"${row.decision_method}","agreement":${row.decision_agreement ?? 'null'},"decidedAt":"${times.of(row.decided_at)}"}`;
}

function jsonLine(row: RawExportRow, times: IsoTimes): string {
  return `{"id":${row.id},"externalId":${row.external_id === null ? 'null' : JSON.stringify(row.external_id)},"status":${JSON.stringify(row.status)},"data":${row.data},"prediction":${row.prediction ?? 'null'},"confidence":${row.confidence ?? 'null'},"metadata":${row.metadata},"revision":${row.revision},"createdAt":"${times.of(row.created_at)}","updatedAt":"${times.of(row.updated_at)}","decision":${decisionJson(row, times)}}\n`;
}

function csvCells(row: RawExportRow, times: IsoTimes): (string | number)[] {
  return [
    row.id,
    row.external_id ?? '',
    row.status,
    row.confidence ?? '',
    row.data,
    row.prediction ?? '',
    row.metadata,
    row.revision,
    times.of(row.created_at),
    times.of(row.updated_at),
    row.decided_at === null ? '' : (row.decision_answer ?? 'null'),
    row.decision_method ?? '',
    row.decision_agreement ?? '',
  ];
}

/**
 * The same JSONL/CSV stream over any keyset source of rows (the data explorer's filtered
 * selection, issue 14): `nextPage(afterId, limit)` returns rows in id order.
 */
export async function* exportRowPages(
  storage: Storage,
  format: ExportFormat,
  nextPage: (afterId: number, limit: number) => Promise<RawItemRow[]>,
): AsyncGenerator<string> {
  if (format === 'csv') yield stringify([CSV_EXPORT_COLUMNS as unknown as string[]]);
  const times = new IsoTimes();
  let afterId = 0;
  for (;;) {
    const rows = await nextPage(afterId, PAGE_ROWS);
    if (rows.length === 0) return;
    const decisions = await selectRawDecisions(
      storage,
      rows.filter((row) => row.status === 'decided').map((row) => row.id),
    );
    const joined = rows.map((row): RawExportRow => {
      const decision = decisions.get(row.id);
      return {
        ...row,
        decision_answer: decision?.answer ?? null,
        decision_method: decision?.method ?? null,
        decision_agreement: decision?.agreement ?? null,
        decided_at: decision?.created_at ?? null,
      };
    });
    yield formatPage(joined, format, times);
    afterId = (rows.at(-1) as RawItemRow).id;
    if (rows.length < PAGE_ROWS) return;
  }
}
