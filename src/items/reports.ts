import { z } from 'zod';
import { recordAudit } from '../audit/record.js';
import { readJson } from '../db/dialect.js';
import type { Executor } from '../db/executor.js';
import type { Storage } from '../db/storage.js';
import { TandemError } from '../errors.js';
import type { Project } from '../projects/store.js';
import { leaseLost } from '../queue/service.js';
import { cancelQueuedTasks, insertTasks, type NewTask, selectItemTasks, selectTask } from '../queue/store.js';
import type { WorkRole } from '../users/contracts.js';
import type { User } from '../users/store.js';

/**
 * "Report a problem with this item" (issue 9, point 12). A broken image or missing field can only
 * be skipped otherwise, so the item bounces from person to person. A report takes the item's open
 * slots out of the queue (status `reported`) into the project managers' list; a manager sends it
 * back (the same slots open again) or closes it (status `held`: kept out of the queue, like a
 * policy's hold). Each step is audited in its own transaction.
 */
export const ReportItemBody = z
  .object({ reason: z.string().trim().min(3, 'say what is wrong (at least 3 characters)').max(2_000) })
  .strict();

export const ResolveReportBody = z
  .object({
    action: z.enum(['requeue', 'close']).describe('requeue: back to the queue as it was; close: keep it out (held)'),
    note: z.string().trim().max(2_000).optional(),
  })
  .strict();
export type ResolveReportBody = z.infer<typeof ResolveReportBody>;

export const ReportParams = z.object({
  project: z.string().min(1).max(63),
  reportId: z.coerce.number().int().min(1),
});
export const ListReportsQuery = z
  .object({ status: z.enum(['open', 'all']).default('open').describe('open: waiting for a manager') })
  .strict();

export const ReportView = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  itemId: z.number().int(),
  reason: z.string(),
  reportedBy: z.object({ id: z.number().int(), username: z.string() }),
  status: z.enum(['open', 'requeued', 'closed']),
  createdAt: z.string(),
  resolvedBy: z.object({ id: z.number().int(), username: z.string() }).nullable(),
  resolvedAt: z.string().nullable(),
  resolution: z.string().nullable().describe("The manager's note"),
});
export type ReportView = z.infer<typeof ReportView>;
export const ReportsView = z.object({ reports: z.array(ReportView) });

/** What a report took out of the queue, so that "send back" can put exactly that back. */
interface Withdrawn {
  readonly itemStatus: string;
  readonly tasks: readonly { phase: NewTask['phase']; role: WorkRole; priority: number; audit: boolean }[];
}

