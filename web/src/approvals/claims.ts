import { ApiError, got, onTask, tandem } from '../api/client';
import type { ClaimedTask } from '../api/types';

export type { PendingApproval } from '@tandem/sdk';

export type HeldTask = ClaimedTask['task'];

/**
 * Opening an action claims its task; closing it gives the task back. One claim per item is
 * shared by every mount (React's StrictMode mounts twice in development), and the release waits
 * a moment so a remount keeps the claim instead of dropping and re-taking it.
 */
const claims = new Map<number, Promise<HeldTask>>();
const releases = new Map<number, ReturnType<typeof setTimeout>>();

export function claimApproval(slug: string, itemId: number): Promise<HeldTask> {
  clearTimeout(releases.get(itemId));
  releases.delete(itemId);
  let claim = claims.get(itemId);
  if (!claim) {
    claim = takeTask(slug, itemId);
    claims.set(itemId, claim);
    claim.catch(() => claims.delete(itemId));
  }
  return claim;
}

async function takeTask(slug: string, itemId: number): Promise<HeldTask> {
  // Already ours (opened before, or in another tab): keep working on the same task.
  const held = await got(tandem.GET('/api/me/tasks'));
  const mine = held.tasks.find((t) => t.itemId === itemId);
  if (mine) return mine;
  return (
    await got(
      tandem.POST('/api/projects/{project}/items/{itemId}/claim', {
        params: { path: { project: slug, itemId: String(itemId) } },
      }),
    )
  ).task;
}

/** Gives the task back soon, unless the same action is opened again meanwhile. */
export function releaseApprovalSoon(itemId: number): void {
  const claim = claims.get(itemId);
  if (!claim) return;
  clearTimeout(releases.get(itemId));
  releases.set(
    itemId,
    setTimeout(() => {
      releases.delete(itemId);
      claims.delete(itemId);
      claim.then((task) => tandem.POST('/api/tasks/{taskId}/release', onTask(task.id))).catch(() => undefined);
    }, 300),
  );
}

/** The task was submitted: nothing to give back. */
export function forgetApproval(itemId: number): void {
  clearTimeout(releases.get(itemId));
  releases.delete(itemId);
  claims.delete(itemId);
}

export const isQueueEmpty = (error: unknown) => error instanceof ApiError && error.code === 'QUEUE_EMPTY';
export const isLeaseLimit = (error: unknown) => error instanceof ApiError && error.code === 'LEASE_LIMIT';
