import { type Slot, taskId } from './slots';
import { hasCode, heartbeat } from './taskApi';

const HEARTBEAT_MS = 120_000;

/**
 * Heartbeats every task the workspace holds (on screen, prefetched, refused answers) every
 * 2 minutes, or a third of the lease when leases are shorter, and reports leases that were lost.
 */
export class LeaseKeeper {
  private readonly beats = new Map<number, number>();

  constructor(
    private readonly hooks: {
      held: () => readonly Slot[];
      extended: (taskId: number, leaseExpiresAt: string) => void;
      lost: (taskId: number) => void;
    },
  ) {}

  /** Call often (every few seconds): beats the tasks that are due. */
  async tick(now = Date.now()): Promise<void> {
    for (const slot of this.hooks.held()) {
      if (slot.leaseLost) continue;
      const id = taskId(slot);
      const last = this.beats.get(id);
      if (last === undefined) this.beats.set(id, now); // just claimed: the lease is fresh
      if (last === undefined || now - last < Math.min(HEARTBEAT_MS, slot.leaseMs / 3)) continue;
      this.beats.set(id, now);
      try {
        this.hooks.extended(id, (await heartbeat(id)).leaseExpiresAt);
      } catch (error) {
        if (hasCode(error, 'LEASE_LOST', 'TASK_NOT_FOUND')) this.hooks.lost(id);
      }
    }
  }
}
