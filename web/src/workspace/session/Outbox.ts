import type { ApiError } from '../../api/client';
import { removeDraft } from './drafts';
import { errorsFrom, type OutboxEntry, type Slot, taskId, timeSpent } from './slots';
import { hasCode, isTransient, sleep, submitAnswer } from './taskApi';

const MAX_BACKOFF_MS = 30_000;

/**
 * Submits that run in the background while the person works on the next item. Each task's
 * submit carries the task's idempotency key, so retries after a network failure count once.
 * Transient failures retry forever (with backoff); a refusal (422, 409) stays here, with the
 * answer, until the person goes back to it or discards it: an answer is never dropped silently.
 */
export class Outbox {
  entries: readonly OutboxEntry[] = [];
  private waiters: (() => void)[] = [];

  constructor(
    private readonly hooks: {
      changed: (entries: readonly OutboxEntry[], saved: number) => void;
      settled: () => void;
    },
  ) {}

  add(slot: Slot): void {
    const entry: OutboxEntry = { slot, timeSpentMs: timeSpent(slot), state: 'sending', error: null };
    this.update([...this.entries, entry], 0);
    void this.send(entry);
  }

  remove(id: number): void {
    this.update(
      this.entries.filter((e) => taskId(e.slot) !== id),
      0,
    );
  }

  /** Submits not yet answered by the server. */
  inFlight(): number {
    return this.entries.filter((e) => e.state !== 'failed').length;
  }

  /** A refused answer still holds its task unless the refusal was that the task is gone. */
  holdsLease(entry: OutboxEntry): boolean {
    return entry.state !== 'failed' || !hasCode(entry.error, 'LEASE_LOST', 'TASK_NOT_FOUND');
  }

  holdingLeases(): number {
    return this.entries.filter((e) => this.holdsLease(e)).length;
  }

  /** Resolves when any submit lands or fails. */
  nextSettle(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private update(entries: readonly OutboxEntry[], saved: number) {
    this.entries = entries;
    this.hooks.changed(entries, saved);
  }

  private patch(id: number, patch: Partial<OutboxEntry>) {
    this.update(
      this.entries.map((e) => (taskId(e.slot) === id ? { ...e, ...patch } : e)),
      0,
    );
  }

  private settle() {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
    this.hooks.settled();
  }

  private async send(entry: OutboxEntry) {
    const id = taskId(entry.slot);
    const body = {
      answer: entry.slot.answer,
      timeSpentMs: entry.timeSpentMs,
      idempotencyKey: entry.slot.idempotencyKey,
    };
    for (let attempt = 0; ; attempt++) {
      try {
        await submitAnswer(id, body);
        break;
      } catch (error) {
        // Answered before (say, by an earlier attempt whose reply was lost): it is saved.
        if (hasCode(error, 'ALREADY_ANSWERED')) break;
        if (!isTransient(error)) {
          const refused = error as ApiError;
          this.patch(id, { state: 'failed', error: refused, slot: { ...entry.slot, errors: errorsFrom(refused) } });
          this.settle();
          return;
        }
        this.patch(id, { state: 'retrying', error: error as ApiError });
        await sleep(Math.min(MAX_BACKOFF_MS, 500 * 2 ** attempt));
        if (!this.entries.some((e) => taskId(e.slot) === id)) return;
      }
    }
    removeDraft(id);
    this.update(
      this.entries.filter((e) => taskId(e.slot) !== id),
      1,
    );
    this.settle();
  }
}
