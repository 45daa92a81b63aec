import { z } from 'zod';
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

/** Replaces the member list; unknown user ids are refused with their position. */
export async function setMembers(storage: Storage, project: Project, userIds: readonly number[]): Promise<number[]> {
  const unique = [...new Set(userIds)];
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

/** Managers and admins see every project; others see open projects and those they belong to. */
export async function visibleProjectIds(storage: Storage, user: User): Promise<Set<number> | 'all'> {
  if (user.role === 'admin' || user.role === 'manager') return 'all';
  const rows = await storage.db.selectFrom('project_members').select(['project_id', 'user_id']).execute();
  const restricted = new Set(rows.map((r) => Number(r.project_id)));
  const mine = new Set(rows.filter((r) => Number(r.user_id) === user.id).map((r) => Number(r.project_id)));
  const all = await storage.db.selectFrom('projects').select('id').execute();
  return new Set(all.map((p) => Number(p.id)).filter((id) => !restricted.has(id) || mine.has(id)));
}
