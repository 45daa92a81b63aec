import { z } from 'zod';
import { IdParam } from '../input/ids.js';

/**
 * Roles. Workers (annotator < reviewer < expert) claim tasks; `viewer` reads results and
 * `engineer` also sends items (pipelines, agents, CI); managers and admins may do everything in
 * their projects, including work any queue. What each may do: src/access/model.ts.
 */
export const ROLES = ['annotator', 'reviewer', 'expert', 'viewer', 'engineer', 'manager', 'admin'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** Roles a task can ask for. */
export const WORK_ROLES = ['annotator', 'reviewer', 'expert'] as const;
export const WorkRole = z.enum(WORK_ROLES);
export type WorkRole = z.infer<typeof WorkRole>;

/** The task roles a person of `role` may claim: a reviewer can also annotate, an expert anything. */
export function claimableRoles(role: Role): WorkRole[] {
  switch (role) {
    case 'annotator':
      return ['annotator'];
    case 'reviewer':
      return ['annotator', 'reviewer'];
    case 'viewer':
    case 'engineer':
      return [];
    default:
      return ['annotator', 'reviewer', 'expert'];
  }
}

export const CreateUserBody = z
  .object({
    username: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]{0,62}$/, 'use lowercase letters, digits, dots, dashes or underscores (at most 63)'),
    displayName: z.string().trim().min(1).max(200).optional(),
    role: Role,
  })
  .strict();
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const CreateTokenBody = z
  .object({
    name: z.string().trim().min(1).max(100).default('api').describe('What the token is for, e.g. "ci" or "agent"'),
    expiresInDays: z
      .number()
      .int()
      .min(1)
      .max(3_650)
      .optional()
      .describe('The token stops working after this many days; omitted: it never expires'),
  })
  .strict();

export const UpdateUserBody = z
  .object({
    displayName: z.string().trim().min(1).max(200).optional(),
    role: Role.optional(),
    active: z.boolean().optional().describe('false: the person can no longer sign in (their history stays)'),
  })
  .strict();
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;

export const TokenInfoView = z.object({
  id: z.number().int(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type TokenInfoView = z.infer<typeof TokenInfoView>;

export const UserView = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: Role,
  active: z.boolean(),
  createdAt: z.string(),
});
export type UserView = z.infer<typeof UserView>;

export const TokenView = z.object({
  token: z.string().describe('Shown once; send as "Authorization: Bearer <token>"'),
  user: UserView,
  info: TokenInfoView.optional(),
});
export const UserParams = z.object({ userId: IdParam });
export const TokenParams = UserParams.extend({ tokenId: IdParam });
