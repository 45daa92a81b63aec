import type { LabelSchema } from '../schemas/index.js';

/**
 * Maps one CSV record to an item. Columns: `external_id`, `prediction` (a JSON object, or a plain
 * value for the schema's only question, or its only required one), `confidence`, `tags` (separated by `;`), `risk`,
 * `meta.<key>` for metadata, `data` (a JSON object) — and every other column becomes a data field.
 */
export function csvRecordToItem(
  record: Record<string, string>,
  schema: LabelSchema,
): { value: unknown; readAs?: PlainPrediction } | { error: string } {
  let readAs: PlainPrediction | undefined;
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
      if (cell !== '') {
        const prediction = parsePrediction(cell, schema);
        if ('error' in prediction) return { error: `column "prediction": ${prediction.error}` };
        item.prediction = prediction.value;
        readAs = prediction.readAs;
      }
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
  return readAs ? { value: item, readAs } : { value: item };
}

/** A prediction cell holding a plain value, read as the answer to the schema's only (required) question. */
export interface PlainPrediction {
  readonly question: string;
  readonly cell: string;
}

type ParsedPrediction = { value: unknown; readAs?: PlainPrediction } | { error: string };

function parsePrediction(cell: string, schema: LabelSchema): ParsedPrediction {
  const trimmed = cell.trim();
  const shown = JSON.stringify(trimmed.length > 40 ? `${trimmed.slice(0, 37)}…` : trimmed);
  if (trimmed.startsWith('{')) {
    const parsed = tryJson(trimmed);
    if (parsed === undefined)
      return { error: `${shown} starts like a JSON object but is not valid JSON (${jsonError(trimmed)})` };
    return { value: parsed };
  }
  const required = schema.questions.filter((q) => q.required !== false);
  const only = schema.questions.length === 1 ? schema.questions[0] : required.length === 1 ? required[0] : undefined;
  if (!only) {
    return {
      error: `${shown} is not a JSON object; with ${schema.questions.length} questions write one, e.g. {"${schema.questions[0]?.name ?? 'question'}": …}`,
    };
  }
  const readAs = { question: only.name, cell: trimmed };
  if (only.type === 'rating') {
    return { value: { [only.name]: Number.isNaN(Number(trimmed)) ? trimmed : Number(trimmed) }, readAs };
  }
  if (only.type === 'single_choice' || only.type === 'pairwise' || only.type === 'text') {
    return { value: { [only.name]: cell }, readAs };
  }
  if (trimmed.startsWith('[')) {
    const parsed = tryJson(trimmed);
    if (parsed === undefined)
      return { error: `${shown} starts like a JSON list but is not valid JSON (${jsonError(trimmed)})` };
    return { value: { [only.name]: parsed }, readAs };
  }
  return { value: { [only.name]: tryJson(trimmed) ?? cell }, readAs };
}

function jsonError(text: string): string {
  try {
    JSON.parse(text);
    return 'no error';
  } catch (error) {
    return (error as Error).message;
  }
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
