import type { z } from 'zod';
import { type FieldIssue, formatPath } from '../errors.js';
import { showNul } from './json-limits.js';

/**
 * Field issues a client can act on, from zod issues. Zod reports unknown keys on the object
 * that holds them (path `""` for a top-level key); the client needs each key named:
 * `metadata.colour: is not a known field`.
 */
export function zodIssueDetails(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): FieldIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys' && issue.keys.length > 0) {
      return issue.keys.map((key) => ({
        path: showNul(formatPath([...prefix, ...issue.path, key])),
        message: `unknown field "${showNul(key)}"`,
      }));
    }
    return [{ path: showNul(formatPath([...prefix, ...issue.path])), message: issue.message }];
  });
}
