import { z } from 'zod';
import { recordAudit } from '../audit/record.js';
import { chunked } from '../db/executor.js';
import type { Storage } from '../db/storage.js';
import { NotFoundError, TandemError, ValidationError } from '../errors.js';
import { IdParam } from '../input/ids.js';
import type { Role } from '../users/contracts.js';
import type { User } from '../users/store.js';
import { ProjectParams } from './contracts.js';
import type { Project } from './store.js';

export const SetMembersBody = z
  .object({ userIds: z.array(z.number().int().min(1)).max(10_000).describe('Empty: open to everyone') })
  .strict();

/** A role someone may have in one project: any but admin (admins are admins everywhere). */
export const PROJECT_ROLES = [
  'annotator',
  'reviewer',
  'expert',
  'viewer',
  'engineer',
  'manager',
] as const satisfies readonly Exclude<Role, 'admin'>[];
export const ProjectRole = z.enum(PROJECT_ROLES);

export const MemberParams = ProjectParams.extend({ userId: IdParam });

export const SetMemberBody = z
  .object({
    role: ProjectRole.nullable()
      .default(null)
      .describe('Their role in this project; null: their own role. Replaces their role on this project only'),
  })
  .strict();

export const MemberView = z.object({
  userId: z.number().int(),
  role: ProjectRole.nullable().describe('Their role in this project; null: their own role'),
});
export type MemberView = z.infer<typeof MemberView>;
type ProjectRole = z.infer<typeof ProjectRole>;

export const MembersView = z.object({
  userIds: z.array(z.number().int()),
  members: z.array(MemberView),
});

export async function listMemberIds(storage: Storage, projectId: number): Promise<number[]> {
  return (await listMembers(storage, projectId)).map((m) => m.userId);
}

export async function listMembers(storage: Storage, projectId: number): Promise<MemberView[]> {
  const rows = await storage.db
    .selectFrom('project_members')
    .select(['user_id', 'role'])
    .where('project_id', '=', projectId)
    .execute();
  return rows
    .map((r) => ({ userId: Number(r.user_id), role: r.role as ProjectRole | null }))
    .sort((a, b) => a.userId - b.userId);
}

export async function membersView(storage: Storage, projectId: number) {
  const members = await listMembers(storage, projectId);
  return { userIds: members.map((m) => m.userId), members };
}

/**
 * Replaces the member list; unknown user ids are refused with their position. A manager who sets
 * a non-empty list stays on it, so that nobody but an admin can lock a manager out by accident.
 * People who stay keep their project role.
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
    const roles = new Map(
      (
        await trx
          .selectFrom('project_members')
          .select(['user_id', 'role'])
          .where('project_id', '=', project.id)
          .execute()
      ).map((r) => [Number(r.user_id), r.role]),
    );
    await trx.deleteFrom('project_members').where('project_id', '=', project.id).execute();
    for (const chunk of chunked(unique, 500)) {
      await trx
        .insertInto('project_members')
        .values(chunk.map((user_id) => ({ project_id: project.id, user_id, role: roles.get(user_id) ?? null })))
        .execute();
    }
  });
  return unique.sort((a, b) => a - b);
}

/**
 * Adds a person to the project, or changes their project role (null: their own role). Admins'
 * roles cannot be narrowed; a manager cannot change their own project role (ask another manager).
 */
export async function setMemberRole(
  storage: Storage,
  project: Project,
  userId: number,
  role: ProjectRole | null,
  actor: User,
): Promise<MemberView> {
  const user = await storage.db.selectFrom('users').select(['id', 'role']).where('id', '=', userId).executeTakeFirst();
  if (!user) throw new NotFoundError('USER_NOT_FOUND', `No user ${userId}`);
  if (user.role === 'admin' && role !== null) {
    throw new ValidationError([{ path: 'role', message: 'an admin is an admin in every project' }]);
  }
  if (userId === actor.id && actor.role !== 'admin') {
    throw new ValidationError([{ path: 'userId', message: 'you cannot change your own project role' }]);
  }
  await storage.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('project_members')
      .set({ role })
      .where('project_id', '=', project.id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) {
      const open = !(await trx
        .selectFrom('project_members')
        .select('user_id')
        .where('project_id', '=', project.id)
        .limit(1)
        .executeTakeFirst());
      await trx.insertInto('project_members').values({ project_id: project.id, user_id: userId, role }).execute();
      // The first member closes an open project: a manager who adds someone stays on it (as setMembers).
      if (open && actor.role !== 'admin' && actor.id !== userId) {
        await trx
          .insertInto('project_members')
          .values({ project_id: project.id, user_id: actor.id, role: null })
          .execute();
      }
    }
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'member.set',
      projectId: project.id,
      target: `user:${userId}`,
      details: { role, added: Number(updated.numUpdatedRows) === 0 },
    });
  });
  return { userId, role };
}

/**
 * Removes a person from the project. Nobody but an admin removes themselves (they would lose the
 * project); removing the last member opens the project to everyone, as an empty list does.
 */
export async function removeMember(storage: Storage, project: Project, userId: number, actor: User): Promise<void> {
  if (userId === actor.id && actor.role !== 'admin') {
    throw new ValidationError([{ path: 'userId', message: 'you cannot remove yourself; ask another manager' }]);
  }
  await storage.db.transaction().execute(async (trx) => {
    const removed = await trx
      .deleteFrom('project_members')
      .where('project_id', '=', project.id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (Number(removed.numDeletedRows) === 0) {
      throw new NotFoundError('USER_NOT_FOUND', `User ${userId} is not a member of "${project.slug}"`);
    }
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'member.removed',
      projectId: project.id,
      target: `user:${userId}`,
    });
  });
}
