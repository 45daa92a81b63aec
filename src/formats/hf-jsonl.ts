import type { ExportFormat, ExportRecord } from './types.js';

/**
 * Hugging Face-friendly JSONL: flat rows `datasets.load_dataset("json", …)` reads into columns.
 * `id` (the external id, else the item id), then the item's data fields, then one column per
 * question holding the decided answer (`answer_<name>` when a data field already has the name).
 * Only decided items: a training row without a label teaches nothing.
 */
export const hfJsonlFormat: ExportFormat = {
  name: 'hf-jsonl',
  description: 'Hugging Face-friendly JSONL: id, the data fields and one column per question (decided items)',
  contentType: 'application/x-ndjson; charset=utf-8',
  extension: 'jsonl',
  async *write(source, context) {
    const names = context.labelSchema.questions.map((question) => question.name);
    for await (const page of source.pages()) {
      yield page
        .filter((record) => record.answer !== null)
        .map((record) => `${JSON.stringify(flatRow(record, names))}\n`)
        .join('');
    }
  },
};

function flatRow(record: ExportRecord, questionNames: readonly string[]): Record<string, unknown> {
  const row: Record<string, unknown> = { id: record.externalId ?? String(record.itemId) };
  for (const [key, value] of Object.entries(record.data)) if (key !== 'id') row[key] = value;
  for (const name of questionNames) {
    const column = Object.hasOwn(row, name) ? `answer_${name}` : name;
    row[column] = record.answer?.[name] ?? null;
  }
  return row;
}
