import { readJson } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import { SOURCE_PAGE_ROWS, selectCurrentDecisions } from '../formats/live-source.js';
import { EXPORT_FORMATS, type ExportFormatName } from '../formats/registry.js';
import { type ExportDownload, exportContext } from '../formats/service.js';
import type { ExportRecord, RecordSource } from '../formats/types.js';
import type { Project } from '../projects/store.js';
import { exportSelection } from './bulk.js';
import type { ExplorerFilter } from './contracts.js';
import { filteredItems } from './query.js';

/** The items matching an explorer filter, now, in id order by keyset pages (any export format). */
export function explorerRecordSource(storage: Storage, projectId: number, filter: ExplorerFilter): RecordSource {
  return {
    async *pages() {
      let afterId = 0;
      for (;;) {
        const rows = await filteredItems(storage, projectId, filter)
          .where('items.id', '>', afterId)
          .select([
            'items.id',
            'items.external_id',
            'items.data',
            'items.prediction',
            'items.confidence',
            'items.metadata',
            'items.status',
          ])
          .orderBy('items.id')
          .limit(SOURCE_PAGE_ROWS)
          .execute();
        if (rows.length === 0) return;
        const decided = rows.filter((row) => row.status === 'decided').map((row) => Number(row.id));
        const decisions = await selectCurrentDecisions(storage, decided);
        yield rows.map((row): ExportRecord => {
          const decision = decisions.get(Number(row.id));
          return {
            itemId: Number(row.id),
            externalId: row.external_id,
            data: readJson(row.data),
            prediction: row.prediction === null ? null : readJson(row.prediction),
            confidence: row.confidence,
            metadata: readJson(row.metadata),
            decisionId: decision?.id ?? null,
            answer: decision?.answer ?? null,
          };
        });
        afterId = Number(rows[rows.length - 1]?.id ?? afterId);
        if (rows.length < SOURCE_PAGE_ROWS) return;
      }
    },
  };
}

/** How many items an explorer export will read: the total its progress counts towards. */
export async function countExplorerSelection(
  storage: Storage,
  project: Project,
  filter: ExplorerFilter,
): Promise<number> {
  const row = await filteredItems(storage, project.id, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The items matching an explorer filter in any registered format. JSONL and CSV keep the fast
 * path of GET …/export (same lines and columns); the others read records like a live export.
 * A format that does not fit the label schema fails here, before any byte is sent.
 */
export async function exportExplorerSelection(
  storage: Storage,
  project: Project,
  filter: ExplorerFilter,
  formatName: ExportFormatName,
  question: string | undefined,
): Promise<ExportDownload> {
  const format = EXPORT_FORMATS[formatName];
  const fileName = `${project.slug}-selection.${format.extension}`;
  if (formatName === 'jsonl' || formatName === 'csv') {
    return { contentType: format.contentType, fileName, chunks: exportSelection(storage, project, filter, formatName) };
  }
  const context = await exportContext(storage, project, question);
  format.check?.(context);
  return {
    contentType: format.contentType,
    fileName,
    chunks: format.write(explorerRecordSource(storage, project.id, filter), context),
  };
}
