import { sql } from 'kysely';
import type { Executor } from '../db/executor.js';
import type { Role } from '../users/contracts.js';
import type { User } from '../users/store.js';

/** Where a person stands in one project: whether they may see it, and the role they act with there. */
export interface ProjectStanding {
  readonly visible: boolean;
  /** Their role in this project when they are a member with one; else their own role. */
  readonly role: Role;
}

/**
 * Whether a person may see a project — admins always; everyone else when the project is open (it
 * has no members) or they are one of its members — and the role they act with there, in one
 * indexed round trip. A member's project
 * role replaces their own role on the project's routes (a reviewer who manages one project, a
 * manager who only reads another); admins are admins everywhere.
 */
export async function projectStanding(db: Executor, user: User, projectId: number): Promise<ProjectStanding> {
  if (user.role === 'admin') return { visible: true, role: 'admin' };
  const row = await db
    .selectNoFrom([
      sql<number>`case when exists (select 1 from project_members where project_id = ${projectId}) then 1 else 0 end`.as(
        'restricted',
      ),
      sql<number>`case when exists (select 1 from project_members where project_id = ${projectId} and user_id = ${user.id}) then 1 else 0 end`.as(
        'member',
      ),
      sql<
        string | null
      >`(select role from project_members where project_id = ${projectId} and user_id = ${user.id})`.as('role'),
    ])
    .executeTakeFirstOrThrow();
  const visible = Number(row.restricted) === 0 || Number(row.member) === 1;
  return { visible, role: visible && row.role ? (row.role as Role) : user.role };
}

/** Project ids a person may see, or 'all' for admins. */
export async function visibleProjectIds(db: Executor, user: User): Promise<Set<number> | 'all'> {
  if (user.role === 'admin') return 'all';
  const rows = await db.selectFrom('project_members').select(['project_id', 'user_id']).execute();
  const restricted = new Set(rows.map((r) => Number(r.project_id)));
  const mine = new Set(rows.filter((r) => Number(r.user_id) === user.id).map((r) => Number(r.project_id)));
  const all = await db.selectFrom('projects').select('id').execute();
  return new Set(all.map((p) => Number(p.id)).filter((id) => !restricted.has(id) || mine.has(id)));
}

/**
 * Whether a person holds (unexpired lease) or answered a task of this item: what a worker needs
 * to read the item again (a reload, an answer they gave).
 */
export async function workedOnItem(
  db: Executor,
  userId: number,
  projectId: number,
  itemId: number,
  now: number,
): Promise<boolean> {
  const row = await db
    .selectFrom('tasks')
    .select('id')
    .where('item_id', '=', itemId)
    .where('project_id', '=', projectId)
    .where('claimed_by', '=', userId)
    .where((eb) =>
      eb.or([eb('state', 'in', ['done', 'held']), eb.and([eb('state', '=', 'queued'), eb('available_at', '>', now)])]),
    )
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
