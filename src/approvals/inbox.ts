import { z } from 'zod';
import { roleCan } from '../access/model.js';
import { visibleProjectIds } from '../access/project-access.js';
import { readJson } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import { selectProjects } from '../projects/store.js';
import type { User } from '../users/store.js';

export const PendingApproval = z.object({
  project: z.object({ id: z.number().int(), slug: z.string(), name: z.string() }),
  item: z.object({
    id: z.number().int(),
    externalId: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
    status: z.string(),
    createdAt: z.string(),
    deadlineAt: z.string().nullable().describe('When the default outcome applies'),
  }),
});
export type PendingApproval = z.infer<typeof PendingApproval>;

/** Undecided items of every approval project this person may see, soonest deadline first. */
export async function listPendingApprovals(storage: Storage, user: User, limit = 200): Promise<PendingApproval[]> {
  if (!roleCan(user.role, 'work')) return [];
  const visible = await visibleProjectIds(storage.db, user);
  const projects = (await selectProjects(storage)).filter(
    (p) => p.labelSchema.questions.some((q) => q.type === 'approval') && (visible === 'all' || visible.has(p.id)),
  );
  if (projects.length === 0) return [];
  const byId = new Map(projects.map((p) => [p.id, p]));
  const rows = await storage.db
    .selectFrom('items')
    .select(['id', 'project_id', 'external_id', 'data', 'status', 'created_at', 'deadline_at'])
    .where(
      'project_id',
      'in',
      projects.map((p) => p.id),
    )
    .where('status', 'in', ['queued', 'adjudication'])
    .orderBy('deadline_at')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((row) => {
    const project = byId.get(Number(row.project_id));
    return {
      project: { id: Number(row.project_id), slug: project?.slug ?? '', name: project?.name ?? '' },
      item: {
        id: Number(row.id),
        externalId: row.external_id,
        data: readJson(row.data),
        status: row.status,
        createdAt: new Date(Number(row.created_at)).toISOString(),
        deadlineAt: row.deadline_at === null ? null : new Date(Number(row.deadline_at)).toISOString(),
      },
    };
  });
}
