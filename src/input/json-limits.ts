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
 * Recursion stops one level past `maxDepth`, so a value nested 100,000 deep is reported, never a
 * stack overflow. `skip` names paths whose contents are checked elsewhere (batch rows, one by
 * one); `depth` is the depth of `value` itself (0 for a wrapper whose fields get the full limit,
 * like an item row).
 */
export function findJsonProblem(
  value: unknown,
  limits: JsonLimits,
  base: readonly string[] = [],
  options: { skip?: (path: readonly string[]) => boolean; depth?: number } = {},
): FieldIssue | undefined {
  const found = walk(value, options.depth ?? 1, limits, options.skip, base);
  return found && { path: showNul([...base, ...found.path.reverse()].join('.')), message: found.message };
}

/** A problem found below: its path is collected in reverse while the recursion unwinds. */
interface Found {
  readonly path: string[];
  readonly message: string;
}

function walk(
  node: unknown,
  depth: number,
  limits: JsonLimits,
  skip: ((path: readonly string[]) => boolean) | undefined,
  base: readonly string[],
  parents: readonly string[] = [],
): Found | undefined {
  if (typeof node === 'string') {
    return node.includes('\u0000') ? { path: [], message: 'must not contain a NUL character (\\u0000)' } : undefined;
  }
  if (node === null || typeof node !== 'object') return undefined;
  if (depth > limits.maxDepth) {
    return { path: [], message: `is nested too deeply: at most ${limits.maxDepth} levels of objects and arrays` };
  }
  // Only batches ask to skip a path; building it costs nothing otherwise.
  if (skip?.([...base, ...parents])) return undefined;
  const here = skip ? parents : undefined;
  if (Array.isArray(node)) {
    for (let index = 0; index < node.length; index += 1) {
      const found = walk(node[index], depth + 1, limits, skip, base, here ? [...here, String(index)] : parents);
      if (found) {
        found.path.push(String(index));
        return found;
      }
    }
    return undefined;
  }
  const keys = Object.keys(node);
  if (keys.length > limits.maxKeys) return { path: [], message: `has ${keys.length} keys; at most ${limits.maxKeys}` };
  for (const key of keys) {
    if (key.includes('\u0000')) return { path: [key], message: 'the key must not contain a NUL character (\\u0000)' };
    const found = walk(
      (node as Record<string, unknown>)[key],
      depth + 1,
      limits,
      skip,
      base,
      here ? [...here, key] : parents,
    );
    if (found) {
      found.path.push(key);
      return found;
    }
  }
  return undefined;
}
