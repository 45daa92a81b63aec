import { type Selectable, sql } from 'kysely';
import { chunked, type Executor } from '../db/executor.js';
import type { TasksTable } from '../db/tables.js';
import type { WorkRole } from '../users/contracts.js';

export type TaskPhase = 'review' | 'adjudication' | 'gold';

export interface NewTask {
  readonly projectId: number;
  readonly itemId: number;
  readonly phase: TaskPhase;
  readonly role: WorkRole;
  readonly priority: number;
  readonly audit: boolean;
  /** Sort key within the priority level (src/queue/ordering.ts); 0 when omitted. */
  readonly rank?: number;
}

export interface Task {
  readonly id: number;
  readonly projectId: number;
  readonly itemId: number;
  readonly phase: TaskPhase;
  readonly role: WorkRole;
  readonly priority: number;
  /** Sort key within the priority level, lower first (src/queue/ordering.ts). */
  readonly rank: number;
  /** held: answered by someone now paused (out of consensus); discarded: dropped by a manager. */
  readonly state: 'queued' | 'done' | 'cancelled' | 'held' | 'discarded';
  readonly audit: boolean;
  /** While claimed: the lease expiry. */
  readonly availableAt: number;
  readonly claimedBy: number | null;
  readonly claimedAt: number | null;
  readonly completedAt: number | null;
}

export const taskColumns = [
  'id',
  'project_id',
  'item_id',
  'phase',
  'role',
  'priority',
  'rank',
  'state',
  'audit',
  'available_at',
  'claimed_by',
  'claimed_at',
  'completed_at',
] as const;

/** A stored task row as selected (every column but created_at). */
type TaskRow = Omit<Selectable<TasksTable>, 'created_at'>;

export function toTask(row: TaskRow): Task {
  const optional = (value: number | null) => (value === null ? null : Number(value));
  return {
    id: Number(row.id),
    projectId: Number(row.project_id),
    itemId: Number(row.item_id),
    phase: row.phase as TaskPhase,
    role: row.role as WorkRole,
    priority: row.priority,
    rank: Number(row.rank),
    state: row.state as Task['state'],
    audit: Boolean(row.audit),
    availableAt: Number(row.available_at),
    claimedBy: optional(row.claimed_by),
    claimedAt: optional(row.claimed_at),
    completedAt: optional(row.completed_at),
  };
}

export async function insertTasks(db: Executor, tasks: readonly NewTask[], now: number): Promise<void> {
  const lowestRank = new Map<number, number>();
  for (const t of tasks) lowestRank.set(t.projectId, Math.min(lowestRank.get(t.projectId) ?? Infinity, t.rank ?? 0));
  for (const [projectId, rank] of lowestRank) await dropCursorsPast(db, projectId, rank);
  for (const chunk of chunked(tasks, 1_000)) {
    await db
      .insertInto('tasks')
      .values(
        chunk.map((t) => ({
          project_id: t.projectId,
          item_id: t.itemId,
          phase: t.phase,
          role: t.role,
          priority: t.priority,
          rank: t.rank ?? 0,
          state: 'queued',
          audit: t.audit ? 1 : 0,
          available_at: now,
          created_at: now,
        })),
      )
      .execute();
  }
}

/**
 * Keeps the claim cursors' promise after slots opened or were re-ranked in a project: a cursor
 * says "every fresh slot before me (by rank, id) is on an item I hold, answered or skipped", so
 * cursors standing past the lowest new rank are dropped (their next claim starts from the head).
 * New slots have higher ids, so with every rank 0 (`oldest`) nothing is ever dropped.
 */
export async function dropCursorsPast(db: Executor, projectId: number, lowestRank: number): Promise<void> {
  await db.deleteFrom('claim_cursors').where('project_id', '=', projectId).where('rank', '>', lowestRank).execute();
}

