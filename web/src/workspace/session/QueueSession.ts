import type { ClaimedTask, Project } from '../../api/types';
import { pruneDrafts } from './drafts';
import { LeaseKeeper } from './LeaseKeeper';
import { Outbox } from './Outbox';
import { Store } from './Store';
import { makeSlot, type Slot, shown, taskId } from './slots';
import * as tasks from './taskApi';

export type Phase = 'starting' | 'working' | 'loading' | 'empty' | 'blocked' | 'error';

export interface SessionState {
  readonly phase: Phase;
  /** The task on screen. */
  readonly current: Slot | null;
  /** The next task, claimed in the background so it appears at once after a submit. */
  readonly next: Slot | null;
  readonly outbox: Outbox['entries'];
  /** Answers saved this session. */
  readonly done: number;
  /** The server could not be reached; work is kept and retried. */
  readonly offline: boolean;
  /** Why the session is stuck ('blocked', 'error') or a passing notice. */
  readonly message: string | null;
  /** Tasks held in other projects that use up the lease limit. */
  readonly foreign: readonly tasks.HeldTask[];
}

const POLL_MS = 10_000;
const INITIAL: SessionState = {
  phase: 'starting',
  current: null,
  next: null,
  outbox: [],
  done: 0,
  offline: false,
  message: null,
  foreign: [],
};

/**
 * The queue side of the work loop: keeps a task on screen and the next one claimed in the
 * background (within the limit of 2 leases, counting submits still in the outbox), takes back
 * held tasks after a reload, polls an empty queue, heartbeats leases, and gives back untouched
 * tasks when the page goes away. WorkSession adds what the person does with the tasks.
 */
export class QueueSession extends Store<SessionState> {
  protected readonly outbox: Outbox;
  private readonly leases: LeaseKeeper;
  private readonly timers: ReturnType<typeof setInterval>[] = [];
  private filling = false;
  private prefetching: Promise<void> | null = null;
  private disposed = false;

  constructor(
    protected readonly project: Project,
    protected readonly userId: number,
  ) {
    super(INITIAL);
    this.outbox = new Outbox({
      changed: (entries, saved) =>
        this.set({
          outbox: entries,
          done: this.state.done + saved,
          offline: entries.some((e) => e.state === 'retrying'),
        }),
      settled: () => void this.prefetch(),
    });
    this.leases = new LeaseKeeper({
      held: () =>
        [
          this.state.current,
          this.state.next,
          ...this.outbox.entries.filter((e) => this.outbox.holdsLease(e)).map((e) => e.slot),
        ].filter((slot): slot is Slot => slot !== null),
      extended: (id, leaseExpiresAt) => this.extended(id, leaseExpiresAt),
      lost: (id) => this.leaseLost(id),
    });
  }

  protected get slug() {
    return this.project.slug;
  }

  start(): void {
    pruneDrafts();
    void this.fill(true);
    this.timers.push(setInterval(() => this.poll(), POLL_MS));
    this.timers.push(setInterval(() => void this.leases.tick(), 5_000));
    window.addEventListener('pagehide', this.onPageHide);
    window.addEventListener('pageshow', this.onPageShow);
  }

  /** Stops timers and gives back what the person has not started on (see onPageHide). */
  dispose(): void {
    this.disposed = true;
    for (const timer of this.timers) clearInterval(timer);
    window.removeEventListener('pagehide', this.onPageHide);
    window.removeEventListener('pageshow', this.onPageShow);
    this.onPageHide();
  }

  /**
   * Leaving the page gives back the prefetched task and an untouched task on screen, so they do not
   * sit on the 2-task limit for a whole lease. A task with answers in progress stays held: a
   * reload takes it back (resumeHeld) with its draft.
   */
  private onPageHide = () => {
    const { current, next } = this.state;
    const untouched = current && current.history.length === 0 && !current.restored && !current.leaseLost;
    for (const slot of [next, untouched ? current : null]) {
      if (slot) void tasks.releaseTask(taskId(slot), true).catch(() => {});
    }
    this.set({ next: null });
  };

