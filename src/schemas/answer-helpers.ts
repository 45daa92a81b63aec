import type { Issue } from './issues.js';
import { describeValue, quoteList } from './issues.js';

/** An issue whose path is relative to one question's answer value. */
export type RelativeIssue = Issue;

export function issueAt(path: readonly (string | number)[], message: string): RelativeIssue {
  return { path, message };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own keys only, so a field named "constructor" or "toString" never reads the prototype. */
export function readOwn(record: unknown, key: string): unknown {
  return isPlainObject(record) && Object.hasOwn(record, key) ? record[key] : undefined;
}

export function expectedOneOf(allowed: readonly string[], got: unknown): string {
  return `expected one of ${quoteList(allowed)}; got ${describeValue(got)}`;
}

export function isIntegerInRange(value: unknown, min: number, max: number): value is number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
}
