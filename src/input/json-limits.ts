import type { FieldIssue } from '../errors.js';

/**
 * Limits on free-form JSON (an item's `data`, `prediction`, `gold`, `metadata`; any request body):
 * no NUL characters (PostgreSQL text cannot hold them, SQLite would store what the other engine
 * refuses), a bounded nesting depth (deep values overflow recursive code: validators, JSON
 * readers) and a bounded number of keys per object.
 */
export interface JsonLimits {
  /** Containers (objects, arrays) nested inside the value, counting the value itself. */
  readonly maxDepth: number;
  /** Keys in any one object. */
  readonly maxKeys: number;
}

/** Limits for an item's data, prediction, gold answer and metadata (README "Limits"). */
export const ITEM_JSON_LIMITS: JsonLimits = { maxDepth: 32, maxKeys: 1_000 };

/** Limits for a whole request body: room for the item's own fields around its data. */
export const BODY_JSON_LIMITS: JsonLimits = { maxDepth: 40, maxKeys: 10_000 };

/** How a NUL looks in a path or message (the character itself would be invisible). */
export function showNul(text: string): string {
  return text.replaceAll('\u0000', '\\u0000');
}

/**
 * The first problem in `value`, with the path of the field (prefixed by `base`), or undefined.
 * Iterative, so a value nested 100,000 deep is reported rather than overflowing the stack.
 * `skip` names paths whose contents are checked elsewhere (batch rows, one by one); `depth` is
 * the depth of `value` itself (0 for a wrapper whose fields get the full limit, like an item row).
 */
export function findJsonProblem(
  value: unknown,
  limits: JsonLimits,
  base: readonly string[] = [],
  options: { skip?: (path: readonly string[]) => boolean; depth?: number } = {},
): FieldIssue | undefined {
  const { skip } = options;
  const stack: { value: unknown; path: readonly string[]; depth: number }[] = [
    { value, path: base, depth: options.depth ?? 1 },
  ];
  while (stack.length > 0) {
    const current = stack.pop() as { value: unknown; path: readonly string[]; depth: number };
    const node = current.value;
    if (typeof node === 'string') {
      if (node.includes('\u0000')) return issue(current.path, 'must not contain a NUL character (\\u0000)');
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    if (current.depth > limits.maxDepth) {
      return issue(current.path, `is nested too deeply: at most ${limits.maxDepth} levels of objects and arrays`);
    }
    if (skip?.(current.path)) continue;
    if (Array.isArray(node)) {
      for (let index = node.length - 1; index >= 0; index -= 1) {
        stack.push({ value: node[index], path: [...current.path, String(index)], depth: current.depth + 1 });
      }
      continue;
    }
    const keys = Object.keys(node);
    if (keys.length > limits.maxKeys) return issue(current.path, `has ${keys.length} keys; at most ${limits.maxKeys}`);
    for (let index = keys.length - 1; index >= 0; index -= 1) {
      const key = keys[index] as string;
      if (key.includes('\u0000')) {
        return issue([...current.path, key], 'the key must not contain a NUL character (\\u0000)');
      }
      stack.push({
        value: (node as Record<string, unknown>)[key],
        path: [...current.path, key],
        depth: current.depth + 1,
      });
    }
  }
  return undefined;
}

function issue(path: readonly string[], message: string): FieldIssue {
  return { path: showNul(path.join('.')), message };
}
