import { createHash } from 'node:crypto';

/** The hash before the first record. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields a record's hash covers: everything it says, and where it sits in the chain. */
export interface ChainedFields {
  readonly seq: number;
  readonly prevHash: string;
  readonly id: number;
  readonly createdAt: number;
  readonly actorId: number | null;
  readonly action: string;
  readonly projectId: number | null;
  readonly target: string | null;
  readonly details: unknown;
}

/**
 * SHA-256 over a canonical form (keys sorted at every level), so the same record hashes the same
 * whichever engine stored it and however its JSON came back.
 */
export function hashRecord(fields: ChainedFields): string {
  return createHash('sha256').update(canonicalJson(fields)).digest('hex');
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
