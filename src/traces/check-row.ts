import type { z } from 'zod';
import type { FieldIssue } from '../errors.js';
import { findJsonProblem, type JsonLimits } from '../input/json-limits.js';
import { zodIssueDetails } from '../input/zod-issues.js';

/** A trace's input and output sit one level down in its review item's data: one level less here. */
const TRACE_JSON_LIMITS: JsonLimits = { maxDepth: 30, maxKeys: 1_000 };

/** A JSONL line that is not JSON: reported as its row's problem. */
export class UnparsableLine {}

/** One row checked: NUL, depth and key limits first (iteratively), then the contract. */
export function checkRow<T>(
  schema: z.ZodType<T>,
  raw: unknown,
): { success: true; data: T } | { success: false; issues: FieldIssue[] } {
  if (raw instanceof UnparsableLine) return { success: false, issues: [{ path: '', message: 'is not valid JSON' }] };
  const shape = findJsonProblem(raw, TRACE_JSON_LIMITS, [], { depth: 0 });
  if (shape) return { success: false, issues: [shape] };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { success: false, issues: zodIssueDetails(parsed.error.issues) };
  return { success: true, data: parsed.data };
}
