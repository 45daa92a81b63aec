import { formatPath } from '../errors.js';
import { findJsonProblem, ITEM_JSON_LIMITS } from '../input/json-limits.js';
import { zodIssueDetails } from '../input/zod-issues.js';
import type { Project } from '../projects/store.js';
import { checkDataFields } from '../schemas/data-fields.js';
import { validateAnswer } from '../schemas/index.js';
import { ItemInput, LIMITS, type RowError } from './contracts.js';

/** A row that passed every check, serialised for storage. */
export interface PreparedItem {
  /** The parsed input, for routing. */
  readonly input: ItemInput;
  readonly externalId: string | null;
  readonly data: string;
  readonly prediction: string | null;
  readonly confidence: number | null;
  readonly metadata: string;
  readonly goldAnswer: string | null;
}

export type RowCheck =
  | { readonly ok: true; readonly item: PreparedItem }
  | { readonly ok: false; readonly errors: Omit<RowError, 'row' | 'line'>[] };

/**
 * Checks one incoming row: NUL characters, nesting and key counts first (iteratively, before
 * any recursive code sees the value), then its shape, its size, and that the prediction fits the
 * project's label schema (a prediction may answer only some questions).
 */
export function checkItemRow(project: Project, raw: unknown): RowCheck {
  // The row is a wrapper (depth 0): `data`, `prediction`, `gold`, `metadata` each get the full depth.
  const shape = findJsonProblem(raw, ITEM_JSON_LIMITS, [], { depth: 0 });
  if (shape) return { ok: false, errors: [{ code: 'VALIDATION_FAILED', ...shape }] };
  const parsed = ItemInput.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      errors: zodIssueDetails(parsed.error.issues).map((issue) => ({ code: 'VALIDATION_FAILED' as const, ...issue })),
    };
  }
  const input = parsed.data;
  const errors: Omit<RowError, 'row' | 'line'>[] = [];
  if (input.confidence !== undefined && input.prediction === undefined) {
    errors.push({ code: 'VALIDATION_FAILED', path: 'confidence', message: 'confidence needs a prediction' });
  }
  const data = JSON.stringify(input.data);
  if (data.length > LIMITS.itemBytes) {
    errors.push({
      code: 'VALIDATION_FAILED',
      path: 'data',
      message: `data is ${data.length} bytes; the limit is ${LIMITS.itemBytes}`,
    });
  }
  for (const issue of checkDataFields(project.labelSchema, input.data)) {
    errors.push({ code: 'VALIDATION_FAILED', path: formatPath(['data', issue.field]), message: issue.message });
  }
  if (input.prediction !== undefined) {
    for (const issue of validateAnswer(project.labelSchema, input.prediction, input.data, { partial: true })) {
      errors.push({
        code: 'SCHEMA_MISMATCH',
        path: formatPath(['prediction', ...issue.path]),
        message: issue.message,
      });
    }
  }
  if (input.gold !== undefined) {
    for (const issue of validateAnswer(project.labelSchema, input.gold, input.data)) {
      errors.push({ code: 'SCHEMA_MISMATCH', path: formatPath(['gold', ...issue.path]), message: issue.message });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    item: {
      input,
      externalId: input.externalId ?? null,
      data,
      prediction: input.prediction === undefined ? null : JSON.stringify(input.prediction),
      confidence: input.confidence ?? null,
      metadata: JSON.stringify(input.metadata ?? {}),
      goldAnswer: input.gold === undefined ? null : JSON.stringify(input.gold),
    },
  };
}
