import type { Storage } from '../db/storage.js';
import type { ItemFilter } from '../items/contracts.js';
import { exportItems } from '../items/export.js';
import type { Project } from '../projects/store.js';
import type { ExportFormat, ExportRecord } from './types.js';

/**
 * Tandem's own JSONL. A live export goes through the fast path in src/items/export.ts (copies
 * stored JSON text); a snapshot's records are written here with the fields a snapshot keeps.
 */
export const jsonlFormat: ExportFormat & LiveExport = {
  name: 'jsonl',
  description: "Tandem's JSONL: one item per line with its data, prediction, metadata and decision",
  contentType: 'application/x-ndjson; charset=utf-8',
  extension: 'jsonl',
  live: (storage, project, filter) => exportItems(storage, project, filter, 'jsonl'),
  async *write(source) {
    for await (const page of source.pages()) yield page.map(recordLine).join('');
  },
};

/** A format whose live export has its own streaming path (JSONL, CSV). */
export interface LiveExport {
  live(storage: Storage, project: Project, filter: ItemFilter): AsyncIterable<string>;
}

function recordLine(record: ExportRecord): string {
  return `${JSON.stringify({
    id: record.itemId,
    externalId: record.externalId,
    data: record.data,
    prediction: record.prediction,
    confidence: record.confidence,
    metadata: record.metadata,
    decision: record.answer === null ? null : { id: record.decisionId, answer: record.answer },
  })}\n`;
}