/** Leases this person holds right now, oldest first. */
export async function selectHeldTasks(db: Executor, userId: number, now: number, projectId?: number): Promise<Task[]> {
  let query = db
    .selectFrom('tasks')
    .select(taskColumns)
    .where('claimed_by', '=', userId)
    .where('state', '=', 'queued')
    .where('available_at', '>', now);
  if (projectId !== undefined) query = query.where('project_id', '=', projectId);
  return (await query.orderBy('claimed_at').execute()).map(toTask);
}

export async function selectTask(db: Executor, taskId: number): Promise<Task | undefined> {
  const row = await db.selectFrom('tasks').select(taskColumns).where('id', '=', taskId).executeTakeFirst();
  return row ? toTask(row) : undefined;
}

export async function selectItemTasks(db: Executor, itemId: number, phase?: TaskPhase): Promise<Task[]> {
  let query = db.selectFrom('tasks').select(taskColumns).where('item_id', '=', itemId);
  if (phase) query = query.where('phase', '=', phase);
  return (await query.orderBy('id').execute()).map(toTask);
}

/** Extends a lease the person still holds (even if it just lapsed, as long as nobody took it). */
export async function extendLease(db: Executor, taskId: number, userId: number, until: number): Promise<boolean> {
  const result = await db
    .updateTable('tasks')
    .set({ available_at: until })
    .where('id', '=', taskId)
    .where('claimed_by', '=', userId)
    .where('state', '=', 'queued')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Puts a held task back in the queue at once. */
export async function releaseTask(db: Executor, taskId: number, userId: number, now: number): Promise<boolean> {
  const result = await db
    .updateTable('tasks')
    // A released gold slot is personal: it closes instead of returning to the shared queue.
    // claimed_at stays: it marks the slot "returned" (src/queue/claim.ts serves those first).
    .set({
      claimed_by: null,
      available_at: now,
      state: sql<string>`case when phase = 'gold' then 'cancelled' else state end`,
    })
    .where('id', '=', taskId)
    .where('claimed_by', '=', userId)
    .where('state', '=', 'queued')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function recordSkip(db: Executor, itemId: number, userId: number, now: number): Promise<void> {
  await db
    .insertInto('task_skips')
    .values({ item_id: itemId, user_id: userId, created_at: now })
    .onConflict((oc) => oc.columns(['item_id', 'user_id']).doNothing())
    .execute();
}

/**
 * Marks a slot answered by this person: allowed while they hold it, or after their lease lapsed
 * if nobody else has claimed it since (the slot is still free). False when the slot is gone.
 */
export async function completeTask(db: Executor, taskId: number, userId: number, now: number): Promise<boolean> {
  const result = await db
    .updateTable('tasks')
    .set({ state: 'done', claimed_by: userId, completed_at: now })
    .where('id', '=', taskId)
    .where('state', '=', 'queued')
    .where((eb) => eb.or([eb('claimed_by', '=', userId), eb('available_at', '<=', now)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Withdraws the open slots of items (re-routed or decided another way). */
export async function cancelQueuedTasks(db: Executor, itemIds: readonly number[]): Promise<void> {
  for (const chunk of chunked(itemIds, 1_000)) {
    await db
      .updateTable('tasks')
      .set({ state: 'cancelled', claimed_by: null })
      .where('item_id', 'in', chunk)
      .where('state', '=', 'queued')
      .execute();
  }
}

export interface QueueDepth {
  readonly open: number;
  readonly leased: number;
  readonly done: number;
}

export async function selectQueueDepth(db: Executor, projectId: number, now: number): Promise<QueueDepth> {
  const row = await db
    .selectFrom('tasks')
    .select([
      sql<number>`sum(case when state = 'queued' and available_at <= ${now} then 1 else 0 end)`.as('open'),
      sql<number>`sum(case when state = 'queued' and available_at > ${now} then 1 else 0 end)`.as('leased'),
      sql<number>`sum(case when state = 'done' then 1 else 0 end)`.as('done'),
    ])
    .where('project_id', '=', projectId)
    .executeTakeFirst();
  return { open: Number(row?.open ?? 0), leased: Number(row?.leased ?? 0), done: Number(row?.done ?? 0) };
}
