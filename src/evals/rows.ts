import type { z } from 'zod';
import type { FieldIssue } from '../errors.js';

/** One row of a bulk body that could not be read: its 1-based row (JSONL line or array position) and field. */
export interface RowProblem {
  readonly row: number;
  readonly path: string;
  readonly message: string;
}

/**
 * Reads rows given either as an array or as JSON lines, checking each against `schema`. Blank
 * lines are skipped but still counted, so `row` is the line a person sees in their editor.
 */
export function readRows<T>(
  schema: z.ZodType<T>,
  given: { rows?: readonly unknown[] | undefined; jsonl?: string | undefined },
): { rows: { row: number; value: T }[]; problems: RowProblem[] } {
  const rows: { row: number; value: T }[] = [];
  const problems: RowProblem[] = [];
  const raw: { row: number; value: unknown }[] = [];
  if (given.rows) {
    for (const [index, value] of given.rows.entries()) raw.push({ row: index + 1, value });
  } else {
    const lines = (given.jsonl ?? '').split('\n');
    lines.forEach((line, index) => {
      if (line.trim() === '') return;
      try {
        raw.push({ row: index + 1, value: JSON.parse(line) });
      } catch {
        problems.push({ row: index + 1, path: '', message: 'is not valid JSON' });
      }
    });
  }
  for (const { row, value } of raw) {
    const parsed = schema.safeParse(value);
    if (parsed.success) rows.push({ row, value: parsed.data });
    else {
      for (const issue of parsed.error.issues) {
        problems.push({ row, path: issue.path.map(String).join('.'), message: issue.message });
      }
    }
  }
  return { rows, problems };
}

/** Row problems as field issues: `jsonl.3.input` (line 3) or `entries.2.input` (third element). */
export function rowIssues(problems: readonly RowProblem[], jsonl: boolean, arrayName: string): FieldIssue[] {
  return problems.slice(0, 100).map((p) => {
    const at = jsonl ? `jsonl.${p.row}` : `${arrayName}.${p.row - 1}`;
    const where = jsonl ? `line ${p.row}` : `${arrayName}[${p.row - 1}]`;
    return {
      path: p.path ? `${at}.${p.path}` : at,
      message: `${where}${p.path ? ` field ${p.path}` : ''}: ${p.message}`,
    };
  });
}
