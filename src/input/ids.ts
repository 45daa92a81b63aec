import { z } from 'zod';

/**
 * Numbers in paths and query strings, parsed strictly. `z.coerce.number()` takes `0x10`, ` 1`,
 * `1e3` and `""` (as 0), and a 20-digit id overflows PostgreSQL's bigint (a 500 before issue 8);
 * here only plain digits in range are numbers, everything else is a 400 naming the field.
 */

/** The largest id we accept: every id column is a 64-bit integer, and JS numbers are exact up to here. */
export const MAX_ID = Number.MAX_SAFE_INTEGER;

const ID_PATTERN = /^[1-9][0-9]{0,15}$/;

/** An id as a path segment or query value: digits only, no sign, no leading zero, at most MAX_ID. */
export function parseIdText(raw: string | undefined): number | undefined {
  if (raw === undefined || !ID_PATTERN.test(raw)) return undefined;
  const value = Number(raw);
  return value <= MAX_ID ? value : undefined;
}

/** A row id in a path (`/tasks/:taskId`). */
export const IdParam = z
  .string()
  .regex(ID_PATTERN, 'must be a positive whole number written in digits')
  .refine((raw) => Number(raw) <= MAX_ID, `must be at most ${MAX_ID}`)
  .transform(Number);

/** A whole number in a query string (`limit=100`): digits only, within [min, max]. */
export function queryInt(min: number, max: number) {
  return z
    .string()
    .regex(/^[0-9]{1,16}$/, 'must be a whole number written in digits')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
}

/** A decimal number in a query string (`minConfidence=0.9`): digits with an optional fraction. */
export function queryDecimal(min: number, max: number) {
  return z
    .string()
    .regex(/^[0-9]{1,16}(\.[0-9]{1,16})?$/, 'must be a number written in digits, e.g. 0.5')
    .transform(Number)
    .pipe(z.number().min(min).max(max));
}
