import type { Storage } from '../db/storage.js';
import { NotFoundError, TandemError } from '../errors.js';
import { assertProjectOpen } from '../projects/lifecycle.js';
import type { Project } from '../projects/store.js';
import { findProject } from '../projects/store.js';
import { assertRested } from '../quality/fatigue.js';
import { DEFAULT_POLICY } from '../routing/contracts.js';
import { policyOf } from '../routing/store.js';
import { claimableRoles } from '../users/contracts.js';
import type { User } from '../users/store.js';
import { claimForPerson } from './claim.js';
import { selectClaimContext } from './claim-context.js';
import {
  extendLease,
  recordSkip,
  releaseTask,
  selectHeldTasks,
  selectItemTasks,
  selectTask,
  type Task,
} from './store.js';

/** Leases one person may hold at once in a project: the task on screen and the prefetched next one. */
export const MAX_LEASES = 2;

/**
 * Claims the next task of a project for a person (see claimForPerson for the order, the atomic
 * statement and the lease limit). Items the person skipped come back only when nothing else is left.
 */
export async function claimTask(
  storage: Storage,
  project: Project,
  user: User,
  now = Date.now(),
  itemId?: number,
): Promise<Task> {
  assertProjectOpen(project, 'claiming tasks');
  const context = await selectClaimContext(storage, project.id, user.id);
  const manager = user.role === 'admin' || user.role === 'manager';
  if (context.projectHasMembers && !context.isMember && !manager) {
    throw new TandemError('FORBIDDEN', `You are not a member of "${project.slug}"`);
  }
  if (context.paused) {
    throw new TandemError(
      'ANNOTATOR_PAUSED',
      `Your work on "${project.slug}" is paused: ${context.pausedReason ?? 'by a manager'}. A manager can resume you.`,
    );
  }
  const { policy } = await policyOf(storage, project);
  await assertRested(storage, project.id, user.id, policy.quality, now);
  const outcome = await claimForPerson(storage, {
    projectId: project.id,
    userId: user.id,
    roles: claimableRoles(user.role),
    leaseMs: policy.leaseSeconds * 1_000,
    now,
    maxLeases: MAX_LEASES,
    goldRate: context.projectHasGold ? policy.quality.goldRate : 0,
    ...(itemId === undefined ? {} : { itemId }),
  });
  if (outcome.kind === 'claimed') return outcome.task;
  if (outcome.kind === 'lease_limit') {
    const held = await selectHeldTasks(storage.db, user.id, now, project.id);
    throw new TandemError(
      'LEASE_LIMIT',
      `You already hold ${held.length} tasks in "${project.slug}"; submit, skip or release one first`,
      held.map((t) => ({
        path: 'tasks',
        message: `task ${t.id} (item ${t.itemId}) until ${new Date(t.availableAt).toISOString()}`,
      })),
    );
  }
  if (itemId !== undefined) throw await whyItemUnclaimable(storage, user, itemId, now);
  throw new TandemError('QUEUE_EMPTY', `No task is waiting for you in "${project.slug}"`);
}

/** A task the caller is allowed to act on, or TASK_NOT_FOUND. */
export async function getTask(storage: Storage, taskId: number): Promise<Task> {
  const task = await selectTask(storage.db, taskId);
  if (!task) throw new NotFoundError('TASK_NOT_FOUND', `No task ${taskId}`);
  return task;
}

export async function heartbeatTask(storage: Storage, taskId: number, user: User, now = Date.now()): Promise<Task> {
  const task = await getTask(storage, taskId);
  const project = await findProject(storage, String(task.projectId));
  const { policy } = project ? await policyOf(storage, project) : { policy: DEFAULT_POLICY };
  const until = now + policy.leaseSeconds * 1_000;
  if (!(await extendLease(storage.db, taskId, user.id, until))) throw leaseLost(taskId);
  return { ...task, availableAt: until };
}

export async function releaseHeldTask(storage: Storage, taskId: number, user: User, now = Date.now()): Promise<void> {
  await getTask(storage, taskId);
  if (!(await releaseTask(storage.db, taskId, user.id, now))) throw leaseLost(taskId);
}

/** Gives the task back and keeps its item away from this person while other work remains. */
export async function skipTask(storage: Storage, taskId: number, user: User, now = Date.now()): Promise<void> {
  const task = await getTask(storage, taskId);
  await storage.db.transaction().execute(async (trx) => {
    if (!(await releaseTask(trx, taskId, user.id, now))) throw leaseLost(taskId);
    await recordSkip(trx, task.itemId, user.id, now);
  });
}

export async function listHeldTasks(storage: Storage, user: User, now = Date.now()): Promise<Task[]> {
  return selectHeldTasks(storage.db, user.id, now);
}

/** Explains why a chosen item cannot be claimed, so the inbox can say so (QUEUE_EMPTY + reason). */
async function whyItemUnclaimable(storage: Storage, user: User, itemId: number, now: number): Promise<TandemError> {
  const slots = await selectItemTasks(storage.db, itemId);
  const open = slots.filter((t) => t.state === 'queued' && t.phase !== 'gold');
  const roles = claimableRoles(user.role);
  let reason = 'it is decided or not waiting for people';
  if (slots.some((t) => t.claimedBy === user.id && t.state === 'done')) reason = 'you already answered it';
  else if (open.some((t) => t.claimedBy === user.id && t.availableAt > now)) reason = 'you already hold it';
  else if (open.length > 0 && open.every((t) => !roles.includes(t.role))) reason = `it needs the role ${open[0]?.role}`;
  else if (open.length > 0 && open.every((t) => t.availableAt > now)) reason = 'someone else is handling it';
  return new TandemError('QUEUE_EMPTY', `Item ${itemId} cannot be claimed: ${reason}`, [
    { path: 'item', message: reason },
  ]);
}

export function leaseLost(taskId: number): TandemError {
  return new TandemError(
    'LEASE_LOST',
    `You no longer hold task ${taskId}: it was answered, released, or its lease expired and someone else took it`,
  );
}
