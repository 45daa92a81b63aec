import { z } from 'zod';

const Id = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

export const ListAuditQuery = z
  .object({
    project: z.string().min(1).max(63).optional().describe('Project id or slug'),
    actor: Id.optional().describe('User id of who did it'),
    action: z.string().min(1).max(64).optional().describe('e.g. policy.set, token.revoked'),
    target: z.string().min(1).max(128).optional().describe('e.g. item:42, user:7'),
    since: z.iso.datetime().optional().describe('ISO time, inclusive'),
    until: z.iso.datetime().optional().describe('ISO time, exclusive'),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    cursor: z.string().max(100).optional().describe('nextCursor from the previous page'),
  })
  .strict();
export type ListAuditQuery = z.infer<typeof ListAuditQuery>;

export const AuditRecordView = z.object({
  id: z.number().int(),
  seq: z.number().int().nullable().describe('Position in the hash chain; null until sealed (seconds)'),
  createdAt: z.string(),
  actor: z.object({ id: z.number().int(), username: z.string() }).nullable().describe('null: Tandem itself'),
  action: z.string(),
  project: z.object({ id: z.number().int(), slug: z.string() }).nullable(),
  target: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  hash: z.string().nullable(),
});
export type AuditRecordView = z.infer<typeof AuditRecordView>;

export const AuditPage = z.object({
  records: z.array(AuditRecordView).describe('Newest first'),
  nextCursor: z.string().nullable(),
});

export const AuditVerificationView = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  unsealed: z.number().int(),
  firstBroken: z.object({ seq: z.number().int(), id: z.number().int().nullable(), reason: z.string() }).nullable(),
  head: z.object({ seq: z.number().int(), hash: z.string() }).nullable(),
});