/** Reports the item of a task the person holds; the task and the item's other open slots close. */
export async function reportTaskItem(
  storage: Storage,
  taskId: number,
  user: User,
  reason: string,
): Promise<ReportView> {
  const now = Date.now();
  const id = await storage.db.transaction().execute(async (trx) => {
    const task = await selectTask(trx, taskId);
    if (task?.state !== 'queued' || task.claimedBy !== user.id) throw leaseLost(taskId);
    const item = await trx
      .selectFrom('items')
      .select(['status'])
      .where('id', '=', task.itemId)
      .executeTakeFirstOrThrow();
    const open = (await selectItemTasks(trx, task.itemId)).filter((t) => t.state === 'queued' && t.phase !== 'gold');
    // Gold items keep their status (a worker must not learn which items are gold); only the
    // reporter's own slot closes.
    const gold = item.status === 'gold';
    const withdrawn: Withdrawn = {
      itemStatus: item.status,
      tasks: gold ? [] : open.map((t) => ({ phase: t.phase, role: t.role, priority: t.priority, audit: t.audit })),
    };
    if (gold) {
      await trx.updateTable('tasks').set({ state: 'cancelled', claimed_by: null }).where('id', '=', taskId).execute();
    } else {
      await cancelQueuedTasks(trx, [task.itemId]);
      await trx
        .updateTable('items')
        .set({ status: 'reported', updated_at: now })
        .where('id', '=', task.itemId)
        .execute();
    }
    const inserted = await trx
      .insertInto('item_reports')
      .values({
        project_id: task.projectId,
        item_id: task.itemId,
        reported_by: user.id,
        reason,
        status: 'open',
        slots: JSON.stringify(withdrawn),
        created_at: now,
        resolved_by: null,
        resolved_at: null,
        resolution: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(
      trx,
      {
        actorId: user.id,
        action: 'item.reported',
        projectId: task.projectId,
        target: `item:${task.itemId}`,
        details: { reportId: Number(inserted.id), reason, slotsWithdrawn: withdrawn.tasks.length },
      },
      now,
    );
    return Number(inserted.id);
  });
  return (await selectReports(storage.db, { id }))[0] as ReportView;
}

/** Sends the reported item back to the queue (its withdrawn slots open again) or keeps it out. */
export async function resolveReport(
  storage: Storage,
  project: Project,
  reportId: number,
  body: ResolveReportBody,
  manager: User,
): Promise<ReportView> {
  const now = Date.now();
  await storage.db.transaction().execute(async (trx) => {
    const report = await trx
      .selectFrom('item_reports')
      .select(['id', 'item_id', 'status', 'slots'])
      .where('id', '=', reportId)
      .where('project_id', '=', project.id)
      .executeTakeFirst();
    if (!report) throw new TandemError('REPORT_NOT_FOUND', `No report ${reportId} in project "${project.slug}"`);
    if (report.status !== 'open') {
      throw new TandemError('REPORT_RESOLVED', `Report ${reportId} was already resolved (${report.status})`);
    }
    const itemId = Number(report.item_id);
    const withdrawn = readJson<Withdrawn>(report.slots);
    const item = await trx.selectFrom('items').select('status').where('id', '=', itemId).executeTakeFirstOrThrow();
    // Only an item still out of the queue changes; one re-sent (and so routed again) meanwhile stays as it is.
    if (item.status === 'reported') {
      if (body.action === 'requeue') {
        await insertTasks(
          trx,
          withdrawn.tasks.map((t) => ({ projectId: project.id, itemId, ...t })),
          now,
        );
      }
      const status = body.action === 'requeue' ? withdrawn.itemStatus : 'held';
      await trx.updateTable('items').set({ status, updated_at: now }).where('id', '=', itemId).execute();
    }
    await trx
      .updateTable('item_reports')
      .set({
        status: body.action === 'requeue' ? 'requeued' : 'closed',
        resolved_by: manager.id,
        resolved_at: now,
        resolution: body.note ?? null,
      })
      .where('id', '=', reportId)
      .execute();
    await recordAudit(
      trx,
      {
        actorId: manager.id,
        action: 'item.report_resolved',
        projectId: project.id,
        target: `item:${itemId}`,
        details: { reportId, action: body.action, note: body.note ?? null },
      },
      now,
    );
  });
  return (await selectReports(storage.db, { id: reportId }))[0] as ReportView;
}

/** The project's reports (open ones, or all), open first then newest first. */
export async function listProjectReports(storage: Storage, project: Project, status: 'open' | 'all') {
  return selectReports(storage.db, { projectId: project.id, ...(status === 'open' ? { status: 'open' } : {}) });
}

/** Reports on one item, newest first. */
export async function listItemReports(storage: Storage, project: Project, itemId: number): Promise<ReportView[]> {
  return selectReports(storage.db, { projectId: project.id, itemId });
}

async function selectReports(
  db: Executor,
  filter: { id?: number; projectId?: number; itemId?: number; status?: string },
): Promise<ReportView[]> {
  let query = db
    .selectFrom('item_reports as r')
    .innerJoin('users as u', 'u.id', 'r.reported_by')
    .leftJoin('users as m', 'm.id', 'r.resolved_by')
    .select([
      'r.id',
      'r.project_id',
      'r.item_id',
      'r.reason',
      'r.status',
      'r.created_at',
      'r.reported_by',
      'u.username as reporter',
      'r.resolved_by',
      'm.username as resolver',
      'r.resolved_at',
      'r.resolution',
    ]);
  if (filter.id !== undefined) query = query.where('r.id', '=', filter.id);
  if (filter.projectId !== undefined) query = query.where('r.project_id', '=', filter.projectId);
  if (filter.itemId !== undefined) query = query.where('r.item_id', '=', filter.itemId);
  if (filter.status !== undefined) query = query.where('r.status', '=', filter.status);
  const rows = await query.orderBy('r.id', 'desc').limit(1_000).execute();
  const views = rows.map((row) => ({
    id: Number(row.id),
    projectId: Number(row.project_id),
    itemId: Number(row.item_id),
    reason: row.reason,
    reportedBy: { id: Number(row.reported_by), username: row.reporter },
    status: row.status as ReportView['status'],
    createdAt: new Date(Number(row.created_at)).toISOString(),
    resolvedBy:
      row.resolved_by === null
        ? null
        : { id: Number(row.resolved_by), username: row.resolver ?? `user ${row.resolved_by}` },
    resolvedAt: row.resolved_at === null ? null : new Date(Number(row.resolved_at)).toISOString(),
    resolution: row.resolution,
  }));
  return views.sort((a, b) => Number(b.status === 'open') - Number(a.status === 'open'));
}

/**
 * A manager reports a problem from the item page (issue 14): like a worker's report, the item's
 * open slots leave the queue (remembered, so "send back" restores them) until it is resolved.
 */
export async function reportItemAsManager(
  storage: Storage,
  project: Project,
  itemId: number,
  user: User,
  reason: string,
): Promise<ReportView> {
  const now = Date.now();
  const id = await storage.db.transaction().execute(async (trx) => {
    const item = await trx
      .selectFrom('items')
      .select(['status'])
      .where('id', '=', itemId)
      .where('project_id', '=', project.id)
      .executeTakeFirst();
    if (!item) throw new TandemError('ITEM_NOT_FOUND', `No item ${itemId} in project "${project.slug}"`);
    const open = (await selectItemTasks(trx, itemId)).filter((t) => t.state === 'queued' && t.phase !== 'gold');
    const withdrawn: Withdrawn = {
      itemStatus: item.status,
      tasks: open.map((t) => ({ phase: t.phase, role: t.role, priority: t.priority, audit: t.audit })),
    };
    if (item.status !== 'gold' && item.status !== 'decided') {
      await cancelQueuedTasks(trx, [itemId]);
      await trx.updateTable('items').set({ status: 'reported', updated_at: now }).where('id', '=', itemId).execute();
    }
    const inserted = await trx
      .insertInto('item_reports')
      .values({
        project_id: project.id,
        item_id: itemId,
        reported_by: user.id,
        reason,
        status: 'open',
        slots: JSON.stringify(withdrawn),
        created_at: now,
        resolved_by: null,
        resolved_at: null,
        resolution: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(
      trx,
      {
        actorId: user.id,
        action: 'item.reported',
        projectId: project.id,
        target: `item:${itemId}`,
        details: { reportId: Number(inserted.id), reason, slotsWithdrawn: withdrawn.tasks.length },
      },
      now,
    );
    return Number(inserted.id);
  });
  return (await selectReports(storage.db, { id }))[0] as ReportView;
}
