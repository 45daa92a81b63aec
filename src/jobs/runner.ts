import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { Executor } from '../db/executor.js';
import type { Storage } from '../db/storage.js';
import type { JobContext, JobRegistry, JobServices, ResolvedJobDefinition } from './registry.js';
import { PermanentJobError, RetryJobLater } from './registry.js';
import {
  claimJob,
  completeJob,
  ensureRecurringJob,
  failJob,
  JOBS_CHANNEL,
  type Job,
  renewJobLease,
  requeueRecurringJob,
} from './store.js';

export interface JobRunnerOptions {
  readonly registry: JobRegistry;
  readonly services: JobServices;
  /** Names this runner in `locked_by`; default host-pid-random. */
  readonly workerId?: string;
  /** Jobs run at once by this runner (default 8); jobs sharing a key never run together anyway. */
  readonly concurrency?: number;
  /** A claimed job is retried by any runner once this passes without a heartbeat (default 30 s). */
  readonly leaseMs?: number;
  /** Longest sleep between claim rounds when nothing wakes the runner (default 1 s PG, 200 ms SQLite). */
  readonly pollMs?: number;
  /** Time source (tests move it forward to reach backoffs and schedules). */
  readonly clock?: () => number;
  readonly logger?: Logger;
  /** Called after each attempt (metrics). */
  readonly onSettled?: (event: JobSettled) => void;
}

export interface JobSettled {
  readonly job: Job;
  readonly outcome: 'done' | 'retry' | 'failed' | 'cancelled' | 'lost';
  /** From the time the job was due to the start of this attempt. */
  readonly waitMs: number;
  readonly runMs: number;
}

/**
 * Claims and runs jobs of the kinds in its registry. Every server runs one; they coordinate only
 * through the jobs table (atomic claims, leases), so any number can share a database. On
 * PostgreSQL an enqueue's NOTIFY wakes it at once; otherwise it polls.
 *
 * @example
 * const runner = new JobRunner(storage, { registry, services: { notifier } });
 * await runner.start();          // server: claim in the background until stop()
 * await runner.runUntilIdle();   // tests: run every due job, then return how many ran
 * await runner.stop();           // stop claiming, wait for running jobs
 */
export class JobRunner {
  readonly #storage: Storage;
  readonly #registry: JobRegistry;
  readonly #services: JobServices;
  readonly #workerId: string;
  readonly #concurrency: number;
  readonly #leaseMs: number;
  readonly #pollMs: number;
  readonly #clock: () => number;
  readonly #logger: Logger | undefined;
  readonly #onSettled: ((event: JobSettled) => void) | undefined;
  readonly #inFlight = new Map<number, { promise: Promise<void>; abort: AbortController }>();
  #loop: Promise<void> | undefined;
  #stopping = false;
  #wakeUp: (() => void) | undefined;
  #woken = false;
  #listener: pg.PoolClient | undefined;

  constructor(storage: Storage, options: JobRunnerOptions) {
    this.#storage = storage;
    this.#registry = options.registry;
    this.#services = options.services;
    this.#workerId = options.workerId ?? `${process.pid}-${randomBytes(4).toString('hex')}`;
    this.#concurrency = options.concurrency ?? 8;
    this.#leaseMs = options.leaseMs ?? 30_000;
    this.#pollMs = options.pollMs ?? (storage.engine === 'postgres' ? 1_000 : 200);
    this.#clock = options.clock ?? Date.now;
    this.#logger = options.logger;
    this.#onSettled = options.onSettled;
  }

  get workerId(): string {
    return this.#workerId;
  }

  /** Jobs this runner is running now. */
  get running(): number {
    return this.#inFlight.size;
  }

