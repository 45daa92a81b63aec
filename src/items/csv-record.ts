import type { LabelSchema } from '../schemas/index.js';

/**
 * Maps one CSV record to an item. Columns: `external_id`, `prediction` (a JSON object, or a plain
 * value for the schema's only question, or its only required one), `confidence`, `tags` (separated by `;`), `risk`,
 * `meta.<key>` for metadata, `data` (a JSON object) — and every other column becomes a data field.
 */
export function csvRecordToItem(
  record: Record<string, string>,
  schema: LabelSchema,
): { value: unknown } | { error: string } {
  const item: Record<string, unknown> = {};
  const data: Record<string, unknown> = {};
  const metadata: Record<string, unknown> = {};
  for (const [column, cell] of Object.entries(record)) {
    const name = column.trim();
    if (name === 'external_id' || name === 'externalId') {
      if (cell !== '') item.externalId = cell;
    } else if (name === 'confidence') {
      if (cell !== '') item.confidence = Number.isNaN(Number(cell)) ? cell : Number(cell);
    } else if (name === 'prediction') {
      if (cell !== '') item.prediction = parsePrediction(cell, schema);
    } else if (name === 'tags') {
      const tags = cell
        .split(';')
        .map((tag) => tag.trim())
        .filter(Boolean);
      if (tags.length > 0) metadata.tags = tags;
    } else if (name === 'risk') {
      if (cell !== '') metadata.risk = cell;
    } else if (name.startsWith('meta.')) {
      if (cell !== '') metadata[name.slice(5)] = cell;
    } else if (name === 'data') {
      const parsed = tryJson(cell);
      if (parsed === undefined || typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        return { error: 'column "data" must hold a JSON object' };
      }
      Object.assign(data, parsed);
    } else {
      data[name] = cell;
    }
  }
  item.data = data;
  if (Object.keys(metadata).length > 0) item.metadata = metadata;
  return { value: item };
}

function parsePrediction(cell: string, schema: LabelSchema): unknown {
  const trimmed = cell.trim();
  if (trimmed.startsWith('{')) return tryJson(trimmed) ?? cell;
  const required = schema.questions.filter((q) => q.required !== false);
  const only = schema.questions.length === 1 ? schema.questions[0] : required.length === 1 ? required[0] : undefined;
  if (!only) return cell; // not an object: the validator reports it against the schema
  if (only.type === 'rating') return { [only.name]: Number.isNaN(Number(trimmed)) ? trimmed : Number(trimmed) };
  if (only.type === 'single_choice' || only.type === 'pairwise' || only.type === 'text') return { [only.name]: cell };
  return { [only.name]: tryJson(trimmed) ?? cell };
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
