import { stringify } from 'csv-stringify/sync';
import { exportItems } from '../items/export.js';
import type { LiveExport } from './jsonl.js';
import type { ExportFormat, ExportRecord } from './types.js';

const SNAPSHOT_COLUMNS = [
  'id',
  'external_id',
  'confidence',
  'data',
  'prediction',
  'metadata',
  'decision_id',
  'decision',
];

/** Tandem's CSV: JSON columns as JSON text. Live exports use the fast path in src/items/export.ts. */
export const csvFormat: ExportFormat & LiveExport = {
  name: 'csv',
  description: "Tandem's CSV: one row per item, JSON columns as JSON text",
  contentType: 'text/csv; charset=utf-8',
  extension: 'csv',
  live: (storage, project, filter) => exportItems(storage, project, filter, 'csv'),
  async *write(source) {
    yield stringify([SNAPSHOT_COLUMNS]);
    for await (const page of source.pages()) yield stringify(page.map(recordCells));
  },
};

function recordCells(record: ExportRecord): (string | number)[] {
  return [
    record.itemId,
    record.externalId ?? '',
    record.confidence ?? '',
    JSON.stringify(record.data),
    record.prediction === null ? '' : JSON.stringify(record.prediction),
    JSON.stringify(record.metadata),
    record.decisionId ?? '',
    record.answer === null ? '' : JSON.stringify(record.answer),
  ];
}
