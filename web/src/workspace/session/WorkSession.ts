import type { Answer } from '../../api/types';
import { answerToSend, checkAnswer } from '../answers';
import { removeDraft } from './drafts';
import { QueueSession } from './QueueSession';
import { hidden, keepErrorsOfUnchanged, makeSlot, persist, type Slot, shown, taskId } from './slots';
import * as tasks from './taskApi';

export type { Phase, SessionState } from './QueueSession';

/**
 * The annotator's work loop, outside React. QueueSession keeps a task on screen and the next one
 * claimed; this adds what the person does: answer (with undo and a draft in localStorage), submit
 * (checked first, then sent in the background by the outbox while the next item shows at once),
 * skip, and go back to an answer the server refused. React reads it with useSyncExternalStore.
 */
export class WorkSession extends QueueSession {
  // ── Working on the task on screen ───────────────────────────────────────────────────────────

  setAnswer(answer: Answer): void {
    const current = this.state.current;
    if (!current) return;
    const errors = keepErrorsOfUnchanged(current.errors, current.answer, answer);
    const slot = { ...current, answer, errors, history: [...current.history, current.answer].slice(-200) };
    this.set({ current: slot });
    persist(slot, this.userId);
  }

  undo(): void {
    const current = this.state.current;
    const previous = current?.history.at(-1);
    if (!current || !previous) return;
    const slot = { ...current, answer: previous, history: current.history.slice(0, -1) };
    this.set({ current: slot });
    persist(slot, this.userId);
  }

  /** Checks the answer, then shows the next item at once and sends this one in the background. */
  submit(): boolean {
    const current = this.state.current;
    if (!current || this.state.phase !== 'working') return false;
    const problems = checkAnswer(this.project.labelSchema, current.answer);
    if (Object.keys(problems).length > 0) {
      this.set({ current: { ...current, errors: problems } });
      return false;
    }
    const answer = answerToSend(this.project.labelSchema, current.answer);
    this.outbox.add({ ...current, answer });
    this.advance();
    return true;
  }

  /** Gives the task back (its item is kept away from this person while other work remains). */
  skip(): void {
    const current = this.state.current;
    if (!current) return;
    removeDraft(taskId(current));
    void (async () => {
      for (let attempt = 0; attempt < 3; attempt++) {
        try {
          await tasks.skipTask(taskId(current));
          break;
        } catch {
          await tasks.sleep(2_000); // else its lease simply runs out
        }
      }
      void this.prefetch();
    })();
    this.advance();
  }

  /**
   * Reports a problem with the item on screen (reason required): the server takes it out of the
   * queue for the managers, and the next item shows. Rejects (with the server's message) when the
   * report was not accepted, leaving the item on screen.
   */
  async report(reason: string): Promise<void> {
    const current = this.state.current;
    if (!current) return;
    await tasks.reportItem(taskId(current), reason);
    removeDraft(taskId(current));
    this.set({ message: 'Thanks: the item is out of the queue until a manager looks at it.' });
    this.advance();
  }

  // ── Answers that could not be saved ─────────────────────────────────────────────────────────

  /** Puts a refused answer back on screen (claiming its item again if the lease was lost). */
  async goBack(id: number): Promise<void> {
    const entry = this.outbox.entries.find((e) => taskId(e.slot) === id && e.state === 'failed');
    if (!entry) return;
    let slot: Slot = { ...entry.slot, spentMs: entry.timeSpentMs };
    if (!this.outbox.holdsLease(entry)) {
      const next = this.state.next;
      if (next) {
        this.set({ next: null });
        await tasks.releaseTask(taskId(next)).catch(() => {});
      }
      const claimed = await tasks.claimItem(this.slug, entry.slot.claimed.item.id).catch(() => undefined);
      if (!claimed) {
        this.set({ message: 'That item is no longer yours to answer: someone else has taken it.' });
        return;
      }
      slot = { ...makeSlot(claimed, this.project.labelSchema, this.userId), answer: entry.slot.answer };
    }
    this.outbox.remove(id);
    const { current, next } = this.state;
    if (next && current) void tasks.releaseTask(taskId(next)).catch(() => {});
    this.set({ current: shown(slot), next: current ? hidden(current) : next, phase: 'working', message: null });
    persist(slot, this.userId);
  }

  /** Drops a refused answer for good (the person chose to). */
  discard(id: number): void {
    const entry = this.outbox.entries.find((e) => taskId(e.slot) === id);
    if (!entry) return;
    if (this.outbox.holdsLease(entry)) void tasks.releaseTask(id).catch(() => {});
    removeDraft(id);
    this.outbox.remove(id);
    if (this.state.phase === 'blocked') void this.fill(false);
    else void this.prefetch();
  }
}
