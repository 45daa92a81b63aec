/**
 * JSON with object keys sorted at every depth, so `{ a: 1, b: 2 }` and `{ b: 2, a: 1 }` give the
 * same string; use it to compare answers for equality. Array order is kept (it is meaningful).
 * `undefined` properties are dropped, as `JSON.stringify` does.
 *
 * @example
 * stableStringify({ to: 'bob', cc: ['x'] }); // '{"cc":["x"],"to":"bob"}'
 */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'undefined';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return value;
  // fromEntries defines own properties, so a "__proto__" key stays data instead of a prototype.
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, sortKeys(record[key])]),
  );
}
