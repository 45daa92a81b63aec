import { z } from 'zod';
import type { Storage } from '../db/storage.js';
import { claimableRoles } from '../users/contracts.js';
import type { User } from '../users/store.js';
import { selectItemTasks } from './store.js';

export const ItemAvailability = z.object({
  state: z
    .enum(['open', 'held', 'closed', 'yours'])
    .describe(
      'open: you can take it now; held: someone else has it until heldUntil; closed: answered by others, decided or withdrawn; yours: you hold or answered it',
    ),
  heldUntil: z.string().nullable(),
  message: z.string(),
});
export type ItemAvailability = z.infer<typeof ItemAvailability>;

/**
 * Whether a person could take an item now, without taking it (issue 9, point 13): after a lost
 * lease the workspace shows the real state instead of offering "go back" to an item someone else
 * already answered. Reads the item's slots only; claims nothing.
 */
export async function itemAvailability(
  storage: Storage,
  user: User,
  itemId: number,
  now = Date.now(),
): Promise<ItemAvailability> {
  const slots = (await selectItemTasks(storage.db, itemId)).filter((t) => t.phase !== 'gold');
  const roles = claimableRoles(user.role);
  const queued = slots.filter((t) => t.state === 'queued' && roles.includes(t.role));
  if (
    queued.some((t) => t.claimedBy === user.id && t.availableAt > now) ||
    slots.some((t) => t.claimedBy === user.id && t.state === 'done')
  ) {
    return { state: 'yours', heldUntil: null, message: 'You hold this item or already answered it.' };
  }
  if (queued.some((t) => t.availableAt <= now)) {
    return { state: 'open', heldUntil: null, message: 'The item is still open: you can take it back.' };
  }
  const held = queued.map((t) => t.availableAt).sort((a, b) => a - b)[0];
  if (held !== undefined) {
    return {
      state: 'held',
      heldUntil: new Date(held).toISOString(),
      message: 'Someone else is working on this item now.',
    };
  }
  const answered = slots.some((t) => t.state === 'done' && t.claimedBy !== user.id);
  return {
    state: 'closed',
    heldUntil: null,
    message: answered
      ? 'Someone else answered this item meanwhile; it needs no more answers.'
      : 'This item no longer needs an answer (it was decided or withdrawn).',
  };
}
