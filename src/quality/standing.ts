import { recordAudit } from '../audit/record.js';
import type { Executor } from '../db/executor.js';
import { insertTasks } from '../queue/store.js';
import type { Quality } from '../routing/contracts.js';

export interface Standing {
  readonly status: 'active' | 'paused';
  readonly reason: string | null;
}

export async function getStanding(db: Executor, projectId: number, userId: number): Promise<Standing> {
  const row = await db
    .selectFrom('annotator_states')
    .select(['status', 'reason'])
    .where('project_id', '=', projectId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? { status: row.status as Standing['status'], reason: row.reason } : { status: 'active', reason: null };
}

async function setStanding(db: Executor, projectId: number, userId: number, standing: Standing, now: number) {
  await db
    .insertInto('annotator_states')
    .values({
      project_id: projectId,
      user_id: userId,
      status: standing.status,
      reason: standing.reason,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc
        .columns(['project_id', 'user_id'])
        .doUpdateSet({ status: standing.status, reason: standing.reason, updated_at: now }),
    )
    .execute();
}

/**
 * After a gold answer: pauses the person when their gold accuracy, over at least
 * `pauseAfterGold` gold items, is below `pauseBelowAccuracy`. Their answers on undecided items
 * are held out of consensus (task state "held") and each such item gets a fresh slot, so the
 * item still collects k trusted answers. Returns the reason when a pause happened.
 */
export async function pauseIfUntrusted(
  db: Executor,
  projectId: number,
  userId: number,
  quality: Quality,
  now: number,
): Promise<string | undefined> {
  if (quality.pauseBelowAccuracy <= 0) return undefined;
  const row = await db
    .selectFrom('responses')
    .select([(eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.sum<number>('gold_correct').as('correct')])
    .where('project_id', '=', projectId)
    .where('user_id', '=', userId)
    .where('gold_correct', 'is not', null)
    .executeTakeFirst();
  const answered = Number(row?.n ?? 0);
  const accuracy = answered === 0 ? 1 : Number(row?.correct ?? 0) / answered;
  if (answered < quality.pauseAfterGold || accuracy >= quality.pauseBelowAccuracy) return undefined;
  const reason = `gold accuracy ${Math.round(accuracy * 100)}% over ${answered} gold items is below ${Math.round(quality.pauseBelowAccuracy * 100)}%`;
  await setStanding(db, projectId, userId, { status: 'paused', reason }, now);
  const pending = await db
    .selectFrom('tasks')
    .innerJoin('items', 'items.id', 'tasks.item_id')
    .select(['tasks.id', 'tasks.item_id', 'tasks.role', 'tasks.priority'])
    .where('tasks.project_id', '=', projectId)
    .where('tasks.claimed_by', '=', userId)
    .where('tasks.phase', '=', 'review')
    .where('tasks.state', '=', 'done')
    .where('items.status', 'in', ['queued', 'adjudication'])
    .execute();
  if (pending.length > 0) {
    await db
      .updateTable('tasks')
      .set({ state: 'held' })
      .where(
        'id',
        'in',
        pending.map((t) => t.id),
      )
      .execute();
    await insertTasks(
      db,
      pending.map((t) => ({
        projectId,
        itemId: Number(t.item_id),
        phase: 'review' as const,
        role: t.role as 'annotator',
        priority: t.priority,
        audit: false,
      })),
      now,
    );
  }
  // Their open leases go back to the queue.
  await db
    .updateTable('tasks')
    .set({ claimed_by: null, claimed_at: null, available_at: now })
    .where('project_id', '=', projectId)
    .where('claimed_by', '=', userId)
    .where('state', '=', 'queued')
    .where('phase', '<>', 'gold')
    .execute();
  return reason;
}

/**
 * A manager's verdict on a paused person: `resume` counts their held answers again, `discard`
 * drops them for good; either way the person may work again. Returns the items whose held
 * answers were restored (their phase may now be complete).
 */
export async function resolvePause(
  db: Executor,
  projectId: number,
  userId: number,
  verdict: 'resume' | 'discard',
  now: number,
  actorId: number | null = null,
): Promise<number[]> {
  const held = await db
    .selectFrom('tasks')
    .select(['id', 'item_id'])
    .where('project_id', '=', projectId)
    .where('claimed_by', '=', userId)
    .where('state', '=', 'held')
    .execute();
  if (held.length > 0) {
    await db
      .updateTable('tasks')
      .set({ state: verdict === 'resume' ? 'done' : 'discarded' })
      .where(
        'id',
        'in',
        held.map((t) => t.id),
      )
      .execute();
  }
  await setStanding(db, projectId, userId, { status: 'active', reason: null }, now);
  await recordAudit(
    db,
    {
      actorId,
      action: verdict === 'resume' ? 'annotator.resumed' : 'annotator.discarded',
      projectId,
      target: `user:${userId}`,
      details: { heldAnswers: held.length },
    },
    now,
  );
  return verdict === 'resume' ? [...new Set(held.map((t) => Number(t.item_id)))] : [];
}