  /** Back from the back/forward cache: tasks may have been given back, so start afresh. */
  private onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) window.location.reload();
  };

  // ── Claiming ────────────────────────────────────────────────────────────────────────────────

  /** Puts a claimed task where it belongs: on screen, next in line, or back in the queue. */
  protected place(claimed: ClaimedTask) {
    if (this.disposed || (this.state.current && this.state.next)) {
      void tasks.releaseTask(claimed.task.id).catch(() => {});
      return;
    }
    const slot = makeSlot(claimed, this.project.labelSchema, this.userId);
    if (!this.state.current) this.set({ current: shown(slot), phase: 'working', message: null, offline: false });
    else this.set({ next: slot });
  }

  /** Gets a task on screen: resumes tasks held from before (a reload), else claims the next one. */
  protected async fill(resume: boolean): Promise<void> {
    if (this.filling || this.disposed) return;
    this.filling = true;
    try {
      if (!this.state.current && this.state.phase !== 'starting') this.set({ phase: 'loading' });
      if (resume && (await this.resumeHeld())) return;
      for (let attempt = 0; attempt < 50 && !this.state.current; attempt++) {
        const outcome = await tasks.claimNext(this.slug);
        if (outcome === 'empty') {
          if (!this.state.current) this.set({ phase: 'empty', offline: false, message: null });
          return;
        }
        if (outcome !== 'limit') {
          this.place(outcome);
          break;
        }
        // Our own submits in flight still hold their leases: wait for one to land.
        if (this.outbox.inFlight() > 0) await this.outbox.nextSettle();
        else if (!(await this.resumeHeld())) return this.block();
      }
    } catch (error) {
      this.fail(error, () => void this.fill(resume));
    } finally {
      this.filling = false;
      if (this.state.current && !this.state.next) void this.prefetch();
    }
  }

  /** Takes back tasks held in this project from before (a reload); true when one is on screen. */
  private async resumeHeld(): Promise<boolean> {
    const { claimed, foreign } = await tasks.takeBackHeld(this.project, new Set(this.knownTaskIds()));
    this.set({ foreign });
    for (const task of claimed) this.place(task);
    return this.state.current !== null;
  }

  private block() {
    const foreign = this.state.foreign.length;
    this.set({
      phase: 'blocked',
      message:
        foreign > 0
          ? `You hold ${foreign} task${foreign > 1 ? 's' : ''} in other projects, and one person may hold 2 at a time.`
          : 'Two of your answers could not be saved and still hold their tasks. Go back to them or discard them.',
    });
  }

  /** Gives back the tasks held in other projects, then carries on here. */
  async releaseForeign(): Promise<void> {
    for (const task of this.state.foreign) await tasks.releaseTask(task.id).catch(() => {});
    this.set({ foreign: [], message: null });
    await this.fill(false);
  }

  private knownTaskIds(): number[] {
    const { current, next } = this.state;
    return [current, next, ...this.outbox.entries.map((e) => e.slot)].flatMap((s) => (s ? [taskId(s)] : []));
  }

  private held(): number {
    const { current, next } = this.state;
    return (current && !current.leaseLost ? 1 : 0) + (next ? 1 : 0) + this.outbox.holdingLeases();
  }

  /** Claims the next task in the background (one at a time, within the 2-lease limit). */
  prefetch(): Promise<void> {
    if (this.prefetching) return this.prefetching;
    if (this.disposed || this.state.next || this.filling || this.held() >= 2) return Promise.resolve();
    if (!this.state.current) return this.fill(false);
    this.prefetching = (async () => {
      try {
        const outcome = await tasks.claimNext(this.slug);
        if (outcome !== 'empty' && outcome !== 'limit') this.place(outcome);
      } catch {
        // The poll tries again; nothing on screen depends on it.
      } finally {
        this.prefetching = null;
      }
    })();
    return this.prefetching;
  }

  private poll() {
    if (this.state.phase === 'empty') void this.fill(false);
    else if (this.state.phase === 'working' && !this.state.next) void this.prefetch();
  }

  private fail(error: unknown, retry: () => void) {
    if (tasks.isTransient(error)) {
      this.set({ offline: true });
      setTimeout(() => !this.disposed && retry(), 5_000);
    } else {
      this.set({ phase: this.state.current ? this.state.phase : 'error', message: (error as Error).message });
    }
  }

  protected advance() {
    const next = this.state.next;
    if (next) {
      this.set({ current: shown(next), next: null });
      void this.prefetch();
    } else {
      this.set({ current: null, phase: 'loading' });
      void (this.prefetching ?? Promise.resolve()).then(() => {
        if (!this.state.current) void this.fill(false);
      });
    }
  }

  // ── Leases ──────────────────────────────────────────────────────────────────────────────────

  private extended(id: number, leaseExpiresAt: string) {
    const renew = (slot: Slot | null) =>
      slot && taskId(slot) === id
        ? { ...slot, claimed: { ...slot.claimed, task: { ...slot.claimed.task, leaseExpiresAt } } }
        : slot;
    this.set({ current: renew(this.state.current), next: renew(this.state.next) });
  }

  private leaseLost(id: number) {
    const { current, next } = this.state;
    if (current && taskId(current) === id) this.set({ current: { ...current, leaseLost: true } });
    else if (next && taskId(next) === id) {
      this.set({ next: null });
      void this.prefetch();
    }
  }
}