  /** Schedules the recurring kinds, listens for enqueues (PostgreSQL) and starts claiming. */
  async start(): Promise<void> {
    if (this.#loop) return;
    this.#stopping = false;
    await this.scheduleRecurring();
    await this.#listen();
    this.#loop = this.#claimLoop();
  }

  /**
   * Stops claiming and waits for the jobs already running. After `graceMs` (default 30 s) their
   * signals are aborted; each then ends as a failed attempt and is retried later.
   */
  async stop(graceMs = 30_000): Promise<void> {
    this.#stopping = true;
    this.wake();
    await this.#loop;
    this.#loop = undefined;
    await this.#unlisten();
    const pending = [...this.#inFlight.values()];
    const timer = setTimeout(() => {
      for (const entry of pending) entry.abort.abort(new Error('the server is shutting down'));
    }, graceMs);
    await Promise.allSettled(pending.map((entry) => entry.promise));
    clearTimeout(timer);
  }

  /** Claims at once instead of at the next poll. */
  wake(): void {
    this.#woken = true;
    this.#wakeUp?.();
  }

  /**
   * Runs due jobs until none is due and none is running; returns how many attempts it made.
   * For tests and one-off tools (do not mix with start()).
   */
  async runUntilIdle(): Promise<number> {
    let attempts = 0;
    for (;;) {
      attempts += await this.#fill();
      const running = [...this.#inFlight.values()].map((entry) => entry.promise);
      if (running.length === 0) return attempts;
      await Promise.race(running);
    }
  }

  /** Makes sure each recurring kind has its next run queued (idempotent; any server may call it). */
  async scheduleRecurring(): Promise<void> {
    const now = this.#clock();
    for (const kind of this.#registry.recurring)
      await ensureRecurringJob(this.#storage.db, kind.type, now + (kind.everyMs ?? 0), now);
  }

  async #claimLoop(): Promise<void> {
    while (!this.#stopping) {
      try {
        await this.#fill();
      } catch (error) {
        this.#logger?.error({ err: error }, 'claiming jobs failed');
      }
      if (this.#stopping) break;
      await this.#sleep();
    }
  }

  #sleep(): Promise<void> {
    if (this.#woken) {
      this.#woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(done, this.#pollMs);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.#wakeUp = () => {
        this.#wakeUp = undefined;
        this.#woken = false;
        done();
      };
    });
  }

  /** Claims up to the free slots; returns how many it claimed. */
  async #fill(): Promise<number> {
    let claimed = 0;
    while (!this.#stopping && this.#inFlight.size < this.#concurrency) {
      const now = this.#clock();
      const job = await claimJob(this.#storage.db, this.#storage.engine, {
        types: this.#registry.types,
        workerId: this.#workerId,
        leaseMs: this.#leaseMs,
        now,
      });
      if (!job) break;
      claimed += 1;
      const abort = new AbortController();
      const promise = this.#run(job, abort).finally(() => {
        this.#inFlight.delete(job.id);
        // A finished job may free its key for the next one.
        this.wake();
      });
      this.#inFlight.set(job.id, { promise, abort });
    }
    return claimed;
  }

  async #run(job: Job, abort: AbortController): Promise<void> {
    const kind = this.#registry.get(job.type);
    const started = this.#clock();
    let completedInCaller = false;
    const heartbeat = setInterval(
      () => {
        renewJobLease(this.#storage.db, job, this.#workerId, this.#clock() + this.#leaseMs)
          .then((held) => {
            if (!held) abort.abort(new Error('lost the job: its lease lapsed and another worker took it'));
          })
          .catch((error: unknown) => this.#logger?.warn({ err: error, job: job.id }, 'renewing a job lease failed'));
      },
      Math.max(50, Math.floor(this.#leaseMs / 3)),
    );
    const timeout = kind
      ? setTimeout(() => abort.abort(new Error(`timed out after ${kind.timeoutMs} ms`)), kind.timeoutMs)
      : undefined;
    let outcome: JobSettled['outcome'];
    try {
      if (!kind) throw new PermanentJobError(`no job kind ${job.type} on this server`);
      const ctx: JobContext<unknown> = {
        storage: this.#storage,
        services: this.#services,
        payload: job.payload,
        job: {
          id: job.id,
          type: job.type,
          key: job.key,
          projectId: job.projectId,
          attempt: job.attempts,
          maxAttempts: kind.maxAttempts,
        },
        signal: abort.signal,
        completeIn: async (trx) => {
          const held = await this.#complete(trx, kind, job);
          completedInCaller ||= held;
          return held;
        },
      };
      await Promise.race([kind.run(ctx), aborted(abort.signal)]);
      if (completedInCaller) outcome = 'done';
      else
        outcome = (await this.#storage.db.transaction().execute((trx) => this.#complete(trx, kind, job)))
          ? 'done'
          : 'lost';
    } catch (error) {
      outcome = completedInCaller ? 'done' : await this.#recordFailure(kind, job, error);
    } finally {
      clearInterval(heartbeat);
      clearTimeout(timeout);
    }
    const ended = this.#clock();
    if (outcome === 'failed') this.#logger?.warn({ job: job.id, type: job.type }, 'job failed for good');
    this.#onSettled?.({ job, outcome, waitMs: Math.max(0, started - job.runAt), runMs: ended - started });
  }

  async #complete(trx: Executor, kind: ResolvedJobDefinition, job: Job): Promise<boolean> {
    const now = this.#clock();
    if (kind.everyMs !== undefined) return requeueRecurringJob(trx, job, this.#workerId, now + kind.everyMs, now, null);
    return completeJob(trx, job, this.#workerId, now);
  }

  async #recordFailure(
    kind: ResolvedJobDefinition | undefined,
    job: Job,
    error: unknown,
  ): Promise<'retry' | 'failed' | 'cancelled' | 'lost'> {
    const message = error instanceof Error ? error.message : String(error);
    const now = this.#clock();
    const later = error instanceof RetryJobLater ? error : undefined;
    const refund = later !== undefined && !later.countsAsAttempt;
    const final = !kind || error instanceof PermanentJobError || (!refund && job.attempts >= kind.maxAttempts);
    const retryAt = final || !kind ? undefined : (later?.retryAt ?? now + kind.backoff(job.attempts));
    if (final && kind?.everyMs !== undefined) {
      // A recurring kind that failed for good still runs again at its next time.
      const held = await requeueRecurringJob(this.#storage.db, job, this.#workerId, now + kind.everyMs, now, message);
      return held ? 'failed' : 'lost';
    }
    return failJob(this.#storage.db, job, this.#workerId, message, now, retryAt, refund);
  }

  async #listen(): Promise<void> {
    const pool = this.#storage.pgPool;
    if (!pool) return;
    const client = await pool.connect();
    client.on('notification', (message) => {
      if (message.channel === JOBS_CHANNEL) this.wake();
    });
    client.on('error', (error) => this.#logger?.warn({ err: error }, 'job wake-up connection failed; polling'));
    await client.query(`listen ${JOBS_CHANNEL}`);
    this.#listener = client;
  }

  async #unlisten(): Promise<void> {
    const client = this.#listener;
    this.#listener = undefined;
    if (!client) return;
    try {
      await client.query(`unlisten ${JOBS_CHANNEL}`);
    } catch {
      // A broken connection has stopped listening anyway.
    } finally {
      client.release();
    }
  }
}

function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}
