import { z } from 'zod';
import { recordAudit } from '../audit/record.js';
import { chunked } from '../db/executor.js';
import type { Storage } from '../db/storage.js';
import { TandemError } from '../errors.js';
import type { User } from '../users/store.js';
import type { Project } from './store.js';

export const SetMembersBody = z
  .object({ userIds: z.array(z.number().int().min(1)).max(10_000).describe('Empty: open to everyone') })
  .strict();

export async function listMemberIds(storage: Storage, projectId: number): Promise<number[]> {
  const rows = await storage.db
    .selectFrom('project_members')
    .select('user_id')
    .where('project_id', '=', projectId)
    .execute();
  return rows.map((r) => Number(r.user_id)).sort((a, b) => a - b);
}

/**
 * Replaces the member list; unknown user ids are refused with their position. A manager who sets
 * a non-empty list stays on it, so that nobody but an admin can lock a manager out by accident.
 */
export async function setMembers(
  storage: Storage,
  project: Project,
  userIds: readonly number[],
  actor: User,
): Promise<number[]> {
  const keepActor = userIds.length > 0 && actor.role !== 'admin' && !userIds.includes(actor.id);
  const unique = [...new Set(keepActor ? [...userIds, actor.id] : userIds)];
  if (unique.length > 0) {
    const known = new Set<number>();
    for (const chunk of chunked(unique, 500)) {
      const rows = await storage.db.selectFrom('users').select('id').where('id', 'in', chunk).execute();
      for (const row of rows) known.add(Number(row.id));
    }
    const details = userIds.flatMap((id, index) =>
      known.has(id) ? [] : [{ path: `userIds.${index}`, message: `no user ${id}` }],
    );
    if (details.length > 0) throw new TandemError('VALIDATION_FAILED', `Unknown user ${details[0]?.message}`, details);
  }
  await storage.db.transaction().execute(async (trx) => {
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'members.set',
      projectId: project.id,
      target: `project:${project.id}`,
      details: { userIds: unique },
    });
    await trx.deleteFrom('project_members').where('project_id', '=', project.id).execute();
    for (const chunk of chunked(unique, 500)) {
      await trx
        .insertInto('project_members')
        .values(chunk.map((user_id) => ({ project_id: project.id, user_id })))
        .execute();
    }
  });
  return unique.sort((a, b) => a - b);
}
