import { ApiError, got, inProject, onTask, tandem } from '../../api/client';
import type { Answer, ClaimedTask, SubmitResult } from '../../api/types';

/** The queue endpoints the workspace uses, with the outcomes it reacts to spelled out. */

import type { HeldTask } from '@tandem/sdk';

export type { HeldTask };

export type ClaimOutcome = ClaimedTask | 'empty' | 'limit';

export const hasCode = (error: unknown, ...codes: string[]): error is ApiError =>
  error instanceof ApiError && codes.includes(error.code);

/** Worth trying again later: the network, or the server having a bad moment. */
export const isTransient = (error: unknown): boolean =>
  error instanceof ApiError && (error.code === 'NETWORK' || error.status >= 500 || error.status === 429);

export async function claimNext(project: string): Promise<ClaimOutcome> {
  try {
    return await got(tandem.POST('/api/projects/{project}/tasks/claim', inProject(project)));
  } catch (error) {
    if (hasCode(error, 'QUEUE_EMPTY')) return 'empty';
    if (hasCode(error, 'LEASE_LIMIT')) return 'limit';
    throw error;
  }
}

/** Claims an open slot of one item (to get a task back after releasing it, or after a lost lease). */
export async function claimItem(project: string, itemId: number): Promise<ClaimedTask | undefined> {
  try {
    return await got(
      tandem.POST('/api/projects/{project}/items/{itemId}/claim', {
        params: { path: { project, itemId: String(itemId) } },
      }),
    );
  } catch (error) {
    if (hasCode(error, 'QUEUE_EMPTY', 'ALREADY_ANSWERED', 'ITEM_NOT_FOUND')) return undefined;
    throw error;
  }
}

export async function heldTasks(): Promise<HeldTask[]> {
  return (await got(tandem.GET('/api/me/tasks'))).tasks;
}

/**
 * Takes back the tasks this person holds in a project but has no view of (after a reload): the
 * server shows a task only when it is claimed, so each is given back and its item claimed again.
 * Also says which tasks are held in other projects (they count against the limit of 2).
 */
export async function takeBackHeld(
  project: { id: number; slug: string },
  known: ReadonlySet<number>,
): Promise<{ claimed: ClaimedTask[]; foreign: HeldTask[] }> {
  const held = await heldTasks();
  const claimed: ClaimedTask[] = [];
  for (const task of held.filter((t) => t.projectId === project.id && !known.has(t.id))) {
    await releaseTask(task.id);
    const again = await claimItem(project.slug, task.itemId);
    if (again) claimed.push(again);
  }
  return { claimed, foreign: held.filter((t) => t.projectId !== project.id) };
}

/** Gives a task back; a task that is no longer ours is already given back. */
export async function releaseTask(taskId: number, keepalive = false): Promise<void> {
  try {
    await tandem.POST('/api/tasks/{taskId}/release', { ...onTask(taskId), ...(keepalive ? { keepalive: true } : {}) });
  } catch (error) {
    if (!hasCode(error, 'LEASE_LOST', 'TASK_NOT_FOUND')) throw error;
  }
}

export async function skipTask(taskId: number): Promise<void> {
  try {
    await tandem.POST('/api/tasks/{taskId}/skip', onTask(taskId));
  } catch (error) {
    if (!hasCode(error, 'LEASE_LOST', 'TASK_NOT_FOUND')) throw error;
  }
}

/** "Report a problem with this item": the item leaves the queue for the managers' list. */
export async function reportItem(taskId: number, reason: string): Promise<void> {
  await tandem.POST('/api/tasks/{taskId}/report', { ...onTask(taskId), body: { reason } });
}

export function heartbeat(taskId: number): Promise<HeldTask> {
  return got(tandem.POST('/api/tasks/{taskId}/heartbeat', onTask(taskId)));
}

export function submitAnswer(
  taskId: number,
  body: { answer: Answer; timeSpentMs: number; idempotencyKey: string },
): Promise<SubmitResult> {
  return got(tandem.POST('/api/tasks/{taskId}/submit', { ...onTask(taskId), body }));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
